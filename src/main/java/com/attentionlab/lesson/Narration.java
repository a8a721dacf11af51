package com.attentionlab.lesson;

import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The sentences of each step that state a fact about the numbers (who attends to whom, what an output carries,
 * which column answers what), written from the current state and trace, so that they stay true after every edit,
 * for any sentence. Step texts that are not generated here speak of the mechanism, or say "in the default lesson".
 */
public final class Narration {

    private Narration() {
    }

    /** The token a step talks about when the learner has not picked one: "it" if there is one, else the last. */
    public static int focus(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase("it")) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** Step 1: where the focus token's attention will go. */
    public static String intuition(LessonState s, AttentionTrace t) {
        int i = focus(s.tokens());
        OptionalInt j = Readings.strongestOther(t.head().weights(), i);
        return j.isEmpty() ? single(s, i)
                : "With the weights of this lesson, " + q(s, i) + " will end up looking hardest at " + q(s, j.getAsInt())
                + " (weight " + f(t.head().weights().get(i, j.getAsInt())) + ", as you will see at the softmax step).";
    }

    /** Step 2: what row of X the focus token is, and its strongest feature. */
    public static String embedding(LessonState s, List<String> dimensions) {
        int i = focus(s.tokens());
        int d = argmax(s.x().row(i));
        return q(s, i) + " is row " + (i + 1) + " of X; its largest feature is \u201c" + dimensions.get(d) + "\u201d ("
                + f(s.x().get(i, d)) + ").";
    }

    /** Step 3: which token asks most in query column 0 and which answers most in key column 0. */
    public static String projection(LessonState s, AttentionTrace t) {
        Matrix q = t.head().q();
        Matrix k = t.head().k();
        int asks = argmax(column(q, 0));
        int answers = argmax(column(k, 0));
        int least = argmin(column(k, 0));
        return "Column q0 is largest for " + q(s, asks) + " (" + f(q.get(asks, 0)) + "); column k0 is largest for "
                + q(s, answers) + " (" + f(k.get(answers, 0)) + ") and smallest for " + q(s, least) + " ("
                + f(k.get(least, 0)) + "). Tokens whose q0 and k0 are both large score high together.";
    }

    /** Step 4: the focus token's largest and smallest scaled score. */
    public static String scores(LessonState s, AttentionTrace t) {
        int i = focus(s.tokens());
        double[] row = t.head().scaled().row(i);
        int hi = argmax(row);
        int lo = argmin(row);
        return "In the row of " + q(s, i) + ", the largest scaled score is with " + q(s, hi) + " (" + f(row[hi])
                + ") and the smallest with " + q(s, lo) + " (" + f(row[lo]) + ").";
    }

    /** Step 5: where token i's weight goes. */
    public static String softmax(LessonState s, AttentionTrace t, int i) {
        Matrix w = t.head().weights();
        OptionalInt j = Readings.strongestOther(w, i);
        return j.isEmpty() ? single(s, i) : "Apart from itself, " + q(s, i) + " attends most to " + q(s, j.getAsInt())
                + " (" + f(w.get(i, j.getAsInt())) + "); it keeps " + f(w.get(i, i)) + " for itself.";
    }

    /** Step 6: whose value token i's output is made of, and what it now carries. */
    public static String weightedSum(LessonState s, AttentionTrace t, int i) {
        Matrix w = t.head().weights();
        int j = argmax(w.row(i));
        Matrix out = t.head().output();
        int c = argmaxAbs(out.row(i));
        return "The output of " + q(s, i) + " is " + percent(w.get(i, j)) + " the value of " + q(s, j)
                + (j == i ? " (its own)" : "") + ": its largest part is v" + c + " = " + f(out.get(i, c)) + ", and "
                + q(s, j) + "'s own v" + c + " is " + f(t.head().v().get(j, c)) + ".";
    }

    /** Step 7: the thickest line into the focus token. */
    public static String flow(LessonState s, AttentionTrace t) {
        int i = focus(s.tokens());
        Matrix w = t.head().weights();
        int j = argmax(w.row(i));
        return "The thickest line from " + q(s, i) + " goes to " + q(s, j) + (j == i ? " (itself)" : "") + ": weight "
                + f(w.get(i, j)) + ".";
    }

    /** Step 8: where each of the two heads sends the focus token. */
    public static String multiHead(LessonState s, AttentionTrace twoHeads) {
        int i = focus(s.tokens());
        int a = argmax(twoHeads.heads().get(0).weights().row(i));
        int b = argmax(twoHeads.heads().get(1).weights().row(i));
        return "Head 0 sends " + q(s, i) + " mostly to " + q(s, a) + " (" + f(twoHeads.heads().get(0).weights().get(i, a))
                + "); head 1 mostly to " + q(s, b) + " (" + f(twoHeads.heads().get(1).weights().get(i, b)) + ").";
    }

    private static String single(LessonState s, int i) {
        return q(s, i) + " can only attend to itself here.";
    }

    private static String q(LessonState s, int i) {
        return "\u201c" + s.tokens().get(i) + "\u201d";
    }

    /** Two decimals, as the heatmaps print them ("-0.00" as "0.00"). */
    public static String f(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }

    private static String percent(double w) {
        return Math.round(w * 100) + "%";
    }

    private static double[] column(Matrix m, int c) {
        double[] out = new double[m.rows()];
        for (int i = 0; i < m.rows(); i++) {
            out[i] = m.get(i, c);
        }
        return out;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            best = v[i] > v[best] ? i : best;
        }
        return best;
    }

    private static int argmin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            best = v[i] < v[best] ? i : best;
        }
        return best;
    }

    private static int argmaxAbs(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            best = Math.abs(v[i]) > Math.abs(v[best]) ? i : best;
        }
        return best;
    }
}
