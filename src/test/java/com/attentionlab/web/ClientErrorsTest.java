package com.attentionlab.web;

import com.attentionlab.testsupport.AbstractHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A client's malformed requests: one WARN line per session, escaped, no stack trace; /error is not a page. */
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorsTest extends AbstractHttpTest {

    @Test
    void malformedUidl_isOneEscapedWarnLinePerSession_withoutAStackTrace(CapturedOutput output) throws Exception {
        String base = "http://localhost:" + port;
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/")).GET(), null);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=lesson%2Fscores")).GET(), cookie);
        String attack = "nonsense\n2026-01-01 ERROR forged line \u001b[31mred";

        for (int i = 0; i < 5; i++) {
            send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(attack)), cookie);
        }

        String log = output.getOut() + output.getErr();
        Matcher warns = Pattern.compile("WARN .*Malformed request from a client").matcher(log);
        int count = 0;
        while (warns.find()) {
            count++;
        }
        assertThat(count).as("one line for five malformed requests").isEqualTo(1);
        assertThat(log).doesNotContain("forged line").doesNotContain("\u001b").doesNotContain("JsonTokenizer")
                .doesNotContain("Unexpected error");
    }

    @Test
    void anErrorInOurOwnCode_isNotTheClients() {
        IllegalStateException ours = new IllegalStateException("bug"); // its stack starts in this test class
        IllegalArgumentException fromClient = new IllegalArgumentException("bad");
        fromClient.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("elemental.json.impl.JsonTokenizer", "next", null, 1),
                new StackTraceElement("com.vaadin.flow.server.communication.ServerRpcHandler", "handleRpc", null, 2),
                new StackTraceElement("com.attentionlab.web.RateLimitFilter", "doFilterInternal", null, 3)});

        assertThat(ClientErrors.clientCaused(ours)).isFalse();
        assertThat(ClientErrors.clientCaused(fromClient)).isTrue();
        assertThat(ClientErrors.clientCaused(new RuntimeException("wrapped", ours))).isFalse();
    }

    @Test
    void theErrorPath_isNotAPage() throws Exception {
        for (String method : new String[] {"GET", "DELETE", "POST"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                    .method(method, HttpRequest.BodyPublishers.noBody()), null);
            assertThat(r.statusCode()).as(method).isEqualTo(404);
        }
    }

    @Test
    void logText_escapesControlCharacters_andCapsLength() {
        assertThat(LogText.safe("a\nb\u001b[31m\u2028")).isEqualTo("a\\u000ab\\u001b[31m\\u2028");
        assertThat(LogText.safe("x".repeat(500))).hasSize(LogText.MAX + 1).endsWith("…");
        assertThat(LogText.safe(null)).isEqualTo("null");
    }
}
