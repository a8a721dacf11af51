package com.attentionlab.api;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.InvalidLessonException;
import com.attentionlab.engine.LessonState;
import com.attentionlab.share.ShareCodeException;
import com.attentionlab.share.ShareCodec;
import com.attentionlab.share.SharedLesson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/**
 * Share links over HTTP: {@code GET /api/v1/state?s=CODE} decodes a link's lesson; {@code POST /api/v1/links}
 * makes a link from a lesson state.
 */
@RestController
@RequestMapping("/api/v1")
class ShareController {

    private static final Set<String> EXTRA = Set.of("sentence", "preset", "seed");

    private final ShareCodec codec;
    private final AttentionEngine engine;

    ShareController(AttentionEngine engine, ShareCodec codec) {
        this.engine = engine;
        this.codec = codec;
    }

    @GetMapping(path = "/state", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode state(@RequestParam("s") String code) {
        SharedLesson lesson;
        try {
            lesson = codec.decode(code);
        } catch (ShareCodeException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "s: " + e.getMessage());
        }
        ObjectNode o = LessonStateJson.write(lesson.state());
        o.put("sentence", lesson.sentence());
        o.put("preset", lesson.presetId());
        o.put("seed", lesson.seed());
        return o;
    }

    @PostMapping(path = "/links", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode link(HttpServletRequest request) {
        JsonNode body = JsonBody.read(request);
        LessonState state = LessonStateJson.read(body, EXTRA, engine.limits());
        engine.limits().check(state);
        String sentence = text(body, "sentence", String.join(" ", state.tokens()));
        String preset = text(body, "preset", "coreference");
        long seed = body.has("seed") && !body.get("seed").isNull() ? seed(body.get("seed")) : 7;
        String code;
        try {
            code = codec.encode(new SharedLesson(state, sentence, preset, seed));
        } catch (InvalidLessonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "this lesson is too large for a link (" + e.getMessage()
                    + "); links carry lessons the size the lesson's pages make: at most 24 tokens, 8 dimensions, "
                    + "2 heads");
        }
        if (code.length() > ShareCodec.MAX_CODE_LENGTH) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "body: this lesson is too large for a link ("
                    + code.length() + " characters; links hold at most " + ShareCodec.MAX_CODE_LENGTH + ")");
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("code", code);
        o.put("url", "/lesson/intuition?s=" + code);
        return o;
    }

    private static String text(JsonNode body, String field, String fallback) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isTextual() || n.textValue().length() > 400) {
            throw new ApiException(HttpStatus.BAD_REQUEST, field + ": expected a string of at most 400 characters");
        }
        return n.textValue();
    }

    private static long seed(JsonNode n) {
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "seed: expected a whole number");
        }
        return n.longValue();
    }
}
