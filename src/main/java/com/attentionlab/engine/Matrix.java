package com.attentionlab.engine;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable dense matrix of {@code double}, stored row-major.
 *
 * <p>Every operation returns a new matrix and leaves its operands untouched. Shape errors name both shapes,
 * e.g. {@code cannot multiply (10×4) by (6×4)}.
 *
 * <p>Products use plain i-k-j loops rather than EJML. Measured with JMH (MultiplyJmh, results in
 * {@code docs/benchmarks.md}): at the lesson size (10×8 · 8×4), at 64×64 · 64×64 and at 512×512 · 512×64, EJML
 * including the copy into and out of a {@code DMatrixRMaj} — what the engine would have to do — is within the
 * measurement error of these loops in two runs; so the engine keeps the loops and its only dependency, java.*.
 */
public final class Matrix implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int rows;
    private final int cols;
    private final double[] a; // row-major, length rows * cols; never exposed

    private Matrix(int rows, int cols, double[] a) {
        this.rows = rows;
        this.cols = cols;
        this.a = a;
    }

    /**
     * Copies a rectangular array into a matrix.
     *
     * @throws IllegalArgumentException if the array is null, empty, has an empty or null row, or ragged rows
     */
    public static Matrix of(double[][] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("is empty: at least one row is required");
        }
        int cols = -1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].length == 0) {
                throw new IllegalArgumentException("row " + i + " is empty");
            }
            if (cols == -1) {
                cols = values[i].length;
            } else if (values[i].length != cols) {
                throw new IllegalArgumentException("ragged rows: row " + i + " has " + values[i].length
                        + " columns but row 0 has " + cols);
            }
        }
        double[] a = new double[values.length * cols];
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(values[i], 0, a, i * cols, cols);
        }
        return new Matrix(values.length, cols, a);
    }

    /** A rows × cols matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        checkShape(rows, cols);
        return new Matrix(rows, cols, new double[rows * cols]);
    }

    /** A matrix whose entry (i, j) is {@code f.at(i, j)}. */
    public static Matrix build(int rows, int cols, Entry f) {
        checkShape(rows, cols);
        double[] a = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i * cols + j] = f.at(i, j);
            }
        }
        return new Matrix(rows, cols, a);
    }

    /** Supplies the entry at (i, j) to {@link #build}. */
    @FunctionalInterface
    public interface Entry {
        double at(int i, int j);
    }

    private static void checkShape(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column, got ("
                    + rows + "×" + cols + ")");
        }
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The shape as text, e.g. {@code (10×4)}. */
    public String shape() {
        return "(" + rows + "×" + cols + ")";
    }

    public double get(int i, int j) {
        checkIndex(i, j);
        return a[i * cols + j];
    }

    /** A copy of row i. */
    public double[] row(int i) {
        checkIndex(i, 0);
        return Arrays.copyOfRange(a, i * cols, (i + 1) * cols);
    }

    /** A fresh copy of the entries as a rectangular array. */
    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = row(i);
        }
        return out;
    }

    /** A copy with entry (i, j) replaced by v. */
    public Matrix with(int i, int j, double v) {
        checkIndex(i, j);
        double[] b = a.clone();
        b[i * cols + j] = v;
        return new Matrix(rows, cols, b);
    }

    /**
     * {@code row} added to every row: (n×m) + (1×m) → (n×m). A row of zeros gives this very matrix (no copy, and
     * no −0.0 turned into 0.0).
     */
    public Matrix plusRow(Matrix row) {
        if (row.rows != 1 || row.cols != cols) {
            throw new IllegalArgumentException("cannot add a row " + row.shape() + " to " + shape());
        }
        if (row.maxAbs() == 0) {
            return this;
        }
        double[] b = a.clone();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                b[i * cols + j] += row.a[j];
            }
        }
        return new Matrix(rows, cols, b);
    }

    /** {@code this · other}: (n×m)·(m×p) → (n×p). */
    public Matrix multiply(Matrix other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + shape() + " by " + other.shape());
        }
        int p = other.cols;
        double[] c = new double[rows * p];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                double aik = a[i * cols + k];
                int bRow = k * p;
                int cRow = i * p;
                for (int j = 0; j < p; j++) {
                    c[cRow + j] += aik * other.a[bRow + j];
                }
            }
        }
        return new Matrix(rows, p, c);
    }

    /** {@code thisᵀ}: (n×m) → (m×n). */
    public Matrix transpose() {
        double[] t = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = a[i * cols + j];
            }
        }
        return new Matrix(cols, rows, t);
    }

    /** Every entry multiplied by f. */
    public Matrix scale(double f) {
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i] * f;
        }
        return new Matrix(rows, cols, b);
    }

    /** Every entry divided by d (a true division, not a multiplication by 1/d). */
    public Matrix divide(double d) {
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i] / d;
        }
        return new Matrix(rows, cols, b);
    }

    /** Columns [from, to): (n×m) → (n×(to−from)). */
    public Matrix columns(int from, int to) {
        if (from < 0 || to > cols || from >= to) {
            throw new IllegalArgumentException("cannot take columns [" + from + ", " + to + ") of " + shape());
        }
        int w = to - from;
        double[] b = new double[rows * w];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(a, i * cols + from, b, i * w, w);
        }
        return new Matrix(rows, w, b);
    }

    /** The matrices side by side: all must have the same number of rows. */
    public static Matrix concatColumns(List<Matrix> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        int n = parts.get(0).rows;
        int width = 0;
        for (Matrix m : parts) {
            if (m.rows != n) {
                throw new IllegalArgumentException("cannot concatenate " + parts.get(0).shape() + " with "
                        + m.shape() + ": row counts differ");
            }
            width += m.cols;
        }
        double[] b = new double[n * width];
        int offset = 0;
        for (Matrix m : parts) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(m.a, i * m.cols, b, i * width + offset, m.cols);
            }
            offset += m.cols;
        }
        return new Matrix(n, width, b);
    }

    /**
     * The causal mask of a square matrix: entries above the diagonal (j &gt; i) become −∞, so that after a
     * softmax token i gives weight only to tokens 0..i.
     */
    public Matrix causalMasked() {
        if (rows != cols) {
            throw new IllegalArgumentException("a causal mask needs a square matrix, got " + shape());
        }
        double[] b = a.clone();
        for (int i = 0; i < rows; i++) {
            for (int j = i + 1; j < cols; j++) {
                b[i * cols + j] = Double.NEGATIVE_INFINITY;
            }
        }
        return new Matrix(rows, cols, b);
    }

    /**
     * Row-wise softmax: {@code w_ij = exp(s_ij − max_j s_ij) / Σ_j exp(s_ij − max_j s_ij)}.
     *
     * <p>Subtracting the row maximum keeps every exponent ≤ 0, so scores of ±1000 give finite weights. Entries of
     * −∞ (masked) get weight exactly 0; a row whose entries are all −∞ gets all-zero weights (as PyTorch's
     * attention does), never NaN.
     */
    public Matrix softmaxRows() {
        double[] w = new double[a.length];
        for (int i = 0; i < rows; i++) {
            int r = i * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, a[r + j]);
            }
            if (max == Double.NEGATIVE_INFINITY) {
                continue; // fully masked row: zero weights
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                double e = a[r + j] == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(a[r + j] - max);
                w[r + j] = e;
                sum += e;
            }
            for (int j = 0; j < cols; j++) {
                w[r + j] /= sum;
            }
        }
        return new Matrix(rows, cols, w);
    }

    /** The first entry that is NaN or infinite as {@code [i][j]}, or null when every entry is finite. */
    public String firstNonFinite() {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                return "[" + (i / cols) + "][" + (i % cols) + "]";
            }
        }
        return null;
    }

    /** The largest absolute entry. */
    public double maxAbs() {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private void checkIndex(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("(" + i + ", " + j + ") is outside " + shape());
        }
    }

    /** Equal when shapes match and every entry has the same bits ({@code Double.equals} semantics). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && rows == m.rows && cols == m.cols && Arrays.equals(a, m.a);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(a);
    }

    @Override
    public String toString() {
        return "Matrix" + shape() + Arrays.deepToString(toArray());
    }
}
