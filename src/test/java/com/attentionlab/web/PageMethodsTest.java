package com.attentionlab.web;

import com.attentionlab.testsupport.AbstractHttpTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages answer only what browsers send them; other methods get 405 and no session. */
class PageMethodsTest extends AbstractHttpTest {

    @Test
    void methodsNoBrowserSends_get405AndNoSession() throws Exception {
        for (String method : new String[] {"PUT", "DELETE", "PATCH", "PROPFIND", "POST"}) {
            // a POST without Flow's v-r parameter is not one of Flow's requests either
            HttpResponse<String> r = send(request("/lesson/intuition")
                    .method(method, HttpRequest.BodyPublishers.ofString("x")), null);

            assertThat(r.statusCode()).as(method).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).as(method).contains("GET, HEAD");
            assertThat(r.headers().allValues("Set-Cookie")).as(method).isEmpty();
        }
    }

    @Test
    void pagesAndFlowsOwnRequests_stillGetThrough() throws Exception {
        HttpResponse<String> page = get("/lesson/intuition");
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = page.headers().allValues("Set-Cookie").get(0).split(";")[0];

        // a heartbeat of that session reaches Vaadin (which answers it), not our 405
        HttpResponse<String> heartbeat = send(request("/?v-r=heartbeat&v-uiId=0")
                .POST(HttpRequest.BodyPublishers.noBody()), cookie);
        assertThat(heartbeat.statusCode()).isNotEqualTo(405);
        // the API keeps its own answers
        assertThat(send(request("/api/v1/trace").PUT(HttpRequest.BodyPublishers.ofString("{}")), null).statusCode())
                .isEqualTo(405);
    }

    @Test
    void theRule_letsFlowsPostsThroughOnly() {
        assertThat(PageMethods.allowed("POST", "/", "v-r=uidl&v-uiId=3")).isTrue();
        assertThat(PageMethods.allowed("POST", "/VAADIN/push", "X-Atmosphere-Transport=long-polling")).isTrue();
        assertThat(PageMethods.allowed("POST", "/lesson/softmax", "s=abc")).isFalse();
        assertThat(PageMethods.allowed("OPTIONS", "/", null)).isFalse();
        assertThat(PageMethods.allowed("HEAD", "/lesson/softmax", null)).isTrue();
    }
}
