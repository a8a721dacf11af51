package com.attentionlab.lesson;

import com.attentionlab.engine.Matrix;

/**
 * Layer normalization of each row (the previous lesson): {@code (x − mean) / √(variance + ε)}, with γ = 1 and
 * β = 0, so each normalized row has mean 0 and variance ≈ 1.
 */
public final class LayerNorm {

    public static final double EPSILON = 1e-5;

    private LayerNorm() {
    }

    public static Matrix apply(Matrix raw) {
        int d = raw.cols();
        double[] mean = new double[raw.rows()];
        double[] std = new double[raw.rows()];
        for (int i = 0; i < raw.rows(); i++) {
            double m = 0;
            for (int j = 0; j < d; j++) {
                m += raw.get(i, j);
            }
            m /= d;
            double var = 0;
            for (int j = 0; j < d; j++) {
                double c = raw.get(i, j) - m;
                var += c * c;
            }
            mean[i] = m;
            std[i] = Math.sqrt(var / d + EPSILON);
        }
        return Matrix.build(raw.rows(), d, (i, j) -> (raw.get(i, j) - mean[i]) / std[i]);
    }
}
