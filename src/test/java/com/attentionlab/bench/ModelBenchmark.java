package com.attentionlab.bench;

import com.attentionlab.model.MiniLmWeights;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real-model benchmark: how long {@link MiniLmWeights#load()} takes and how much heap the weights keep, then JMH
 * on {@link ModelJmh} (our encoder with its trace against onnxruntime, one thread each, n = 8, 32, 64 tokens).
 * Writes {@code target/benchmarks/model-load.json}, {@code model-paired.json} (a cross-check, see {@link #paired()})
 * and {@code model-jmh.json} (JMH's JSON) and prints a table with the ratios.
 *
 * <p>Runs only in the benchmarks profile: {@code ./mvnw verify -Pbenchmarks -Ddev -Dit.test=ModelBenchmark} (about
 * 3 minutes on 2 cores; -Ddev skips the frontend build, which JMH does not need). It asserts that results exist,
 * never a time. {@code -Djmh.forks=0} runs JMH inside the test's JVM should forking fail.
 */
class ModelBenchmark {

    static final Path OUT = Path.of("target", "benchmarks", "model-jmh.json");
    static final int LOADS = 3;

    @Test
    void loadHeapAndForwardPass() throws Exception {
        Map<String, Object> load = loadAndHeap();
        BenchmarkResults.write("model-load", load);
        Map<String, Object> paired = paired();
        BenchmarkResults.write("model-paired", paired);

        int forks = Integer.getInteger("jmh.forks", 1);
        var options = new OptionsBuilder()
                .include("^" + Pattern.quote(ModelJmh.class.getName() + "."))
                .forks(forks)
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true)
                .build();
        List<RunResult> results = new ArrayList<>(new Runner(options).run());

        Files.createDirectories(OUT.getParent());
        try (PrintStream out = new PrintStream(Files.newOutputStream(OUT), true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        System.out.println(table(results, load));
        System.out.println("paired, CPU time of the measuring thread, median of " + ROUNDS + " rounds: " + paired);
        System.out.println("JMH results: " + OUT.toAbsolutePath());

        assertThat(results).hasSize(2 * 3);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }

    /** Load time (first load in this JVM, then the median of the next ones) and heap kept by the weights. */
    static Map<String, Object> loadAndHeap() throws InterruptedException {
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        MiniLmWeights weights = MiniLmWeights.load();
        double first = (System.nanoTime() - t0) / 1e9;
        long after = usedAfterGc();
        long retained = after - before;
        assertThat(weights.tensor("embeddings.word_embeddings.weight").rows()).isEqualTo(30522); // keeps it alive
        weights = null;

        double[] next = new double[LOADS];
        for (int i = 0; i < LOADS; i++) {
            usedAfterGc();
            long t = System.nanoTime();
            MiniLmWeights again = MiniLmWeights.load();
            next[i] = (System.nanoTime() - t) / 1e9;
            assertThat(again).isNotNull();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("load_first_s", round3(first));
        out.put("load_next_median_s", round3(BenchmarkResults.percentile(next, 50)));
        out.put("weights_retained_heap_mb", BenchmarkResults.round(retained / 1048576.0));
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("java", System.getProperty("java.version"));
        return out;
    }

    static final int ROUNDS = 15;

    /**
     * A cross-check that background load on a shared machine hurts less: in this JVM, rounds of 0.4 s of our encoder
     * then 0.4 s of onnxruntime (one thread, the calling one), each timed by the CPU time of this thread; per n, the
     * medians of the ms per run and of the per-round ratio.
     */
    static Map<String, Object> paired() throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, Object> out = new LinkedHashMap<>();
        for (int n : new int[] {8, 32, 64}) {
            ModelJmh.Java java = new ModelJmh.Java();
            java.n = n;
            java.setUp();
            ModelJmh.Ort ort = new ModelJmh.Ort();
            ort.n = n;
            ort.setUp();
            ModelJmh bench = new ModelJmh();
            double[] javaMs = new double[ROUNDS];
            double[] ortMs = new double[ROUNDS];
            double[] ratio = new double[ROUNDS];
            for (int round = -3; round < ROUNDS; round++) { // 3 rounds of warm-up
                long c0 = threads.getCurrentThreadCpuTime();
                int runs = 0;
                for (long end = System.nanoTime() + 400_000_000L; System.nanoTime() < end; runs++) {
                    bench.javaTrace(java);
                }
                double j = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / runs;
                c0 = threads.getCurrentThreadCpuTime();
                runs = 0;
                for (long end = System.nanoTime() + 400_000_000L; System.nanoTime() < end; runs++) {
                    bench.onnxruntime(ort);
                }
                double o = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / runs;
                if (round >= 0) {
                    javaMs[round] = j;
                    ortMs[round] = o;
                    ratio[round] = j / o;
                }
            }
            ort.tearDown();
            out.put("n" + n + "_java_ms", BenchmarkResults.round(BenchmarkResults.percentile(javaMs, 50)));
            out.put("n" + n + "_onnxruntime_ms", BenchmarkResults.round(BenchmarkResults.percentile(ortMs, 50)));
            out.put("n" + n + "_ratio", BenchmarkResults.round(BenchmarkResults.percentile(ratio, 50)));
        }
        out.put("load_average_1min", Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                * 100) / 100.0);
        return out;
    }

    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static String table(Collection<RunResult> results, Map<String, Object> load) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%nall-MiniLM-L6-v2, one thread each, %d cores%n%-8s %20s %20s %8s%n",
                Runtime.getRuntime().availableProcessors(), "tokens", "javaTrace (ms/op)", "onnxruntime (ms/op)",
                "ratio"));
        for (String n : new String[] {"8", "32", "64"}) {
            RunResult java = find(results, "javaTrace", n);
            RunResult ort = find(results, "onnxruntime", n);
            double j = java.getPrimaryResult().getScore();
            double o = ort.getPrimaryResult().getScore();
            sb.append(String.format(Locale.ROOT, "%-8s %12.2f ± %5.2f %12.2f ± %5.2f %7.2f×%n", n, j,
                    java.getPrimaryResult().getScoreError(), o, ort.getPrimaryResult().getScoreError(), j / o));
        }
        sb.append(String.format(Locale.ROOT, "load: first %s s, next (median of %d) %s s; weights keep %s MB of heap%n",
                load.get("load_first_s"), LOADS, load.get("load_next_median_s"), load.get("weights_retained_heap_mb")));
        return sb.toString();
    }

    private static RunResult find(Collection<RunResult> results, String method, String n) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .filter(r -> n.equals(r.getParams().getParam("n")))
                .findFirst().orElseThrow();
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
