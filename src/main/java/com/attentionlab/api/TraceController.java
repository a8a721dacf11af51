package com.attentionlab.api;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.LessonState;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/trace}: a lesson state in, every intermediate of attention out.
 * See the README for the request and response shapes.
 */
@RestController
@RequestMapping("/api/v1")
class TraceController {

    private final AttentionEngine engine;

    TraceController(AttentionEngine engine) {
        this.engine = engine;
    }

    @PostMapping(path = "/trace", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode trace(HttpServletRequest request) {
        LessonState state = LessonStateJson.read(JsonBody.read(request), engine.limits());
        return LessonStateJson.write(engine.trace(state));
    }
}
