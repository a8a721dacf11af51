package com.attentionlab.it;

import com.attentionlab.api.LessonStateJson;
import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.LessonState;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.LessonPresenters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 concurrent clients, each editing its own lesson for a minute (bounded): after every edit the client turns its
 * lesson into a link on the server, reads the link back and asks for the trace. No errors, no lost edits: what
 * comes back equals what the client sent, bit for bit, and the trace equals the client's own computation.
 */
class ConcurrencyIT extends AbstractIT {

    static final int CLIENTS = 50;
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("concurrency.seconds", 60));


    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body());
    }

    @Test
    void fiftyClientsEditingTheirOwnLessons_noErrors_noLostEdits() throws Exception {
        AttentionEngine engine = new AttentionEngine();
        long deadline = System.nanoTime() + DURATION.toNanos();
        AtomicInteger edits = new AtomicInteger();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                Random r = new Random(1000 + client);
                LessonPresenter mine = new LessonPresenters(engine, new com.attentionlab.share.ShareCodec(engine.limits()),
                        new com.attentionlab.lesson.ModelLessons(64)).create();
                mine.setSentence("client " + client + " says the cat sat");
                int n = 0;
                while (System.nanoTime() < deadline && problems.isEmpty()) {
                    Editable m = Editable.values()[r.nextInt(4)];
                    var cur = m.of(mine.state());
                    mine.editCell(m, r.nextInt(cur.rows()), r.nextInt(cur.cols()),
                            Double.toString(Math.round(r.nextGaussian() * 1000) / 1000.0));
                    LessonState sent = mine.state();
                    try {
                        String body = json.writeValueAsString(LessonStateJson.write(sent));
                        String code = post("/api/v1/links", body).get("code").asText();
                        LessonState back = LessonStateJson.read(get("/api/v1/state?s=" + code),
                                java.util.Set.of("sentence", "preset", "seed"), com.attentionlab.engine.Limits.DEFAULT);
                        if (!back.equals(sent)) {
                            problems.add("client " + client + " edit " + n + ": the state came back different");
                        }
                        JsonNode trace = post("/api/v1/trace", body);
                        double expected = engine.trace(sent).head().weights().get(0, 0);
                        if (trace.get("heads").get(0).get("weights").get(0).get(0).doubleValue() != expected) {
                            problems.add("client " + client + " edit " + n + ": trace differs");
                        }
                    } catch (Exception e) {
                        problems.add("client " + client + ": " + e);
                    }
                    n++;
                    edits.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        System.out.println("Concurrency: " + CLIENTS + " clients made " + edits.get() + " edits in "
                + DURATION.toSeconds() + " s");
        assertThat(problems).isEmpty();
        assertThat(edits.get()).isGreaterThan(CLIENTS);
    }
}
