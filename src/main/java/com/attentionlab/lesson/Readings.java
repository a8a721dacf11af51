package com.attentionlab.lesson;

import com.attentionlab.engine.Matrix;

import java.util.OptionalInt;

/**
 * Facts read off the lesson's numbers for the step texts (which token a row attends to most, how far the row sums
 * are from 1, what each value contributes). Computed here, in the model, so that views only show them.
 */
public final class Readings {

    private Readings() {
    }

    /** The smallest and the largest of some numbers. */
    public record Range(double min, double max) {
    }

    /** The column with the largest weight in row {@code i}, leaving out column i itself; empty for a 1×1 matrix. */
    public static OptionalInt strongestOther(Matrix weights, int i) {
        int best = -1;
        for (int j = 0; j < weights.cols(); j++) {
            if (j != i && (best < 0 || weights.get(i, j) > weights.get(i, best))) {
                best = j;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** The smallest and the largest row sum (1 for every row of softmax weights, up to rounding). */
    public static Range rowSums(Matrix m) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < m.rows(); r++) {
            double sum = 0;
            for (double x : m.row(r)) {
                sum += x;
            }
            min = Math.min(min, sum);
            max = Math.max(max, sum);
        }
        return new Range(min, max);
    }

    /** The smallest and the largest entry. */
    public static Range values(Matrix m) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < m.rows(); r++) {
            for (double x : m.row(r)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        return new Range(min, max);
    }

    /**
     * Row j is w_ij · v_j: what token j's value adds to token i's output. The rows add up to output row i.
     *
     * @param weights (n × n)
     * @param v       (n × d_v)
     * @return (n × d_v)
     */
    public static Matrix contributions(Matrix weights, Matrix v, int i) {
        return Matrix.build(v.rows(), v.cols(), (j, c) -> weights.get(i, j) * v.get(j, c));
    }
}
