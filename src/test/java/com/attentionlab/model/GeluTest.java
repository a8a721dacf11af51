package com.attentionlab.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** erf and GELU against Python's math.erf (CPython's erf, accurate to a few ulp). */
class GeluTest {

    /** {z, math.erf(z)} printed by Python 3. */
    static final double[][] ERF = {
            {0.0, 0.0}, {1e-300, 1.1283791670955126e-300}, {0.001, 0.0011283787909692365},
            {0.1, 0.1124629160182849}, {0.5, 0.5204998778130465}, {0.84375, 0.7672256612323416},
            {1.0, 0.8427007929497149}, {1.5, 0.9661051464753108}, {2.0, 0.9953222650189527},
            {2.5, 0.999593047982555}, {3.0, 0.9999779095030014}, {3.5, 0.9999992569016276},
            {4.0, 0.9999999845827421}, {5.0, 0.9999999999984626}, {5.99, 1.0}, {6.0, 1.0}, {8.0, 1.0},
            {-0.3, -0.3286267594591274}, {-2.7, -0.9998656672600594}};

    /** {x, 0.5 · x · (1 + math.erf(x / √2))} printed by Python 3. */
    static final double[][] GELU = {
            {-10.0, -0.0}, {-3.0, -0.00404969409489031}, {-1.0, -0.15865525393145707},
            {-0.5, -0.15426876936299344}, {0.0, 0.0}, {0.5, 0.34573123063700656}, {1.0, 0.8413447460685429},
            {3.0, 2.99595030590511}, {10.0, 10.0}};

    @Test
    void erf_agreesWithPython() {
        for (double[] p : ERF) {
            assertThat(Gelu.erf(p[0])).as("erf(%s)", p[0]).isCloseTo(p[1], offset(1e-15));
        }
        assertThat(Gelu.erf(1e-300)).isCloseTo(1.1283791670955126e-300, offset(1e-313));
        assertThat(Gelu.erf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(Gelu.erf(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(Gelu.erf(Double.NaN)).isNaN();
    }

    @Test
    void erf_isOddAndIncreasing_toTheLastUlps() {
        Random random = new Random(7);
        double previous = -1;
        for (double z = -7; z <= 7; z += 1.0 / 1024) {
            assertThat(Gelu.erf(z)).isGreaterThanOrEqualTo(previous - 1e-15);
            previous = Gelu.erf(z);
        }
        for (int i = 0; i < 1000; i++) {
            double z = random.nextDouble() * 12 - 6;
            assertThat(Gelu.erf(-z)).isEqualTo(-Gelu.erf(z));
        }
    }

    @Test
    void gelu_agreesWithPython() {
        for (double[] p : GELU) {
            assertThat((double) Gelu.gelu((float) p[0])).as("gelu(%s)", p[0]).isCloseTo(p[1], offset(1e-7));
        }
        assertThat(Gelu.gelu(Float.NaN)).isNaN();
        assertThat(Gelu.gelu(Float.POSITIVE_INFINITY)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(Gelu.gelu(Float.NEGATIVE_INFINITY)).isEqualTo(-0.0f);
    }
}
