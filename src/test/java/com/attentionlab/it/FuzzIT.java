package com.attentionlab.it;

import com.attentionlab.testsupport.TestLessons;
import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded fuzzing, bounded in count and time: at least 10,000 mutated requests to the trace API, the state API and
 * lesson links. Zero 5xx, the server still answers afterwards, and the heap is back near its baseline.
 */
class FuzzIT extends AbstractIT {

    static final long SEED = 20261127L;
    static final int REQUESTS = 10_500;
    static final Duration TIME_LIMIT = Duration.ofSeconds(90);


    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static final String NOISE = "{}[]\",:-0123456789eE.nulltruefalseNaN\\\u0000é😀";

    static String mutate(Random r, String s) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(7)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, NOISE.charAt(r.nextInt(NOISE.length())));
                case 2 -> sb.setCharAt(at, (char) (32 + r.nextInt(95)));
                case 3 -> sb.setLength(at); // truncate
                case 4 -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + r.nextInt(40)))); // duplicate
                case 5 -> sb.replace(at, Math.min(sb.length(), at + 3), List.of("1e400", "-0", "[]", "{}", "null",
                        "\"x\"", "99999999999999999999", "true").get(r.nextInt(8)));
                default -> sb.insert(at, "[".repeat(r.nextInt(80)));
            }
        }
        return sb.toString();
    }

    @Test
    void tenThousandMutatedRequests_noServerError_serverStillAnswers_memoryBack() throws Exception {
        String base = "http://localhost:" + port;
        LessonPresenter p = TestLessons.presenter();
        String validTrace = """
                {"tokens": ["I", "like", "cats"], "x": [[1, 0], [0, 1], [1, 1]], "wq": [[2, 0, 0, 0], [0, 0, 0, 0]],
                 "wk": [[1, 0, 0, 0], [0, 1, 0, 0]], "wv": [[1, 0], [0, 1]], "heads": 1, "causal": false}""";
        String validCode = p.shareCode();
        p.editCell(Editable.WQ, 1, 1, "0.5");
        String otherCode = p.shareCode();

        long baseline = usedHeapAfterGc();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> serverErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Random r = new Random(SEED + t);
            futures.add(pool.submit(() -> {
                while (sent.get() < REQUESTS && System.nanoTime() < deadline) {
                    int kind = sent.incrementAndGet() % 3;
                    HttpRequest req;
                    String what;
                    if (kind == 0) {
                        what = mutate(r, validTrace);
                        req = HttpRequest.newBuilder(URI.create(base + "/api/v1/trace"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(what)).build();
                    } else {
                        what = mutate(r, r.nextBoolean() ? validCode : otherCode);
                        String q = URLEncoder.encode(what, StandardCharsets.UTF_8);
                        req = HttpRequest.newBuilder(URI.create(base + (kind == 1 ? "/api/v1/state?s=" + q
                                : "/lesson/scores?s=" + q))).GET().build();
                    }
                    try {
                        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                        statuses.computeIfAbsent(resp.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (resp.statusCode() >= 500) {
                            serverErrors.add(resp.statusCode() + " for " + what);
                        }
                    } catch (Exception e) {
                        serverErrors.add(e + " for " + what);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        System.out.println("Fuzz: " + sent.get() + " requests, statuses " + statuses);
        assertThat(sent.get()).isGreaterThanOrEqualTo(10_000);
        assertThat(serverErrors).isEmpty();
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/trace"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(validTrace))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        long after = usedHeapAfterGc();
        System.out.printf("Fuzz: heap after GC %d MB before, %d MB after%n", baseline >> 20, after >> 20);
        assertThat(after).isLessThan(baseline + (96L << 20));
    }

    static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
