package com.attentionlab.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 210 connections trickling request bodies (one byte a second, loopback only, for a few seconds) used to hold every
 * worker thread; now a page still answers at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "attention.request.bodies-per-client=16")
class SlowBodiesTest {

    @LocalServerPort
    int port;

    @Test
    void trickledBodies_doNotHoldTheServer() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 210; i++) {
                Socket s = new Socket("127.0.0.1", port);
                s.getOutputStream().write(("POST /api/v1/trace HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            for (int second = 0; second < 4; second++) {
                for (Socket s : slow) {
                    trickle(s);
                }
                long t0 = System.nanoTime();
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/state?s=x")).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - t0) / 1_000_000;
                System.out.println("SlowBodiesTest: an ordinary request took " + millis + " ms");

                assertThat(page.statusCode()).isEqualTo(400); // served (a bad code), not stuck
                assertThat(millis).as("an ordinary request while 210 bodies trickle").isLessThan(2000);
                Thread.sleep(1000);
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    private static void trickle(Socket s) {
        try {
            OutputStream out = s.getOutputStream();
            out.write(' ');
            out.flush();
        } catch (Exception closedByTheServer) {
            // refused (429) or timed out: what we want
        }
    }
}
