package com.attentionlab.bench;

import com.attentionlab.engine.Matrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
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

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * JMH: the engine's matrix product ({@link Matrix#multiply}, plain i-k-j loops) against EJML's
 * {@link CommonOps_DDRM#mult}, to check the claim in {@link Matrix}'s Javadoc.
 *
 * <ul>
 *   <li>{@code plainLoops}: {@code a.multiply(b)}, a new immutable Matrix, as the engine does now.</li>
 *   <li>{@code ejmlWithCopy}: what the engine would do with EJML: copy both operands' row-major arrays into new
 *       {@code DMatrixRMaj}s, multiply into a new one, copy its data out (a Matrix never shares its array).</li>
 *   <li>{@code ejmlNoCopy}: EJML alone, on operands and an output that are already {@code DMatrixRMaj}s.</li>
 * </ul>
 *
 * Shapes are (n×m)·(m×p): the lesson's X·W_Q (10×8 · 8×4), 64×64 · 64×64, and a projection X·W at 512 tokens
 * for one head (512×512 · 512×64). EJML multiplies by {@code mult_small} when p is below
 * {@code EjmlParameters.MULT_COLUMN_SWITCH} (15) and by {@code mult_reorder} otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MultiplyJmh {

    /** n×m×p for (n×m)·(m×p). */
    @Param({"10x8x4", "64x64x64", "512x512x64"})
    public String shape;

    private int n;
    private int m;
    private int p;
    private Matrix a;
    private Matrix b;
    /** The same entries as a and b, row-major: what the engine's Matrix holds inside. */
    private double[] aData;
    private double[] bData;
    private DMatrixRMaj ea;
    private DMatrixRMaj eb;
    private DMatrixRMaj ec;

    @Setup(Level.Trial)
    public void setUp() {
        String[] s = shape.split("x");
        n = Integer.parseInt(s[0]);
        m = Integer.parseInt(s[1]);
        p = Integer.parseInt(s[2]);
        Random rnd = new Random(EngineJmh.SEED);
        a = EngineJmh.gaussian(rnd, n, m, 1.0);
        b = EngineJmh.gaussian(rnd, m, p, 1.0);
        aData = flat(a);
        bData = flat(b);
        ea = new DMatrixRMaj(n, m, true, aData);
        eb = new DMatrixRMaj(m, p, true, bData);
        ec = new DMatrixRMaj(n, p);
    }

    @Benchmark
    public Matrix plainLoops() {
        return a.multiply(b);
    }

    @Benchmark
    public double[] ejmlWithCopy() {
        DMatrixRMaj x = new DMatrixRMaj(n, m, true, aData); // copies
        DMatrixRMaj y = new DMatrixRMaj(m, p, true, bData); // copies
        DMatrixRMaj z = new DMatrixRMaj(n, p);
        CommonOps_DDRM.mult(x, y, z);
        return z.data.clone();
    }

    @Benchmark
    public DMatrixRMaj ejmlNoCopy() {
        CommonOps_DDRM.mult(ea, eb, ec);
        return ec;
    }

    static double[] flat(Matrix x) {
        double[] out = new double[x.rows() * x.cols()];
        for (int i = 0; i < x.rows(); i++) {
            System.arraycopy(x.row(i), 0, out, i * x.cols(), x.cols());
        }
        return out;
    }
}
