package com.attentionlab.bench;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeAttempt;
import com.attentionlab.challenge.ChallengeCatalog;
import com.attentionlab.challenge.Check;
import com.attentionlab.challenge.Goal;
import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.LessonState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What checking a challenge costs after an edit, at lesson size (10 tokens, d_model 8, d_k 4): for each goal kind,
 * {@code goal.check(state, trace)} on the trace the presenter already has; and the whole {@link ChallengeAttempt#check}
 * (goal + constraints, trace given) and the same with the engine's trace included.
 *
 * <p>No JMH: each sample times a batch of 1,000 calls with {@code System.nanoTime()}; 200 samples after 20,000
 * warm-up calls; µs per call as median and p95 of the samples. A result is consumed so that the JIT keeps the work.
 * Runs in the benchmarks profile ({@code ./mvnw verify -Pbenchmarks -Dit.test=ChallengeCheckBenchmark}) or alone
 * without the frontend build ({@code ./mvnw -Ddev test -Dtest=ChallengeCheckBenchmark}); writes
 * {@code target/benchmarks/challenge-check.json}. Asserts that results exist, never a time.
 */
class ChallengeCheckBenchmark {

    private static final int WARMUP_CALLS = 20_000;
    private static final int BATCH = 1_000;
    private static final int SAMPLES = 200;

    private static double sink;

    @Test
    void checkEachGoalKind() {
        ChallengeCatalog catalog = ChallengeCatalog.load();
        assertThat(catalog.problems()).isEmpty();
        AttentionEngine engine = new AttentionEngine();
        Map<String, Object> results = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (String kind : List.of("strongest-key", "threshold", "even-split", "pattern", "output", "question")) {
            Challenge c = catalog.challenges().stream().filter(x -> x.goal().kind().equals(kind)).findFirst()
                    .orElseThrow();
            ChallengeAttempt attempt = new ChallengeAttempt(c, engine);
            LessonState s = c.solvedState();
            AttentionTrace t = engine.trace(s);
            assertThat(s.n()).isEqualTo(10);
            assertThat(s.dModel()).isEqualTo(8);
            Supplier<Check> goal = c.goal() instanceof Goal.Question q ? () -> q.answer(q.answer())
                    : () -> c.goal().check(s, t);
            record(results, lines, kind + " goal.check", c.id(), goal::get);
            if (!(c.goal() instanceof Goal.Question)) {
                record(results, lines, kind + " attempt.check(state, trace)", c.id(), () -> attempt.check(s, t).goal());
                record(results, lines, kind + " attempt.check(state) incl. trace", c.id(), () -> attempt.check(s).goal());
            }
        }
        lines.forEach(System.out::println);
        BenchmarkResults.write("challenge-check", results);
        assertThat(results).hasSize(6 + 5 * 2);
    }

    private static void record(Map<String, Object> results, List<String> lines, String name, String id,
                               Supplier<Check> call) {
        for (int i = 0; i < WARMUP_CALLS; i++) {
            sink += call.get().progress();
        }
        double[] us = new double[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < BATCH; i++) {
                sink += call.get().progress();
            }
            us[s] = (System.nanoTime() - t0) / 1_000.0 / BATCH;
        }
        double p50 = BenchmarkResults.percentile(us, 50);
        double p95 = BenchmarkResults.percentile(us, 95);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("challenge", id);
        r.put("p50Micros", Math.round(p50 * 1000) / 1000.0);
        r.put("p95Micros", Math.round(p95 * 1000) / 1000.0);
        results.put(name, r);
        lines.add(String.format(Locale.ROOT, "%-45s %-28s p50 %8.3f µs  p95 %8.3f µs", name, id, p50, p95));
    }
}
