package com.attentionlab.web;

import com.attentionlab.testsupport.AbstractHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Over a per-IP limit: 429 with Retry-After and a reason; static resources and existing sessions unaffected. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "attention.client-limits.api-per-minute=5", "attention.client-limits.sessions-per-minute=3"})
class RateLimitFilterTest extends AbstractHttpTest {

    @Test
    void apiRequestsOverTheLimit_get429WithRetryAfterAndAJsonError() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/v1/state?s=x").statusCode()).isEqualTo(400); // a bad code, but served
        }
        HttpResponse<String> r = get("/api/v1/state?s=x");

        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(s ->
                assertThat(s).isBetween(1L, 60L));
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(r.body()).startsWith("{\"error\": \"Too many API requests");
    }

    @Test
    void newSessionsOverTheLimit_getAShortPage_whileStaticFilesAndKnownSessionsStillLoad() throws Exception {
        // each request without a cookie is a new visitor from this address
        HttpResponse<String> first = get("/");
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        get("/lesson/intuition");
        get("/lesson/scores");

        HttpResponse<String> refused = get("/lesson/softmax");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many new visits");
        assertThat(send(request("/lesson/softmax").GET(), cookie).statusCode())
                .as("a visitor with a session").isEqualTo(200);
        assertThat(get("/VAADIN/build/nothing-here.js").statusCode()).as("static: not limited").isNotEqualTo(429);
    }
}
