package com.attentionlab.challenge;

import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a challenge asks for, checked on the lesson's numbers after every edit. One record per kind; the weights are
 * the first head's softmax weights, the output is the attention output (weights·V).
 *
 * <p>Every goal names the quantity it is about ({@link #quantities}): the first entry is the main one, which
 * {@link Check#value()} reports and an explanation's {@code {before}} and {@code {after}} show.
 */
public sealed interface Goal
        permits Goal.StrongestKey, Goal.Threshold, Goal.EvenSplit, Goal.Pattern, Goal.OutputCondition, Goal.Question {

    /** The kind's name in files: {@code strongest-key}, {@code threshold}, … */
    String kind();

    /** The goal in one sentence, for the learner. */
    String describe();

    /** Checks the goal on a state and its trace (a question never passes here: see {@link Question#answer}). */
    Check check(LessonState state, AttentionTrace trace);

    /** The numbers an explanation may quote, by name; the first is the main quantity. */
    Map<String, Double> quantities(LessonState state, AttentionTrace trace);

    /** What is wrong with this goal on this lesson (tokens not in the sentence, columns out of range); empty if fine. */
    List<String> problems(LessonState state);

    /**
     * The query token's strongest key is the key token: in its row of the weights, the key's weight is larger than
     * every other's. Quantities: {@code weight} (query on key), {@code score} (q·k, unscaled), {@code top} (the
     * row's largest weight).
     */
    record StrongestKey(TokenRef query, TokenRef key) implements Goal {
        public String kind() {
            return "strongest-key";
        }

        public String describe() {
            return "Make " + query.words() + " attend most to " + key.words() + ".";
        }

        public Check check(LessonState s, AttentionTrace t) {
            int q = query.index(s.tokens());
            int k = key.index(s.tokens());
            double[] row = t.head().weights().row(q);
            int best = argmaxOther(row, k);
            double w = row[k];
            boolean passed = best < 0 || w > row[best];
            String text = passed
                    ? query.words() + " gives " + key.words() + " " + f(w) + ", more than any other token."
                    : query.words() + " gives " + key.words() + " " + f(w) + ", but “" + s.tokens().get(best)
                    + "” " + f(row[best]) + ".";
            return new Check(passed, passed ? 1 : w / row[best], w, text);
        }

        public Map<String, Double> quantities(LessonState s, AttentionTrace t) {
            int q = query.index(s.tokens());
            int k = key.index(s.tokens());
            double[] row = t.head().weights().row(q);
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("weight", row[k]);
            out.put("score", t.head().scores().get(q, k));
            out.put("top", max(row));
            return out;
        }

        public List<String> problems(LessonState s) {
            return tokenProblems(s, List.of(query, key));
        }
    }

    /**
     * A weight at least (or at most) a value. The query is one token, or every token when null; the key is one
     * token, or the query itself when null ("every token ≥ 0.8 on itself"). Quantities: {@code weight}, the worst
     * of the weights checked (smallest for at least, largest for at most).
     */
    record Threshold(TokenRef query, TokenRef key, boolean atLeast, double value) implements Goal {
        public String kind() {
            return "threshold";
        }

        public String describe() {
            String who = query == null ? "every token" : query.words();
            String on = key == null ? "itself" : key.words();
            return "Make " + who + " give " + on + " a weight " + (atLeast ? "of at least " : "of at most ") + f(value)
                    + ".";
        }

        public Check check(LessonState s, AttentionTrace t) {
            Matrix w = t.head().weights();
            int worstRow = -1;
            double worst = atLeast ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            int failing = 0;
            int from = query == null ? 0 : query.index(s.tokens());
            int to = query == null ? s.n() : from + 1;
            for (int i = from; i < to; i++) {
                int j = key == null ? i : key.index(s.tokens());
                double v = w.get(i, j);
                if (atLeast ? v < value : v > value) {
                    failing++;
                }
                if (atLeast ? v < worst : v > worst) {
                    worst = v;
                    worstRow = i;
                }
            }
            boolean passed = failing == 0;
            double progress = atLeast ? worst / value : (worst <= value ? 1 : (1 - worst) / (1 - value));
            String whose = "“" + s.tokens().get(worstRow) + "”";
            String on = key == null ? "itself" : key.words();
            String text = query == null
                    ? (passed ? "Every token passes; the closest is " + whose + " on " + on + ": " + f(worst) + "."
                    : failing + " of " + s.n() + " tokens miss; " + whose + " gives " + on + " only " + f(worst) + ".")
                    : query.words() + " gives " + on + " " + f(worst) + (passed ? "." : ", which is not "
                    + (atLeast ? "≥ " : "≤ ") + f(value) + " yet.");
            return new Check(passed, progress, worst, text);
        }

        public Map<String, Double> quantities(LessonState s, AttentionTrace t) {
            return Map.of("weight", check(s, t).value());
        }

        public List<String> problems(LessonState s) {
            List<String> out = new ArrayList<>();
            if (query != null) {
                out.addAll(tokenProblems(s, List.of(query)));
            }
            if (key != null) {
                out.addAll(tokenProblems(s, List.of(key)));
            }
            if (!(value > 0 && value < 1)) {
                out.add("the threshold " + value + " is not between 0 and 1 (weights are)");
            }
            return out;
        }
    }

    /**
     * The query's weights on the keys are within {@code tolerance} of each other (largest − smallest ≤ tolerance)
     * and together at least {@code minTotal}. Quantities: {@code spread} (largest − smallest), {@code total}.
     */
    record EvenSplit(TokenRef query, List<TokenRef> keys, double tolerance, double minTotal) implements Goal {
        public EvenSplit {
            keys = List.copyOf(keys);
        }

        public String kind() {
            return "even-split";
        }

        public String describe() {
            return "Make " + query.words() + " split its attention evenly between "
                    + String.join(" and ", keys.stream().map(TokenRef::words).toList()) + " (within " + f(tolerance)
                    + (minTotal > 0 ? ", together at least " + f(minTotal) : "") + ").";
        }

        public Check check(LessonState s, AttentionTrace t) {
            double[] row = t.head().weights().row(query.index(s.tokens()));
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double total = 0;
            List<String> parts = new ArrayList<>();
            for (TokenRef k : keys) {
                double v = row[k.index(s.tokens())];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                total += v;
                parts.add(k.words() + " " + f(v));
            }
            double spread = hi - lo;
            boolean passed = spread <= tolerance && total >= minTotal;
            double progress = Math.min(spread <= tolerance ? 1 : tolerance / spread,
                    minTotal <= 0 ? 1 : total / minTotal);
            String text = query.words() + " gives " + String.join(", ", parts) + (passed ? ": even enough."
                    : spread > tolerance ? ": " + f(spread) + " apart, more than " + f(tolerance) + "."
                    : ": even, but together only " + f(total) + ".");
            return new Check(passed, progress, spread, text);
        }

        public Map<String, Double> quantities(LessonState s, AttentionTrace t) {
            double[] row = t.head().weights().row(query.index(s.tokens()));
            double total = keys.stream().mapToDouble(k -> row[k.index(s.tokens())]).sum();
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("spread", check(s, t).value());
            out.put("total", total);
            return out;
        }

        public List<String> problems(LessonState s) {
            List<String> out = new ArrayList<>();
            List<TokenRef> all = new ArrayList<>(keys);
            all.add(0, query);
            out.addAll(tokenProblems(s, all));
            if (keys.size() < 2) {
                out.add("an even split needs at least two keys, got " + keys.size());
            }
            if (!(tolerance > 0 && tolerance < 1)) {
                out.add("the tolerance " + tolerance + " is not between 0 and 1");
            }
            if (!(minTotal >= 0 && minTotal <= 1)) {
                out.add("the minimum total " + minTotal + " is not between 0 and 1");
            }
            return out;
        }
    }

    /** A pattern over every row of the weights. */
    enum PatternKind {
        /** Every token after the first puts its largest weight on the token just before it. */
        PREVIOUS_TOKEN("previous-token");

        private final String id;

        PatternKind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static java.util.Optional<PatternKind> fromId(String id) {
            return java.util.Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
        }
    }

    /**
     * Every row follows the pattern, each with a weight of at least {@code minWeight} on the token the pattern
     * names. Quantities: {@code rows} (how many rows follow it), {@code weakest} (the smallest such weight).
     */
    record Pattern(PatternKind pattern, double minWeight) implements Goal {
        public String kind() {
            return "pattern";
        }

        public String describe() {
            return "Build a previous-token head: every token after the first attends most to the token just before it"
                    + (minWeight > 0 ? ", with a weight of at least " + f(minWeight) : "") + ".";
        }

        public Check check(LessonState s, AttentionTrace t) {
            Matrix w = t.head().weights();
            int good = 0;
            int firstBad = -1;
            double weakest = Double.POSITIVE_INFINITY;
            for (int i = 1; i < s.n(); i++) {
                double[] row = w.row(i);
                int target = i - 1;
                int best = argmaxOther(row, target);
                boolean ok = (best < 0 || row[target] > row[best]) && row[target] >= minWeight;
                weakest = Math.min(weakest, row[target]);
                if (ok) {
                    good++;
                } else if (firstBad < 0) {
                    firstBad = i;
                }
            }
            int rows = s.n() - 1;
            boolean passed = good == rows;
            String text = passed ? "All " + rows + " rows look at the token before; the weakest gives it " + f(weakest)
                    + "." : good + " of " + rows + " rows look at the token before; “" + s.tokens().get(firstBad)
                    + "” does not yet.";
            return new Check(passed, rows == 0 ? 1 : (double) good / rows, good, text);
        }

        public Map<String, Double> quantities(LessonState s, AttentionTrace t) {
            Matrix w = t.head().weights();
            double weakest = Double.POSITIVE_INFINITY;
            for (int i = 1; i < s.n(); i++) {
                weakest = Math.min(weakest, w.get(i, i - 1));
            }
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("rows", check(s, t).value());
            out.put("weakest", s.n() > 1 ? weakest : Double.NaN);
            return out;
        }

        public List<String> problems(LessonState s) {
            List<String> out = new ArrayList<>();
            if (s.n() < 2) {
                out.add("a previous-token pattern needs at least two tokens");
            }
            if (!(minWeight >= 0 && minWeight < 1)) {
                out.add("the minimum weight " + minWeight + " is not from 0 to 1");
            }
            return out;
        }
    }

    /**
     * After the weighted sum, the token's output row has at least (or at most) {@code value} in column
     * {@code column}, which carries {@code feature} (in words, e.g. "living": what that value column copies).
     * Quantities: {@code output}.
     */
    record OutputCondition(TokenRef token, int column, String feature, boolean atLeast, double value)
            implements Goal {
        public String kind() {
            return "output";
        }

        public String describe() {
            return "After the weighted sum, make " + token.words() + " carry the “" + feature + "” feature: output column "
                    + column + (atLeast ? " at least " : " at most ") + f(value) + ".";
        }

        public Check check(LessonState s, AttentionTrace t) {
            double v = t.output().get(token.index(s.tokens()), column);
            boolean passed = atLeast ? v >= value : v <= value;
            String text = token.words() + "’s output has " + f(v) + " of “" + feature + "”"
                    + (passed ? "." : ", not " + (atLeast ? "≥ " : "≤ ") + f(value) + " yet.");
            double gap = Math.abs(v - value);
            return new Check(passed, passed ? 1 : 1 / (1 + gap), v, text);
        }

        public Map<String, Double> quantities(LessonState s, AttentionTrace t) {
            return Map.of("output", t.output().get(token.index(s.tokens()), column));
        }

        public List<String> problems(LessonState s) {
            List<String> out = new ArrayList<>(tokenProblems(s, List.of(token)));
            if (column < 0 || column >= s.wv().cols()) {
                out.add("column " + column + " is outside the output, which has columns 0 to " + (s.wv().cols() - 1));
            }
            if (feature == null || feature.isBlank()) {
                out.add("the feature needs a name in words (e.g. \"living\")");
            }
            if (!Double.isFinite(value)) {
                out.add("the value must be a finite number");
            }
            return out;
        }
    }

    /**
     * A short question with choices, for the "why" steps; passes when the chosen answer is {@code answer} (0-based).
     * No quantities.
     */
    record Question(String prompt, List<String> choices, int answer) implements Goal {
        public Question {
            choices = List.copyOf(choices);
        }

        public String kind() {
            return "question";
        }

        public String describe() {
            return prompt;
        }

        /** Unanswered: never passed. */
        public Check check(LessonState s, AttentionTrace t) {
            return new Check(false, 0, Double.NaN, "Pick an answer.");
        }

        /** The learner picked choice {@code chosen} (0-based). */
        public Check answer(int chosen) {
            if (chosen < 0 || chosen >= choices.size()) {
                return new Check(false, 0, Double.NaN, "Pick one of the " + choices.size() + " answers.");
            }
            boolean right = chosen == answer;
            return new Check(right, right ? 1 : 0, Double.NaN, right ? "Right." : "Not quite: try the lesson's numbers and "
                    + "think again.");
        }

        public Map<String, Double> quantities(LessonState s, AttentionTrace t) {
            return Map.of();
        }

        public List<String> problems(LessonState s) {
            List<String> out = new ArrayList<>();
            if (prompt == null || prompt.isBlank()) {
                out.add("the question has no prompt");
            }
            if (choices.size() < 2) {
                out.add("a question needs at least two choices, got " + choices.size());
            }
            if (answer < 0 || answer >= choices.size()) {
                out.add("the answer " + answer + " is not a choice (0 to " + (choices.size() - 1) + ")");
            }
            return out;
        }
    }

    private static List<String> tokenProblems(LessonState s, List<TokenRef> refs) {
        List<String> out = new ArrayList<>();
        for (TokenRef r : refs) {
            if (r.find(s.tokens()).isEmpty()) {
                out.add("the token \"" + r + "\" is not in the sentence (" + String.join(" ", s.tokens()) + ")");
            }
        }
        return out;
    }

    /** The column other than {@code except} with the largest value, or −1 for a row of one. */
    private static int argmaxOther(double[] row, int except) {
        int best = -1;
        for (int j = 0; j < row.length; j++) {
            if (j != except && (best < 0 || row[j] > row[best])) {
                best = j;
            }
        }
        return best;
    }

    private static double max(double[] row) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : row) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Two decimals, the way the lesson shows numbers. */
    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
