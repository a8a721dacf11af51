package com.attentionlab.api;

import com.attentionlab.testsupport.TestLessons;
import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/state} and {@code POST /api/v1/links} over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShareApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void state_decodesALink() throws Exception {
        LessonPresenter p = TestLessons.presenter();
        p.editCell(Editable.WV, 1, 1, "0.3");

        HttpResponse<String> r = get("/api/v1/state?s=" + p.shareCode());

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("tokens")).hasSize(10);
        assertThat(json.get("wv").get(1).get(1).doubleValue()).isEqualTo(0.3);
        assertThat(json.get("sentence").asText()).isEqualTo(LessonPresenter.DEFAULT_SENTENCE);
        assertThat(json.get("preset").asText()).isEqualTo("coreference");
    }

    @Test
    void state_badCode_is400WithAReason() throws Exception {
        HttpResponse<String> r = get("/api/v1/state?s=AQAAAAAA");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).startsWith("s: ");
        assertThat(get("/api/v1/state").statusCode()).isEqualTo(400);
    }

    @Test
    void links_roundTripThroughState() throws Exception {
        HttpResponse<String> r = post("/api/v1/links", TraceApiTest.VALID.replace("}", ", \"causal\": true}"));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode link = JSON.readTree(r.body());
        assertThat(link.get("url").asText()).isEqualTo("/lesson/intuition?s=" + link.get("code").asText());
        JsonNode state = JSON.readTree(get("/api/v1/state?s=" + link.get("code").asText()).body());
        assertThat(state.get("tokens").toString()).isEqualTo("[\"I\",\"like\",\"cats\"]");
        assertThat(state.get("causal").asBoolean()).isTrue();
        assertThat(state.get("wq").get(0).get(0).doubleValue()).isEqualTo(2.0);
    }

    @Test
    void links_badBody_is400() throws Exception {
        HttpResponse<String> r = post("/api/v1/links", "{\"tokens\": []}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).isNotBlank();
        assertThat(post("/api/v1/links", TraceApiTest.VALID.replace("}", ", \"seed\": \"x\"}")).statusCode())
                .isEqualTo(400);
    }
}
