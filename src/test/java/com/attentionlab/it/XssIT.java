package com.attentionlab.it;

import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.lesson.Step;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens that are HTML or script show as text on every step, in tables, axis labels and the flow view, and no
 * script runs: each payload would set a global flag that must stay unset.
 */
class XssIT extends AbstractIT {

    /** At most 32 characters each: the longest token a link may carry. */
    static final List<String> PAYLOADS = List.of("<img src=x onerror=__xss=1>", "<script>__xss=2</script>",
            "\"><svg onload=__xss=3>", "it", "<iframe src=javascript:__xss=4>");
    private String linkWithPayloadTokens() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = json.createObjectNode();
        ArrayNode tokens = body.putArray("tokens");
        PAYLOADS.forEach(tokens::add);
        ArrayNode x = body.putArray("x");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            ArrayNode row = x.addArray();
            for (int j = 0; j < 8; j++) {
                row.add(Math.sin(i * 8 + j));
            }
        }
        for (String w : List.of("wq", "wk", "wv")) {
            ArrayNode m = body.putArray(w);
            for (int i = 0; i < 8; i++) {
                ArrayNode row = m.addArray();
                for (int j = 0; j < 4; j++) {
                    row.add(Math.cos(i * 4 + j + w.length()));
                }
            }
        }
        body.put("sentence", String.join(" ", PAYLOADS));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/links"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body()).get("code").asText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser()).executeScript(script);
    }

    @Test
    void htmlInTokens_isShownAsText_andNeverRuns() throws Exception {
        String code = linkWithPayloadTokens();
        LessonPage page = lessonIn(browser());

        for (Step s : Step.values()) {
            page.open(s.slug(), "s=" + code).waitForChartsDrawn();

            assertThat(js("return window.__xss === undefined")).as(s.slug()).isEqualTo(true);
            assertThat(js("return document.querySelectorAll('img[src=\"x\"], svg[onload], iframe').length"))
                    .as(s.slug()).isEqualTo(0L);
            String text = js("return document.body.innerText").toString();
            if (s != Step.INTUITION) {
                assertThat(page.rowTokens("x")).as(s.slug()).containsExactlyElementsOf(PAYLOADS);
            }
            assertThat(text).as(s.slug()).contains("<img src=x onerror=__xss=1>");
        }
        page.open("flow", "s=" + code);
        assertThat(js("return [...document.querySelectorAll('.af-token')].map(b => b.textContent).slice(0, 5)"))
                .isEqualTo(PAYLOADS);
        assertThat(js("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void typedSentenceWithHtml_isTokenizedAsText() {
        LessonPage page = lessonIn(browser()).open("scores");

        // if this ran, the alert would fail the test (Selenium refuses to go on past an open alert)
        page.typeSentence("<img src=x onerror=alert(1)> <script>alert(2)</script>");

        page.waitUntil(d -> page.rowTokens("x").contains("script") ? true : null);
        assertThat(page.rowTokens("x")).contains("<", "img", "onerror", ">");
        assertThat(js("return window.__xss === undefined")).isEqualTo(true);
        assertThat(js("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
    }
}
