package com.attentionlab.model;

/**
 * BERT's GELU in its exact form, {@code x · ½ · (1 + erf(x / √2))}, with an erf of double precision (the JDK has
 * none): a table of erf and of its Taylor coefficients at every 1/64 on [0, 6], and a 6-term Taylor polynomial
 * around the nearest point (|d| ≤ 1/128, truncation error below 1e-16; measured against Python's math.erf: within
 * 7e-16). The derivatives of erf are Hermite polynomials
 * times a Gaussian, {@code erf⁽ⁿ⁾(z) = (2/√π) (−1)ⁿ⁻¹ Hₙ₋₁(z) e^(−z²)}; the table itself is built at class
 * initialisation by stepping from erf(0) = 0 with 30-term Taylor series. Beyond 6, erf is 1 to double precision.
 */
final class Gelu {

    private static final int PER_UNIT = 64;
    private static final double LIMIT = 6.0;
    private static final int TERMS = 6;
    private static final int BUILD_TERMS = 30;
    private static final int POINTS = (int) (LIMIT * PER_UNIT) + 1;
    private static final double[] VALUES = new double[POINTS];
    private static final double[] COEFFICIENTS = new double[POINTS * TERMS];
    private static final double INV_SQRT2 = 1 / Math.sqrt(2);

    static {
        double step = 1.0 / PER_UNIT;
        double[] c = new double[BUILD_TERMS + 1];
        for (int p = 0; p < POINTS; p++) {
            taylor(p * step, c);
            System.arraycopy(c, 1, COEFFICIENTS, p * TERMS, TERMS);
            if (p + 1 < POINTS) {
                double s = 0;
                for (int n = BUILD_TERMS; n >= 1; n--) {
                    s = (s + c[n]) * step;
                }
                VALUES[p + 1] = VALUES[p] + s;
            }
        }
    }

    private Gelu() {
    }

    /** {@code c[n]} = the n-th Taylor coefficient of erf at z, n = 1 … c.length − 1 (c[0] is not set). */
    private static void taylor(double z, double[] c) {
        double g = 2 / Math.sqrt(Math.PI) * Math.exp(-z * z);
        double hPrev = 1;       // H_0
        double h = 2 * z;       // H_1
        double factorial = 1;
        c[1] = g;               // H_0 / 1!
        for (int n = 2; n < c.length; n++) {
            factorial *= n;
            // c[n] uses H_{n-1}: at this point h = H_{n-1}
            c[n] = ((n - 1) % 2 == 0 ? g : -g) * h / factorial;
            double next = 2 * z * h - 2 * (n - 1) * hPrev; // H_n
            hPrev = h;
            h = next;
        }
    }

    static double erf(double z) {
        double a = Math.abs(z);
        if (!(a < LIMIT)) {
            return Double.isNaN(z) ? z : Math.copySign(1.0, z);
        }
        return Math.copySign(erfNonNegative(a), z);
    }

    /** erf(a) for 0 ≤ a < 6. */
    private static double erfNonNegative(double a) {
        int p = (int) (a * PER_UNIT + 0.5);
        double d = a - p * (1.0 / PER_UNIT);
        int o = p * TERMS;
        double[] c = COEFFICIENTS;
        double d2 = d * d; // Estrin's scheme: a shorter chain of dependent operations than Horner's
        double s = ((c[o] + c[o + 1] * d) + d2 * ((c[o + 2] + c[o + 3] * d) + d2 * (c[o + 4] + c[o + 5] * d))) * d;
        return VALUES[p] + s;
    }

    static float gelu(float x) {
        double z = x * INV_SQRT2;
        double a = Math.abs(z);
        if (!(a < LIMIT)) {
            return z > 0 ? x : Float.isNaN(x) ? x : -0.0f; // erf = ±1 to double precision
        }
        // copySign rather than a branch: the signs of the values in a row are as good as random
        return (float) (0.5 * x * (1 + Math.copySign(erfNonNegative(a), z)));
    }

    /** GELU of every value in {@code rows}, in place. */
    static void applyInPlace(float[][] rows) {
        for (float[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                row[j] = gelu(row[j]);
            }
        }
    }
}
