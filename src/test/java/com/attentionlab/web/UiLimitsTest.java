package com.attentionlab.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP, as a script reloading pages would: every Vaadin page load ("v-r=init") makes a UI. One session keeps
 * at most attention.ui.max-per-session of them, and the node counts every live one (BusyViewTest: past the
 * node's ceiling a new tab gets the busy page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "attention.ui.max-per-session=3", "attention.ui.max-per-node=6"})
class UiLimitsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UiLimits limits;

    private HttpResponse<String> init(String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/?v-r=init&location=lesson%2Fscores")).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String session() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @Test
    void manyTabsOfOneSession_keepAtMostTheLimit_andAFullNodeSaysBusy() throws Exception {
        int before = limits.live();
        String cookie = session();
        for (int i = 0; i < 8; i++) {
            assertThat(init(cookie).statusCode()).isEqualTo(200);
        }
        assertThat(limits.live() - before).as("tabs alive for one session").isLessThanOrEqualTo(3);

        String other = session();
        for (int i = 0; i < 3; i++) {
            init(other);
        }
        init(session());
        assertThat(limits.live() - before).as("every tab of the node is counted").isGreaterThanOrEqualTo(7);
    }
}
