package com.attentionlab.bench;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Limits;
import com.attentionlab.engine.Matrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * JMH: one full {@link AttentionEngine#trace} (limits check, Q/K/V projections, and per head Q·Kᵀ, /√d_k, row
 * softmax, weights·V, then the concatenation) at n tokens, d_model = 512, 8 heads (d_k = d_v = 64), scaled,
 * not causal. Run by {@link EngineBenchmark}; {@code src/test/python/bench_numpy.py} times the same computation
 * in numpy.
 *
 * <p>Inputs are Gaussian from a fixed seed: X ~ N(0, 1), weights ~ N(0, 1/d_model) so that Q and K entries are
 * about N(0, 1) and the scaled scores about N(0, 1), as in a trained model (bench_numpy.py uses the same
 * distributions).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineJmh {

    static final long SEED = 20240611L;

    @Param({"10", "64", "256", "512"})
    public int n;

    @Param({"512"})
    public int dModel;

    @Param({"8"})
    public int heads;

    private AttentionEngine engine;
    private LessonState state;

    @Setup(Level.Trial)
    public void setUp() {
        state = state(n, dModel, heads, SEED);
        engine = new AttentionEngine(new Limits(Math.max(512, n), Math.max(512, dModel), Math.max(8, heads), 1e6, 64));
    }

    @Benchmark
    public AttentionTrace trace() {
        return engine.trace(state);
    }

    /** A scaled, non-causal state of n tokens, with W_Q, W_K, W_V all (dModel × dModel). */
    static LessonState state(int n, int dModel, int heads, long seed) {
        Random rnd = new Random(seed);
        List<String> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tokens.add("t" + i);
        }
        Matrix x = gaussian(rnd, n, dModel, 1.0);
        double w = 1.0 / Math.sqrt(dModel);
        Matrix wq = gaussian(rnd, dModel, dModel, w);
        Matrix wk = gaussian(rnd, dModel, dModel, w);
        Matrix wv = gaussian(rnd, dModel, dModel, w);
        return new LessonState(tokens, x, wq, wk, wv, heads, false, true);
    }

    static Matrix gaussian(Random rnd, int rows, int cols, double sd) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = rnd.nextGaussian() * sd;
            }
        }
        return Matrix.of(a);
    }
}
