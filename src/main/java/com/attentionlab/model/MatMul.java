package com.attentionlab.model;

/**
 * Matrix products for the encoder, in float32, written so that HotSpot's C2 compiler turns the inner loop into SIMD
 * instructions (no Vector API, no native code). What was measured on the project's machine (Zen 3, AVX2) to matter:
 * <ul>
 *   <li>matrices are arrays of rows ({@code float[][]}) and the inner loop walks whole rows with the same index in
 *       every array, {@code c[j] = c[j] + a0·b0[j] + a1·b1[j] + a2·b2[j] + a3·b3[j]}: C2 vectorizes that. It does
 *       not reliably vectorize loops that index arrays with different offsets, that update two result rows at
 *       once (they might be the same array), or that read more than four rows of b (4–9 against 25–40 GFLOP/s);</li>
 *   <li>i-k-j order, 4 values of k per pass: each result value is loaded and stored once per 4 products, and the
 *       right operand is read row by row, stride 1;</li>
 *   <li>k outermost: the 4 rows of the right operand stay in the L1 cache while every row of the result passes
 *       over them, so the weights are read from memory once per product whatever the number of tokens.</li>
 * </ul>
 * Each result element gets its products added one at a time in increasing k, as the textbook loop does (Java
 * evaluates {@code c + p0 + p1 + p2 + p3} from the left and never fuses a multiply and an add).
 *
 * <p>{@link #linear} (the dense layers, rows of 384 or 1536) and {@link #attention} (products over tokens, rows of
 * T) run the same kernel in two copies, so that the JIT's loop profile of one does not shape the other.
 */
final class MatMul {

    private MatMul() {
    }

    /** {@code x · w + bias}: x is T × K, w is K × N (rows), bias N; a new T × N matrix. */
    static float[][] linear(float[][] x, float[][] w, float[] bias) {
        int n = bias.length;
        float[][] out = new float[x.length][n];
        int kLen = w.length;
        int k = 0;
        for (; k + 3 < kLen; k += 4) {
            float[] b0 = w[k];
            float[] b1 = w[k + 1];
            float[] b2 = w[k + 2];
            float[] b3 = w[k + 3];
            for (int i = 0; i < x.length; i++) {
                float[] a = x[i];
                axpy4(out[i], b0, b1, b2, b3, a[k], a[k + 1], a[k + 2], a[k + 3]);
            }
        }
        for (; k < kLen; k++) {
            float[] b0 = w[k];
            for (int i = 0; i < x.length; i++) {
                axpy1(out[i], b0, x[i][k]);
            }
        }
        for (float[] row : out) {
            for (int j = 0; j < n; j++) {
                row[j] += bias[j];
            }
        }
        return out;
    }

    /**
     * {@code c[i] += Σ_{k < kLen} a[i][aCol + k] · b[bRow + k]} for every row i of a and c: whole rows of b and c,
     * which have the same length.
     */
    static void attention(float[][] a, int aCol, float[][] b, int bRow, int kLen, float[][] c) {
        int k = 0;
        for (; k + 3 < kLen; k += 4) {
            float[] b0 = b[bRow + k];
            float[] b1 = b[bRow + k + 1];
            float[] b2 = b[bRow + k + 2];
            float[] b3 = b[bRow + k + 3];
            int ak = aCol + k;
            for (int i = 0; i < a.length; i++) {
                float[] x = a[i];
                axpy4b(c[i], b0, b1, b2, b3, x[ak], x[ak + 1], x[ak + 2], x[ak + 3]);
            }
        }
        for (; k < kLen; k++) {
            float[] b0 = b[bRow + k];
            int ak = aCol + k;
            for (int i = 0; i < a.length; i++) {
                axpy1b(c[i], b0, a[i][ak]);
            }
        }
    }

    private static void axpy4(float[] c, float[] b0, float[] b1, float[] b2, float[] b3,
                              float a0, float a1, float a2, float a3) {
        for (int j = 0; j < c.length; j++) {
            c[j] = c[j] + a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
        }
    }

    private static void axpy1(float[] c, float[] b0, float a0) {
        for (int j = 0; j < c.length; j++) {
            c[j] = c[j] + a0 * b0[j];
        }
    }

    private static void axpy4b(float[] c, float[] b0, float[] b1, float[] b2, float[] b3,
                               float a0, float a1, float a2, float a3) {
        for (int j = 0; j < c.length; j++) {
            c[j] = c[j] + a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
        }
    }

    private static void axpy1b(float[] c, float[] b0, float a0) {
        for (int j = 0; j < c.length; j++) {
            c[j] = c[j] + a0 * b0[j];
        }
    }
}
