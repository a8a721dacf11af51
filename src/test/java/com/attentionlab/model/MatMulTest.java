package com.attentionlab.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The vectorizable products against the textbook triple loop in double, including shapes that leave remainders. */
class MatMulTest {

    private final Random random = new Random(42);

    @Test
    void linear_isXTimesWPlusBias() {
        for (int[] shape : new int[][] {{1, 1, 1}, {3, 5, 7}, {8, 384, 1152}, {13, 1536, 384}, {2, 6, 9}}) {
            int t = shape[0];
            int k = shape[1];
            int n = shape[2];
            float[][] x = random(t, k);
            float[][] w = random(k, n);
            float[] b = random(1, n)[0];

            float[][] out = MatMul.linear(x, w, b);

            for (int i = 0; i < t; i++) {
                for (int j = 0; j < n; j++) {
                    double expected = b[j];
                    for (int q = 0; q < k; q++) {
                        expected += (double) x[i][q] * w[q][j];
                    }
                    assertThat((double) out[i][j]).isCloseTo(expected,
                            org.assertj.core.api.Assertions.offset(1e-5 * Math.sqrt(k) * (1 + Math.abs(expected))));
                }
            }
        }
    }

    @Test
    void attention_addsTheProductOfAColumnRangeAndARowRange() {
        for (int kLen : new int[] {1, 3, 4, 7, 32}) {
            float[][] a = random(5, 40);
            float[][] b = random(50, 6);
            float[][] c = random(5, 6);
            float[][] before = copy(c);

            MatMul.attention(a, 3, b, 11, kLen, c);

            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 6; j++) {
                    double expected = before[i][j];
                    for (int q = 0; q < kLen; q++) {
                        expected += (double) a[i][3 + q] * b[11 + q][j];
                    }
                    assertThat((double) c[i][j]).isCloseTo(expected, org.assertj.core.api.Assertions.offset(1e-5));
                }
            }
        }
    }

    private float[][] random(int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (float[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return m;
    }

    private static float[][] copy(float[][] m) {
        float[][] c = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
