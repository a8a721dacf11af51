package com.attentionlab.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Writes benchmark results to target/benchmarks/NAME.json and computes percentiles. */
final class BenchmarkResults {

    private BenchmarkResults() {
    }

    static void write(String name, Object results) {
        try {
            Path dir = Path.of("target", "benchmarks");
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve(name + ".json").toFile(), results);
            System.out.println("BENCHMARK " + name + ": " + new ObjectMapper().writeValueAsString(results));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The p-th percentile (0..100) by nearest rank. */
    static double percentile(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
