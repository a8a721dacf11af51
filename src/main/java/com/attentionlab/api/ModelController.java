package com.attentionlab.api;

import com.attentionlab.lesson.ModelLessons;
import com.attentionlab.model.EncoderTrace;
import com.attentionlab.model.FloatMatrix;
import com.attentionlab.model.FloatVector;
import com.attentionlab.model.MiniLm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Iterator;
import java.util.Set;

/**
 * The trained model over HTTP. {@code POST /api/v1/model/attention} {@code {"sentence": "…"}}: every head's attention
 * weights, {@code [layer][head][query][key]}; {@code POST /api/v1/model/trace} {@code {"sentence", "layer", "head"}}
 * (0-based): that head's every step. Numbers are the model's float32 values, written so that parsing them as a
 * float32 gives the same value back.
 */
@RestController
@RequestMapping("/api/v1/model")
class ModelController {

    /** Longest sentence read at all (characters); the token limit decides the rest. */
    static final int MAX_SENTENCE_CHARS = 2000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ModelLessons models;

    ModelController(ModelLessons models) {
        this.models = models;
    }

    @PostMapping(path = "/attention", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode attention(HttpServletRequest request) {
        JsonNode body = object(JsonBody.read(request), Set.of("sentence"));
        MiniLm.Run run = run(body);
        ObjectNode o = header(run);
        o.put("layers", run.trace().layerCount());
        o.put("heads", run.trace().layer(0).headCount());
        ArrayNode layers = o.putArray("attention");
        for (EncoderTrace.Layer l : run.trace().layers()) {
            ArrayNode heads = layers.addArray();
            for (EncoderTrace.Head h : l.heads()) {
                heads.add(matrix(h.attentionWeights()));
            }
        }
        return o;
    }

    @PostMapping(path = "/trace", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode trace(HttpServletRequest request) {
        JsonNode body = object(JsonBody.read(request), Set.of("sentence", "layer", "head"));
        int layer = index(body, "layer", MiniLm.shared().layers());
        int head = index(body, "head", MiniLm.shared().heads());
        MiniLm.Run run = run(body);
        EncoderTrace.Head h = run.trace().layer(layer).head(head);
        ObjectNode o = header(run);
        o.put("layer", layer);
        o.put("head", head);
        o.set("x", matrix(h.input()));
        o.set("wq", matrix(h.queryWeights()));
        o.set("wk", matrix(h.keyWeights()));
        o.set("wv", matrix(h.valueWeights()));
        o.set("bq", vector(h.queryBias()));
        o.set("bk", vector(h.keyBias()));
        o.set("bv", vector(h.valueBias()));
        o.set("q", matrix(h.queries()));
        o.set("k", matrix(h.keys()));
        o.set("v", matrix(h.values()));
        o.set("scores", matrix(h.scores()));
        o.set("scaled", matrix(h.scaledScores()));
        o.set("weights", matrix(h.attentionWeights()));
        o.set("output", matrix(h.output()));
        return o;
    }

    private MiniLm.Run run(JsonNode body) {
        JsonNode s = body.get("sentence");
        if (s == null || s.isNull()) {
            throw bad("sentence: is missing");
        }
        if (!s.isTextual()) {
            throw bad("sentence: expected a string");
        }
        if (s.textValue().length() > MAX_SENTENCE_CHARS) {
            throw bad("sentence: " + s.textValue().length() + " characters exceed the limit of " + MAX_SENTENCE_CHARS);
        }
        try {
            return models.run(s.textValue());
        } catch (IllegalArgumentException e) {
            throw bad("sentence: " + e.getMessage());
        }
    }

    private static JsonNode object(JsonNode body, Set<String> fields) {
        if (!body.isObject()) {
            throw bad("body: expected a JSON object with " + String.join(", ", fields));
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!fields.contains(name)) {
                throw bad((name.length() > 40 ? name.substring(0, 40) + "…" : name) + ": is not a field (expected "
                        + String.join(", ", new java.util.TreeSet<>(fields)) + ")");
            }
        }
        return body;
    }

    private static int index(JsonNode body, String field, int count) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            throw bad(field + ": is missing (0 to " + (count - 1) + ")");
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw bad(field + ": expected a whole number from 0 to " + (count - 1));
        }
        int v = n.intValue();
        if (v < 0 || v >= count) {
            throw bad(field + ": " + v + " is out of range (0 to " + (count - 1) + "; indices are 0-based)");
        }
        return v;
    }

    private static ObjectNode header(MiniLm.Run run) {
        ObjectNode o = NODES.objectNode();
        o.put("model", MiniLm.NAME);
        ArrayNode tokens = o.putArray("tokens");
        run.tokens().pieces().forEach(tokens::add);
        ArrayNode ids = o.putArray("ids");
        for (int id : run.tokens().ids()) {
            ids.add(id);
        }
        return o;
    }

    private static ArrayNode matrix(FloatMatrix m) {
        ArrayNode rows = NODES.arrayNode(m.rows());
        for (int i = 0; i < m.rows(); i++) {
            ArrayNode row = rows.addArray();
            for (int j = 0; j < m.cols(); j++) {
                row.add(m.get(i, j));
            }
        }
        return rows;
    }

    private static ArrayNode vector(FloatVector v) {
        ArrayNode a = NODES.arrayNode(v.size());
        for (int j = 0; j < v.size(); j++) {
            a.add(v.get(j));
        }
        return a;
    }

    private static ApiException bad(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }
}
