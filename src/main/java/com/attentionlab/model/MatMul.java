package com.attentionlab.model;

/**
 * Matrix products for the encoder, in float32, written so that HotSpot's C2 compiler turns the inner loops into
 * SIMD instructions (no Vector API):
 * <ul>
 *   <li>matrices are arrays of rows ({@code float[][]}) and every inner loop walks one column range with the same
 *       index in every array ({@code c[j] = c[j] + a0 * b0[j] + …}): C2 vectorizes that, but not loops that index
 *       two arrays with different offsets (measured: 4 against 25–40 GFLOP/s);</li>
 *   <li>i-k-j order: the right operand is read row by row, stride 1;</li>
 *   <li>2 rows of the result × 4 rows of the right operand per pass, so each loaded value is used twice and each
 *       result value is loaded and stored once per 4 products;</li>
 *   <li>blocks of 64 rows × 768 columns of the right operand (≤ 192 KB) stay in the L2 cache while every row of the
 *       left operand passes over them.</li>
 * </ul>
 * Each result element still gets its products added one at a time in increasing k, as the textbook loop does.
 */
final class MatMul {

    static final int K_BLOCK = 64;
    static final int N_BLOCK = 768;

    private MatMul() {
    }

    /** {@code x · w + bias}: x is T × K, w is K × N (rows), bias N; a new T × N matrix. */
    static float[][] linear(float[][] x, float[][] w, float[] bias) {
        int n = bias.length;
        float[][] out = new float[x.length][n];
        multiplyAdd(x, 0, w, 0, w.length, out, 0, n);
        for (float[] row : out) {
            for (int j = 0; j < n; j++) {
                row[j] += bias[j];
            }
        }
        return out;
    }

    /**
     * {@code c[i][col0..col1) += Σ_{k < kLen} a[i][aCol + k] · b[bRow + k][col0..col1)} for every row i of a and c.
     */
    static void multiplyAdd(float[][] a, int aCol, float[][] b, int bRow, int kLen, float[][] c, int col0, int col1) {
        int rows = a.length;
        for (int kb = 0; kb < kLen; kb += K_BLOCK) {
            int ke = Math.min(kLen, kb + K_BLOCK);
            for (int jb = col0; jb < col1; jb += N_BLOCK) {
                int je = Math.min(col1, jb + N_BLOCK);
                int i = 0;
                for (; i + 1 < rows; i += 2) {
                    float[] x = a[i];
                    float[] y = a[i + 1];
                    float[] c0 = c[i];
                    float[] c1 = c[i + 1];
                    int k = kb;
                    for (; k + 3 < ke; k += 4) {
                        int ak = aCol + k;
                        int bk = bRow + k;
                        rows2x4(c0, c1, b[bk], b[bk + 1], b[bk + 2], b[bk + 3],
                                x[ak], x[ak + 1], x[ak + 2], x[ak + 3],
                                y[ak], y[ak + 1], y[ak + 2], y[ak + 3], jb, je);
                    }
                    for (; k < ke; k++) {
                        rows2x1(c0, c1, b[bRow + k], x[aCol + k], y[aCol + k], jb, je);
                    }
                }
                if (i < rows) {
                    float[] x = a[i];
                    float[] c0 = c[i];
                    int k = kb;
                    for (; k + 3 < ke; k += 4) {
                        int ak = aCol + k;
                        int bk = bRow + k;
                        rows1x4(c0, b[bk], b[bk + 1], b[bk + 2], b[bk + 3],
                                x[ak], x[ak + 1], x[ak + 2], x[ak + 3], jb, je);
                    }
                    for (; k < ke; k++) {
                        rows1x1(c0, b[bRow + k], x[aCol + k], jb, je);
                    }
                }
            }
        }
    }

    private static void rows2x4(float[] c0, float[] c1, float[] b0, float[] b1, float[] b2, float[] b3,
                                float x0, float x1, float x2, float x3, float y0, float y1, float y2, float y3,
                                int from, int to) {
        for (int j = from; j < to; j++) {
            float v0 = b0[j];
            float v1 = b1[j];
            float v2 = b2[j];
            float v3 = b3[j];
            c0[j] = c0[j] + x0 * v0 + x1 * v1 + x2 * v2 + x3 * v3;
            c1[j] = c1[j] + y0 * v0 + y1 * v1 + y2 * v2 + y3 * v3;
        }
    }

    private static void rows2x1(float[] c0, float[] c1, float[] b0, float x0, float y0, int from, int to) {
        for (int j = from; j < to; j++) {
            float v0 = b0[j];
            c0[j] = c0[j] + x0 * v0;
            c1[j] = c1[j] + y0 * v0;
        }
    }

    private static void rows1x4(float[] c0, float[] b0, float[] b1, float[] b2, float[] b3,
                                float x0, float x1, float x2, float x3, int from, int to) {
        for (int j = from; j < to; j++) {
            c0[j] = c0[j] + x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j];
        }
    }

    private static void rows1x1(float[] c0, float[] b0, float x0, int from, int to) {
        for (int j = from; j < to; j++) {
            c0[j] = c0[j] + x0 * b0[j];
        }
    }
}
