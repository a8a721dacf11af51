package com.attentionlab.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A read-only rows × cols matrix of float32 values: either its own numbers or a view of some columns of a larger
 * matrix (a head's 32 columns of Q, or of W_Q), without copying. Nothing outside this package can change the
 * numbers behind it; the copying accessors ({@link #toFloatArray()}, {@link #toDoubleArray()}, {@link #row(int)})
 * return fresh arrays.
 */
public final class FloatMatrix {

    private final float[][] data;
    private final int colOffset;
    private final int cols;

    private FloatMatrix(float[][] data, int colOffset, int cols) {
        this.data = data;
        this.colOffset = colOffset;
        this.cols = cols;
    }

    /** A view of all columns of {@code rows}; the caller hands the arrays over and never changes them again. */
    static FloatMatrix wrap(float[][] rows) {
        return new FloatMatrix(rows, 0, rows.length == 0 ? 0 : rows[0].length);
    }

    /** A view of columns {@code [from, from + count)} of {@code rows}, which the caller never changes again. */
    static FloatMatrix columnsOf(float[][] rows, int from, int count) {
        int width = rows.length == 0 ? 0 : rows[0].length;
        Objects.checkFromIndexSize(from, count, width);
        return new FloatMatrix(rows, from, count);
    }

    /** A matrix holding a copy of {@code values} (rows of equal length). */
    public static FloatMatrix copyOf(float[][] values) {
        int cols = values.length == 0 ? 0 : values[0].length;
        float[][] copy = new float[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values, row 0 has "
                        + cols);
            }
            copy[r] = values[r].clone();
        }
        return new FloatMatrix(copy, 0, cols);
    }

    public int rows() {
        return data.length;
    }

    public int cols() {
        return cols;
    }

    public float get(int row, int col) {
        Objects.checkIndex(col, cols);
        return data[row][colOffset + col];
    }

    /** Columns {@code [from, from + count)} as a view (no copy). */
    public FloatMatrix columns(int from, int count) {
        Objects.checkFromIndexSize(from, count, cols);
        return new FloatMatrix(data, colOffset + from, count);
    }

    /** A copy of one row. */
    public float[] row(int row) {
        return Arrays.copyOfRange(data[row], colOffset, colOffset + cols);
    }

    public float[][] toFloatArray() {
        float[][] out = new float[data.length][];
        for (int r = 0; r < data.length; r++) {
            out[r] = row(r);
        }
        return out;
    }

    public double[][] toDoubleArray() {
        double[][] out = new double[data.length][cols];
        for (int r = 0; r < data.length; r++) {
            float[] src = data[r];
            double[] dst = out[r];
            for (int c = 0; c < cols; c++) {
                dst[c] = src[colOffset + c];
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "FloatMatrix[" + rows() + "×" + cols + "]";
    }
}
