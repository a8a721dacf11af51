package com.attentionlab.api;

import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.InvalidLessonException;
import com.attentionlab.engine.Limits;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Converts between JSON trees and lesson states / traces, strictly: every problem becomes an
 * {@link InvalidLessonException} whose message names the field (e.g. {@code x[1][2]: expected a number, got
 * a string}).
 *
 * <p>Request shape: {@code {"tokens": [...], "x": [[...]], "wq": [[...]], "wk": [[...]], "wv": [[...]],
 * "heads": 1, "causal": false, "scale": true, "bq": [...], "bk": [...], "bv": [...]}} with the last six optional
 * (biases: one number per column of their weight matrix, zeros when left out).
 */
public final class LessonStateJson {

    static final Set<String> FIELDS = Set.of("tokens", "x", "wq", "wk", "wv", "heads", "causal", "scale", "bq",
            "bk", "bv");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LessonStateJson() {
    }

    /** Reads a lesson state; fields other than the state's own are refused. */
    public static LessonState read(JsonNode root, Limits limits) {
        return read(root, Set.of(), limits);
    }

    /**
     * Reads a lesson state, allowing the extra top-level fields named (the caller reads those itself). Sizes are
     * checked against {@code limits} while reading, before anything of that size is built.
     */
    public static LessonState read(JsonNode root, Set<String> extraFields, Limits limits) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new InvalidLessonException("body", "is empty; expected a JSON object with tokens, x, wq, wk, wv");
        }
        if (!root.isObject()) {
            throw new InvalidLessonException("body", "expected a JSON object, got " + describe(root));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name) && !extraFields.contains(name)) {
                throw new InvalidLessonException(clip(name), "is not a field of a lesson state (expected one of "
                        + "tokens, x, wq, wk, wv, heads, causal, scale, bq, bk, bv)");
            }
        }
        List<String> tokens = readTokens(root.get("tokens"), limits);
        int maxRows = Math.max(limits.maxTokens(), limits.maxDimension());
        Matrix x = readMatrix("x", root.get("x"), limits.maxTokens(), limits.maxDimension());
        Matrix wq = readMatrix("wq", root.get("wq"), maxRows, limits.maxDimension());
        Matrix wk = readMatrix("wk", root.get("wk"), maxRows, limits.maxDimension());
        Matrix wv = readMatrix("wv", root.get("wv"), maxRows, limits.maxDimension());
        int heads = readInt("heads", root.get("heads"), 1);
        boolean causal = readBoolean("causal", root.get("causal"), false);
        boolean scale = readBoolean("scale", root.get("scale"), true);
        Matrix bq = readVector("bq", root.get("bq"), limits.maxDimension());
        Matrix bk = readVector("bk", root.get("bk"), limits.maxDimension());
        Matrix bv = readVector("bv", root.get("bv"), limits.maxDimension());
        return new LessonState(tokens, x, wq, wk, wv, heads, causal, scale, bq, bk, bv);
    }

    /** An optional flat array of numbers as a (1 × n) matrix; null when absent. */
    private static Matrix readVector(String field, JsonNode node, int max) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new InvalidLessonException(field, "expected an array of numbers, got " + describe(node));
        }
        if (node.isEmpty()) {
            throw new InvalidLessonException(field, "is empty: one number per column of its weights is required");
        }
        if (node.size() > max) {
            throw new InvalidLessonException(field, node.size() + " numbers exceed the limit of " + max);
        }
        double[] values = new double[node.size()];
        for (int j = 0; j < node.size(); j++) {
            values[j] = number(field + "[" + j + "]", node.get(j));
        }
        return Matrix.of(new double[][] {values});
    }

    private static double number(String at, JsonNode cell) {
        if (!cell.isNumber()) {
            throw new InvalidLessonException(at, "expected a number, got " + describe(cell));
        }
        double v = cell.doubleValue();
        if (!Double.isFinite(v)) {
            throw new InvalidLessonException(at, "is not a finite number (" + clip(cell.asText()) + ")");
        }
        return v;
    }

    private static List<String> readTokens(JsonNode node, Limits limits) {
        if (node == null || node.isNull()) {
            throw new InvalidLessonException("tokens", "is missing");
        }
        if (!node.isArray()) {
            throw new InvalidLessonException("tokens", "expected an array of strings, got " + describe(node));
        }
        if (node.size() > limits.maxTokens()) {
            throw new InvalidLessonException("tokens", node.size() + " tokens exceed the limit of "
                    + limits.maxTokens());
        }
        List<String> tokens = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode t = node.get(i);
            if (!t.isTextual()) {
                throw new InvalidLessonException("tokens[" + i + "]", "expected a string, got " + describe(t));
            }
            tokens.add(t.textValue());
        }
        return tokens;
    }

    private static Matrix readMatrix(String field, JsonNode node, int maxRows, int maxCols) {
        if (node == null || node.isNull()) {
            throw new InvalidLessonException(field, "is missing");
        }
        if (!node.isArray()) {
            throw new InvalidLessonException(field, "expected an array of rows, got " + describe(node));
        }
        if (node.isEmpty()) {
            throw new InvalidLessonException(field, "is empty: at least one row is required");
        }
        if (node.size() > maxRows) {
            throw new InvalidLessonException(field, node.size() + " rows exceed the limit of " + maxRows);
        }
        double[][] rows = new double[node.size()][];
        for (int i = 0; i < node.size(); i++) {
            JsonNode row = node.get(i);
            if (!row.isArray()) {
                throw new InvalidLessonException(field + "[" + i + "]", "expected an array of numbers, got "
                        + describe(row));
            }
            if (row.size() > maxCols) {
                throw new InvalidLessonException(field + "[" + i + "]", row.size() + " columns exceed the limit of "
                        + maxCols);
            }
            rows[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                rows[i][j] = number(field + "[" + i + "][" + j + "]", row.get(j));
            }
        }
        try {
            return Matrix.of(rows);
        } catch (IllegalArgumentException e) {
            throw new InvalidLessonException(field, e.getMessage());
        }
    }

    private static int readInt(String field, JsonNode node, int fallback) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new InvalidLessonException(field, "expected a whole number, got " + describe(node));
        }
        return node.intValue();
    }

    private static boolean readBoolean(String field, JsonNode node, boolean fallback) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw new InvalidLessonException(field, "expected true or false, got " + describe(node));
        }
        return node.booleanValue();
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "a string \"" + clip(node.textValue()) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + clip(node.asText());
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().name().toLowerCase();
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** The state as a JSON object in the request shape. */
    public static ObjectNode write(LessonState s) {
        ObjectNode o = NODES.objectNode();
        ArrayNode tokens = o.putArray("tokens");
        s.tokens().forEach(tokens::add);
        o.set("x", matrix(s.x()));
        o.set("wq", matrix(s.wq()));
        o.set("wk", matrix(s.wk()));
        o.set("wv", matrix(s.wv()));
        o.put("heads", s.heads());
        o.put("causal", s.causal());
        o.put("scale", s.scale());
        if (s.hasBiases()) {
            o.set("bq", vector(s.bq()));
            o.set("bk", vector(s.bk()));
            o.set("bv", vector(s.bv()));
        }
        return o;
    }

    /** A (1 × n) matrix as a flat array. */
    public static ArrayNode vector(Matrix m) {
        ArrayNode a = NODES.arrayNode();
        for (int j = 0; j < m.cols(); j++) {
            a.add(m.get(0, j));
        }
        return a;
    }

    /** The trace in the response shape: {@code {"heads": [{q, k, v, scores, scaled, weights, output}], "output"}}. */
    public static ObjectNode write(AttentionTrace t) {
        ObjectNode o = NODES.objectNode();
        ArrayNode heads = o.putArray("heads");
        for (AttentionTrace.Head h : t.heads()) {
            ObjectNode head = heads.addObject();
            head.set("q", matrix(h.q()));
            head.set("k", matrix(h.k()));
            head.set("v", matrix(h.v()));
            head.set("scores", matrix(h.scores()));
            head.set("scaled", matrix(h.scaled()));
            head.set("weights", matrix(h.weights()));
            head.set("output", matrix(h.output()));
        }
        o.set("output", matrix(t.output()));
        return o;
    }

    /** A matrix as an array of rows of JSON numbers (doubles print so that they parse back to the same bits). */
    public static ArrayNode matrix(Matrix m) {
        ArrayNode rows = NODES.arrayNode(m.rows());
        for (int i = 0; i < m.rows(); i++) {
            ArrayNode row = rows.addArray();
            for (int j = 0; j < m.cols(); j++) {
                row.add(m.get(i, j));
            }
        }
        return rows;
    }
}
