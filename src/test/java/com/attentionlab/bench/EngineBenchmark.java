package com.attentionlab.bench;

import org.ejml.EjmlParameters;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The engine benchmark: runs JMH on {@link EngineJmh} (a full trace at n = 10, 64, 256, 512 tokens, d_model 512,
 * 8 heads) and {@link MultiplyJmh} (plain-loop product against EJML), writes every result to
 * {@code target/benchmarks/engine-jmh.json} (JMH's JSON format) and prints a table.
 *
 * <p>Runs only in the benchmarks profile: {@code ./mvnw verify -Pbenchmarks -Dit.test=EngineBenchmark}. It
 * asserts that results exist, never a time: timings depend on the machine. About 3 minutes on 2 cores.
 * {@code -Djmh.forks=0} runs the benchmarks inside the test's JVM (less isolated) should forking fail.
 */
class EngineBenchmark {

    static final Path OUT = Path.of("target", "benchmarks", "engine-jmh.json");

    @Test
    void engineAndMultiply() throws Exception {
        productsAgree();
        int forks = Integer.getInteger("jmh.forks", 1);

        // 1 fork, warmup 3 × 1 s, measurement 5 × 1 s: the products, and trace up to 256 tokens.
        ChainedOptionsBuilder small = base(forks)
                .include(benchmarksOf(MultiplyJmh.class))
                .include(benchmarksOf(EngineJmh.class))
                .param("n", "10", "64", "256")
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1));
        // trace at 512 tokens takes about half a second: warmup 2 × 2 s, measurement 5 × 2 s.
        ChainedOptionsBuilder large = base(forks)
                .include(benchmarksOf(EngineJmh.class))
                .param("n", "512")
                .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2));

        List<RunResult> results = new ArrayList<>(new Runner(small.build()).run());
        results.addAll(new Runner(large.build()).run());

        Files.createDirectories(OUT.getParent());
        try (PrintStream out = new PrintStream(Files.newOutputStream(OUT), true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        System.out.println(table(results));
        System.out.println("JMH results: " + OUT.toAbsolutePath());

        assertThat(results).hasSize(4 + 3 * 3);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
        assertThat(Files.size(OUT)).isPositive();
    }

    private static ChainedOptionsBuilder base(int forks) {
        return new OptionsBuilder()
                .forks(forks)
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true);
    }

    private static String benchmarksOf(Class<?> c) {
        return "^" + Pattern.quote(c.getName() + ".");
    }

    /** Not a timing: the three products compute the same numbers, so the comparison is fair. */
    private static void productsAgree() {
        for (String shape : new String[] {"10x8x4", "64x64x64", "512x512x64"}) {
            MultiplyJmh b = new MultiplyJmh();
            b.shape = shape;
            b.setUp();
            double[] plain = MultiplyJmh.flat(b.plainLoops());
            double[] copied = b.ejmlWithCopy();
            double[] direct = b.ejmlNoCopy().data;
            for (int i = 0; i < plain.length; i++) {
                assertThat(copied[i]).as(shape + " ejmlWithCopy[" + i + "]").isCloseTo(plain[i],
                        offset(1e-9 * (1 + Math.abs(plain[i]))));
                assertThat(direct[i]).as(shape + " ejmlNoCopy[" + i + "]").isEqualTo(copied[i]);
            }
        }
    }

    static String table(Collection<RunResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%n%-28s %-14s %16s %12s  %s%n",
                "benchmark", "params", "score", "± error", "unit"));
        for (RunResult r : results) {
            var p = r.getParams();
            String name = p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.', p.getBenchmark()
                    .lastIndexOf('.') - 1) + 1);
            String params = p.getParamsKeys().contains("n") ? "n=" + p.getParam("n")
                    : p.getParamsKeys().contains("shape") ? p.getParam("shape") : "";
            var s = r.getPrimaryResult();
            sb.append(String.format(Locale.ROOT, "%-28s %-14s %16.3f %12.3f  %s%n",
                    name, params, s.getScore(), s.getScoreError(), s.getScoreUnit()));
        }
        sb.append(String.format(Locale.ROOT, "%nEJML / plain loops (EjmlParameters.MULT_COLUMN_SWITCH = %d):%n",
                EjmlParameters.MULT_COLUMN_SWITCH));
        for (String shape : new String[] {"10x8x4", "64x64x64", "512x512x64"}) {
            double plain = score(results, "plainLoops", shape);
            sb.append(String.format(Locale.ROOT, "  %-11s with copy %.2f×, without copy %.2f×%n", shape,
                    score(results, "ejmlWithCopy", shape) / plain, score(results, "ejmlNoCopy", shape) / plain));
        }
        return sb.toString();
    }

    private static double score(Collection<RunResult> results, String method, String shape) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .filter(r -> shape.equals(r.getParams().getParam("shape")))
                .mapToDouble(r -> r.getPrimaryResult().getScore())
                .findFirst().orElse(Double.NaN);
    }
}
