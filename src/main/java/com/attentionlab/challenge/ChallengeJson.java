package com.attentionlab.challenge;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Limits;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.Preset;
import com.attentionlab.lesson.Step;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A challenge file ⇄ {@link Challenge}. Reading is strict and says every problem in plain words, naming the file and
 * the field ({@code it-to-mat.json: goal.key: the token "rug" is not in the sentence (…)}), and goes on to check the
 * challenge on the engine: the start must not meet the goal, and the reference solution must solve it. The schema is
 * in docs/challenges.md.
 */
public final class ChallengeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final int MAX_TITLE = 80;
    static final int MAX_STORY = 1_000;
    static final int MAX_HINT = 400;
    static final int MAX_HINTS = 5;

    private ChallengeJson() {
    }

    /**
     * What reading a file gave: the challenge, or the problems (never both).
     *
     * @param challenge the challenge, when there is no problem
     * @param problems  each problem in words, starting with the file's name
     */
    public record Outcome(Optional<Challenge> challenge, List<String> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return challenge.isPresent();
        }
    }

    /** Reads a built-in challenge file: a reference solution is required (except for a question). */
    public static Outcome read(String file, String json) {
        return read(file, json, true);
    }

    /**
     * Reads a challenge.
     *
     * @param file            the name used in every problem
     * @param requireSolution whether a goal on the numbers needs a reference solution (authored challenges may have
     *                        none; when given it is still checked)
     */
    public static Outcome read(String file, String json, boolean requireSolution) {
        Reader r = new Reader(file);
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            r.problem(null, "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
            return new Outcome(Optional.empty(), r.problems);
        }
        if (root == null || !root.isObject()) {
            r.problem(null, "must be one JSON object { … }");
            return new Outcome(Optional.empty(), r.problems);
        }
        Challenge c = r.challenge(root);
        if (c != null && r.problems.isEmpty()) {
            r.checkOnEngine(c, requireSolution);
        }
        return r.problems.isEmpty() ? new Outcome(Optional.of(c), List.of()) : new Outcome(Optional.empty(), r.problems);
    }

    /** The challenge as a file (pretty-printed; what {@link #read} reads back to an equal challenge). */
    public static String write(Challenge c) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The challenge as compact JSON (for links). */
    static String writeCompact(Challenge c) {
        try {
            return MAPPER.writeValueAsString(tree(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode tree(Challenge c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("title", c.title());
        o.put("level", c.level().id());
        o.put("step", c.step().slug());
        o.put("story", c.story());
        ObjectNode s = o.putObject("start");
        Start st = c.start();
        if (st.share() != null) {
            s.put("share", st.share());
        } else {
            s.put("sentence", st.sentence());
            s.put("preset", st.preset());
            s.put("seed", st.seed());
            s.put("causal", st.causal());
            s.put("scale", st.scale());
            if (!st.zero().isEmpty()) {
                ArrayNode z = s.putArray("zero");
                st.zero().forEach(e -> z.add(e.id()));
            }
            if (!st.edits().isEmpty()) {
                edits(s.putArray("edits"), st.edits());
            }
        }
        o.set("goal", goal(c.goal()));
        ObjectNode k = o.putObject("constraints");
        ArrayNode ed = k.putArray("editable");
        c.constraints().editableInOrder().forEach(e -> ed.add(e.id()));
        if (c.constraints().maxChangedCells() != null) {
            k.put("maxChangedCells", c.constraints().maxChangedCells());
        }
        if (!c.constraints().hidden().isEmpty()) {
            ArrayNode h = k.putArray("hidden");
            CellEdit.MATRICES.stream().filter(c.constraints().hidden()::contains).forEach(e -> h.add(e.id()));
        }
        k.put("switches", c.constraints().switches());
        ArrayNode h = o.putArray("hints");
        c.hints().forEach(h::add);
        edits(o.putArray("solution"), c.solution());
        o.put("explanation", c.explanation());
        return o;
    }

    private static void edits(ArrayNode a, List<CellEdit> edits) {
        for (CellEdit e : edits) {
            a.addObject().put("matrix", e.matrix().id()).put("row", e.row()).put("col", e.col()).put("value", e.value());
        }
    }

    private static ObjectNode goal(Goal g) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", g.kind());
        if (g instanceof Goal.StrongestKey s) {
            o.put("query", s.query().toString()).put("key", s.key().toString());
        } else if (g instanceof Goal.Threshold t) {
            if (t.query() != null) {
                o.put("query", t.query().toString());
            }
            if (t.key() != null) {
                o.put("key", t.key().toString());
            }
            o.put(t.atLeast() ? "atLeast" : "atMost", t.value());
        } else if (g instanceof Goal.EvenSplit e) {
            o.put("query", e.query().toString());
            ArrayNode k = o.putArray("keys");
            e.keys().forEach(t -> k.add(t.toString()));
            o.put("tolerance", e.tolerance());
            o.put("minTotal", e.minTotal());
        } else if (g instanceof Goal.Pattern p) {
            o.put("pattern", p.pattern().id()).put("minWeight", p.minWeight());
        } else if (g instanceof Goal.OutputCondition c) {
            o.put("token", c.token().toString()).put("column", c.column()).put("feature", c.feature())
                    .put(c.atLeast() ? "atLeast" : "atMost", c.value());
        } else if (g instanceof Goal.Question q) {
            o.put("prompt", q.prompt());
            ArrayNode ch = o.putArray("choices");
            q.choices().forEach(ch::add);
            o.put("answer", q.answer());
        }
        return o;
    }

    /** Reads fields, collecting every problem instead of stopping at the first. */
    private static final class Reader {
        private final String file;
        private final List<String> problems = new ArrayList<>();

        Reader(String file) {
            this.file = file;
        }

        void problem(String field, String what) {
            problems.add(file + ": " + (field == null ? "" : field + ": ") + what);
        }

        Challenge challenge(JsonNode root) {
            unknownFields(root, null, "id", "title", "level", "step", "story", "start", "goal", "constraints", "hints",
                    "solution", "explanation");
            String id = text(root, "id", null, 40);
            if (id != null && !Challenge.ID.matcher(id).matches()) {
                problem("id", "\"" + id + "\" is not a slug: use 1 to 40 of a-z, 0-9 and -");
            }
            String title = text(root, "title", null, MAX_TITLE);
            Level level = named(root, "level", null, Level::fromId,
                    Arrays.stream(Level.values()).map(Level::id).toList());
            Step step = named(root, "step", null, Step::fromSlug, Arrays.stream(Step.values()).map(Step::slug).toList());
            String story = text(root, "story", null, MAX_STORY);
            Start start = start(root.get("start"));
            Goal goal = goal(root.get("goal"));
            Constraints constraints = constraints(root.get("constraints"));
            List<String> hints = hints(root.get("hints"));
            List<CellEdit> solution = root.has("solution") ? edits(root.get("solution"), "solution") : List.of();
            String explanation = text(root, "explanation", null, MAX_STORY);
            if (explanation != null) {
                var m = java.util.regex.Pattern.compile("\\{[^}]*}").matcher(explanation);
                while (m.find()) {
                    if (!Challenge.PLACEHOLDER.matcher(m.group()).matches()) {
                        problem("explanation", "the placeholder " + m.group() + " is not one of {before}, {after}, "
                                + "{NAME.before}, {NAME.after}");
                    }
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            return new Challenge(id, title, level, step, story, start, goal, constraints, hints, solution, explanation);
        }

        void checkOnEngine(Challenge c, boolean requireSolution) {
            LessonState start;
            try {
                start = c.startState();
                new AttentionEngine(Limits.LINKS).trace(start);
            } catch (RuntimeException e) {
                problem("start", e.getMessage());
                return;
            }
            for (String p : c.goal().problems(start)) {
                problem("goal", p);
            }
            if (problems.isEmpty()) {
                placeholders(c, start);
            }
            Set<Editable> editable = c.constraints().editable();
            for (int i = 0; i < c.solution().size(); i++) {
                CellEdit e = c.solution().get(i);
                var m = e.matrix().of(start);
                String field = "solution[" + i + "]";
                if (e.row() < 0 || e.row() >= m.rows() || e.col() < 0 || e.col() >= m.cols()) {
                    problem(field, "the cell (" + e.row() + ", " + e.col() + ") is outside " + e.matrix().label()
                            + ", which has rows 0 to " + (m.rows() - 1) + " and columns 0 to " + (m.cols() - 1));
                } else if (!editable.contains(e.matrix())) {
                    problem(field, "edits " + e.matrix().label() + ", which the constraints do not let the learner edit");
                }
            }
            if (!problems.isEmpty()) {
                return;
            }
            ChallengeAttempt attempt = new ChallengeAttempt(c);
            boolean question = c.goal() instanceof Goal.Question;
            if (!question) {
                Check atStart = attempt.check(start).goal();
                if (atStart.passed()) {
                    problem("start", "already meets the goal, so there is nothing to do (" + atStart.text() + ")");
                }
            }
            if (!question && c.solution().isEmpty()) {
                if (requireSolution) {
                    problem("solution", "is missing: a built-in challenge needs a reference solution");
                }
                return;
            }
            ChallengeAttempt.Result ref = attempt.checkReference();
            if (!ref.solved()) {
                problem("solution", "does not solve the challenge: " + (ref.goal().passed() ? "" : ref.goal().text()
                        + " ") + String.join(" ", ref.broken()));
            }
        }

        /** Every placeholder of the explanation names a quantity of the goal. */
        void placeholders(Challenge c, LessonState start) {
            var names = c.goal().quantities(start, new AttentionEngine(Limits.LINKS).trace(start)).keySet();
            var m = Challenge.PLACEHOLDER.matcher(c.explanation());
            while (m.find()) {
                String name = m.group(1) == null ? null : m.group(1).substring(0, m.group(1).length() - 1);
                if (names.isEmpty() || name != null && !names.contains(name)) {
                    problem("explanation", "the placeholder " + m.group() + " names no number of a " + c.goal().kind()
                            + " goal (" + (names.isEmpty() ? "it has none" : "it has " + String.join(", ", names))
                            + ")");
                }
            }
        }

        // ---- parts

        Start start(JsonNode n) {
            String f = "start";
            if (!object(n, f)) {
                return null;
            }
            unknownFields(n, f, "sentence", "preset", "seed", "causal", "scale", "zero", "edits", "share");
            if (n.has("share")) {
                String share = text(n, "share", f, 12_000);
                return share == null ? null : new Start("", Preset.COREFERENCE.id(), 7, false, true, List.of(),
                        List.of(), share);
            }
            String sentence = text(n, "sentence", f, 400);
            String preset = n.has("preset") ? text(n, "preset", f, 40) : Preset.COREFERENCE.id();
            if (preset != null && Preset.fromId(preset).isEmpty()) {
                problem(f + ".preset", "\"" + preset + "\" is not a preset (one of " + Arrays.stream(Preset.values())
                        .map(Preset::id).collect(Collectors.joining(", ")) + ")");
            }
            long seed = n.has("seed") ? integer(n, "seed", f, 0, Integer.MAX_VALUE) : 7;
            boolean causal = bool(n, "causal", f, false);
            boolean scale = bool(n, "scale", f, true);
            List<Editable> zero = n.has("zero") ? new ArrayList<>(matrices(n.get("zero"), f + ".zero")) : List.of();
            List<CellEdit> edits = n.has("edits") ? edits(n.get("edits"), f + ".edits") : List.of();
            return new Start(sentence, preset, seed, causal, scale, zero, edits, null);
        }

        Goal goal(JsonNode n) {
            String f = "goal";
            if (!object(n, f)) {
                return null;
            }
            String kind = text(n, "kind", f, 40);
            if (kind == null) {
                return null;
            }
            switch (kind) {
                case "strongest-key" -> {
                    unknownFields(n, f, "kind", "query", "key");
                    TokenRef q = token(n, "query", f, true);
                    TokenRef k = token(n, "key", f, true);
                    return q == null || k == null ? null : new Goal.StrongestKey(q, k);
                }
                case "threshold" -> {
                    unknownFields(n, f, "kind", "query", "key", "atLeast", "atMost");
                    TokenRef q = token(n, "query", f, false);
                    TokenRef k = token(n, "key", f, false);
                    Double[] bound = bound(n, f);
                    return bound == null ? null : new Goal.Threshold(q, k, bound[0] != null, bound[0] != null ? bound[0]
                            : bound[1]);
                }
                case "even-split" -> {
                    unknownFields(n, f, "kind", "query", "keys", "tolerance", "minTotal");
                    TokenRef q = token(n, "query", f, true);
                    List<TokenRef> keys = new ArrayList<>();
                    JsonNode ks = n.get("keys");
                    if (ks == null || !ks.isArray()) {
                        problem(f + ".keys", ks == null ? "is missing: list the tokens, e.g. [\"cat\", \"mat\"]"
                                : "must be a list of tokens");
                    } else {
                        for (int i = 0; i < ks.size(); i++) {
                            if (!ks.get(i).isTextual() || ks.get(i).asText().isEmpty()) {
                                problem(f + ".keys[" + i + "]", "must be a token's text");
                            } else {
                                keys.add(TokenRef.parse(ks.get(i).asText()));
                            }
                        }
                    }
                    Double tol = number(n, "tolerance", f, true);
                    Double min = n.has("minTotal") ? number(n, "minTotal", f, true) : Double.valueOf(0);
                    return q == null || tol == null || min == null ? null : new Goal.EvenSplit(q, keys, tol, min);
                }
                case "pattern" -> {
                    unknownFields(n, f, "kind", "pattern", "minWeight");
                    Goal.PatternKind p = named(n, "pattern", f, Goal.PatternKind::fromId,
                            Arrays.stream(Goal.PatternKind.values()).map(Goal.PatternKind::id).toList());
                    Double min = n.has("minWeight") ? number(n, "minWeight", f, true) : Double.valueOf(0);
                    return p == null || min == null ? null : new Goal.Pattern(p, min);
                }
                case "output" -> {
                    unknownFields(n, f, "kind", "token", "column", "feature", "atLeast", "atMost");
                    TokenRef t = token(n, "token", f, true);
                    long col = integer(n, "column", f, 0, 63);
                    String feature = text(n, "feature", f, 40);
                    Double[] bound = bound(n, f);
                    return t == null || feature == null || bound == null || col < 0 ? null
                            : new Goal.OutputCondition(t, (int) col, feature, bound[0] != null,
                            bound[0] != null ? bound[0] : bound[1]);
                }
                case "question" -> {
                    unknownFields(n, f, "kind", "prompt", "choices", "answer");
                    String prompt = text(n, "prompt", f, MAX_STORY);
                    List<String> choices = new ArrayList<>();
                    JsonNode cs = n.get("choices");
                    if (cs == null || !cs.isArray()) {
                        problem(f + ".choices", cs == null ? "is missing" : "must be a list of texts");
                    } else {
                        for (int i = 0; i < cs.size(); i++) {
                            if (!cs.get(i).isTextual() || cs.get(i).asText().isBlank()) {
                                problem(f + ".choices[" + i + "]", "must be a text");
                            } else if (cs.get(i).asText().length() > MAX_HINT) {
                                problem(f + ".choices[" + i + "]", "is longer than " + MAX_HINT + " characters");
                            } else {
                                choices.add(cs.get(i).asText());
                            }
                        }
                    }
                    long answer = integer(n, "answer", f, 0, 63);
                    if (prompt == null || answer < 0) {
                        return null;
                    }
                    Goal.Question q = new Goal.Question(prompt, choices, (int) answer);
                    q.problems(null).forEach(p -> problem(f, p));
                    return q;
                }
                default -> {
                    problem(f + ".kind", "\"" + kind + "\" is not a goal kind (one of strongest-key, threshold, "
                            + "even-split, pattern, output, question)");
                    return null;
                }
            }
        }

        /** {atLeast, atMost}: exactly one of them set. */
        Double[] bound(JsonNode n, String f) {
            boolean least = n.has("atLeast");
            boolean most = n.has("atMost");
            if (least == most) {
                problem(f, "give exactly one of \"atLeast\" and \"atMost\"");
                return null;
            }
            Double v = number(n, least ? "atLeast" : "atMost", f, true);
            return v == null ? null : least ? new Double[] {v, null} : new Double[] {null, v};
        }

        Constraints constraints(JsonNode n) {
            String f = "constraints";
            if (n == null) {
                return new Constraints(EnumSet.copyOf(CellEdit.MATRICES), null, Set.of(), false);
            }
            if (!object(n, f)) {
                return null;
            }
            unknownFields(n, f, "editable", "maxChangedCells", "hidden", "switches");
            Set<Editable> editable = n.has("editable") ? matrices(n.get("editable"), f + ".editable")
                    : EnumSet.copyOf(CellEdit.MATRICES);
            Integer max = null;
            if (n.has("maxChangedCells") && !n.get("maxChangedCells").isNull()) {
                long m = integer(n, "maxChangedCells", f, 1, 1_000);
                max = m < 0 ? null : (int) m;
            }
            Set<Editable> hidden = n.has("hidden") ? matrices(n.get("hidden"), f + ".hidden") : Set.of();
            boolean switches = bool(n, "switches", f, false);
            return new Constraints(editable, max, hidden, switches);
        }

        List<String> hints(JsonNode n) {
            List<String> out = new ArrayList<>();
            if (n == null || !n.isArray() || n.isEmpty()) {
                problem("hints", n == null ? "is missing: give at least one hint" : !n.isArray()
                        ? "must be a list of texts" : "is empty: give at least one hint");
                return out;
            }
            if (n.size() > MAX_HINTS) {
                problem("hints", n.size() + " hints are more than " + MAX_HINTS);
            }
            for (int i = 0; i < n.size(); i++) {
                JsonNode h = n.get(i);
                if (!h.isTextual() || h.asText().isBlank()) {
                    problem("hints[" + i + "]", "must be a text");
                } else if (h.asText().length() > MAX_HINT) {
                    problem("hints[" + i + "]", "is " + h.asText().length() + " characters, more than " + MAX_HINT);
                } else {
                    out.add(h.asText());
                }
            }
            return out;
        }

        List<CellEdit> edits(JsonNode n, String f) {
            List<CellEdit> out = new ArrayList<>();
            if (!n.isArray()) {
                problem(f, "must be a list of cell edits {\"matrix\", \"row\", \"col\", \"value\"}");
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                String g = f + "[" + i + "]";
                JsonNode e = n.get(i);
                if (!object(e, g)) {
                    continue;
                }
                unknownFields(e, g, "matrix", "row", "col", "value");
                Editable m = named(e, "matrix", g, Editable::fromId, CellEdit.MATRICES.stream().map(Editable::id)
                        .toList());
                if (m != null && !CellEdit.MATRICES.contains(m)) {
                    problem(g + ".matrix", "\"" + m.id() + "\" is not one of x, wq, wk, wv");
                    m = null;
                }
                long row = integer(e, "row", g, 0, 63);
                long col = integer(e, "col", g, 0, 63);
                Double v = number(e, "value", g, true);
                if (v != null && !Limits.LINKS.allows(v)) {
                    problem(g + ".value", v + " is outside ±" + (long) Limits.LINKS.maxAbsValue());
                    v = null;
                }
                if (m != null && row >= 0 && col >= 0 && v != null) {
                    out.add(new CellEdit(m, (int) row, (int) col, v));
                }
            }
            return out;
        }

        Set<Editable> matrices(JsonNode n, String f) {
            Set<Editable> out = EnumSet.noneOf(Editable.class);
            if (n == null || !n.isArray()) {
                problem(f, "must be a list of matrices, e.g. [\"x\", \"wk\"]");
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                String id = n.get(i).asText();
                Optional<Editable> e = Editable.fromId(id).filter(CellEdit.MATRICES::contains);
                if (!n.get(i).isTextual() || e.isEmpty()) {
                    problem(f + "[" + i + "]", "\"" + id + "\" is not a matrix (one of x, wq, wk, wv)");
                } else {
                    out.add(e.get());
                }
            }
            return out;
        }

        // ---- fields

        private static String at(String parent, String name) {
            return parent == null ? name : parent + "." + name;
        }

        boolean object(JsonNode n, String f) {
            if (n == null || n.isNull()) {
                problem(f, "is missing");
                return false;
            }
            if (!n.isObject()) {
                problem(f, "must be an object { … }");
                return false;
            }
            return true;
        }

        void unknownFields(JsonNode n, String parent, String... known) {
            List<String> k = List.of(known);
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!k.contains(name)) {
                    problem(at(parent, name), "is not a field here (the fields are " + String.join(", ", k) + ")");
                }
            }
        }

        String text(JsonNode n, String name, String parent, int max) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                problem(at(parent, name), "is missing");
                return null;
            }
            if (!v.isTextual()) {
                problem(at(parent, name), "must be a text in quotes");
                return null;
            }
            if (v.asText().isBlank()) {
                problem(at(parent, name), "is empty");
                return null;
            }
            if (v.asText().length() > max) {
                problem(at(parent, name), "is " + v.asText().length() + " characters, more than " + max);
                return null;
            }
            return v.asText();
        }

        TokenRef token(JsonNode n, String name, String parent, boolean required) {
            if (!required && !n.has(name)) {
                return null;
            }
            String t = text(n, name, parent, 40);
            return t == null ? null : TokenRef.parse(t);
        }

        <T> T named(JsonNode n, String name, String parent, Function<String, Optional<T>> lookup, List<String> ids) {
            String t = text(n, name, parent, 40);
            if (t == null) {
                return null;
            }
            Optional<T> v = lookup.apply(t);
            if (v.isEmpty()) {
                problem(at(parent, name), "\"" + t + "\" is not one of " + String.join(", ", ids));
            }
            return v.orElse(null);
        }

        Double number(JsonNode n, String name, String parent, boolean required) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(at(parent, name), "is missing");
                }
                return null;
            }
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                problem(at(parent, name), "must be a number");
                return null;
            }
            return v.asDouble();
        }

        /** A whole number in [min, max], or −1 after reporting a problem. */
        long integer(JsonNode n, String name, String parent, long min, long max) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                problem(at(parent, name), "is missing");
                return -1;
            }
            if (!v.isIntegralNumber()) {
                problem(at(parent, name), "must be a whole number");
                return -1;
            }
            long l = v.asLong();
            if (l < min || l > max) {
                problem(at(parent, name), l + " is not from " + min + " to " + max);
                return -1;
            }
            return l;
        }

        boolean bool(JsonNode n, String name, String parent, boolean dflt) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return dflt;
            }
            if (!v.isBoolean()) {
                problem(at(parent, name), "must be true or false");
                return dflt;
            }
            return v.asBoolean();
        }
    }
}
