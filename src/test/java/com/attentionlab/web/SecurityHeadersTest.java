package com.attentionlab.web;

import com.attentionlab.testsupport.AbstractHttpTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Every response carries the headers that keep the browser on our side; the session cookie stays home. */
class SecurityHeadersTest extends AbstractHttpTest {

    @Test
    void pagesAndApi_carryCspFrameNosniffAndReferrerHeaders() throws Exception {
        for (String path : new String[] {"/", "/lesson/softmax", "/api/v1/state?s=bad", "/no-such-page"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(SecurityHeaders.CSP);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'self'")
                    .contains("object-src 'none'");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void theSessionCookie_isHttpOnly_andSameSiteLax() throws Exception {
        HttpResponse<String> r = get("/lesson/intuition");

        assertThat(r.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void requestHeadersOver16Kb_areRefused_whileTheLongestLinkFits() throws Exception {
        assertThat(get("/lesson/intuition?s=" + "A".repeat(12_000)).statusCode()).isEqualTo(200); // bad code: page + notice
        assertThat(get("/lesson/intuition?s=" + "A".repeat(20_000)).statusCode()).isEqualTo(400);
    }
}
