package com.attentionlab.engine;

import org.junit.jupiter.api.Test;

import static com.attentionlab.testsupport.Tolerance.EPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MatrixTest {

    @Test
    void multiply_namesBothShapesWhenTheyDoNotFit() {
        Matrix a = Matrix.zeros(10, 4);
        Matrix b = Matrix.zeros(6, 4);

        assertThatThrownBy(() -> a.multiply(b)).hasMessage("cannot multiply (10×4) by (6×4)");
    }

    @Test
    void multiplyAndTranspose_byHand() {
        Matrix a = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Matrix b = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 1}});

        assertThat(a.multiply(b).toArray()).isEqualTo(new double[][] {{4, 5}, {10, 11}});
        assertThat(a.transpose().toArray()).isEqualTo(new double[][] {{1, 4}, {2, 5}, {3, 6}});
    }

    @Test
    void of_copiesItsInput_andToArrayReturnsACopy() {
        double[][] raw = {{1, 2}};
        Matrix m = Matrix.of(raw);
        raw[0][0] = 99;
        m.toArray()[0][1] = 99;

        assertThat(m.get(0, 0)).isEqualTo(1);
        assertThat(m.get(0, 1)).isEqualTo(2);
    }

    @Test
    void of_rejectsEmptyAndRaggedInput() {
        assertThatThrownBy(() -> Matrix.of(new double[0][])).hasMessageContaining("empty");
        assertThatThrownBy(() -> Matrix.of(new double[][] {{}})).hasMessageContaining("row 0 is empty");
        assertThatThrownBy(() -> Matrix.of(new double[][] {{1, 2}, {3}}))
                .hasMessage("ragged rows: row 1 has 1 columns but row 0 has 2");
    }

    @Test
    void softmax_ofHugeScores_isFiniteAndSumsToOne() {
        Matrix w = Matrix.of(new double[][] {{1000, -1000, 999}, {-1000, -1000, -1000}}).softmaxRows();

        assertThat(w.firstNonFinite()).isNull();
        assertThat(w.get(0, 0) + w.get(0, 1) + w.get(0, 2)).isCloseTo(1.0, within(EPS));
        assertThat(w.get(0, 0) / w.get(0, 2)).isCloseTo(Math.E, within(EPS));
        assertThat(w.get(0, 1)).isEqualTo(0.0);
        assertThat(w.row(1)).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(EPS));
    }

    @Test
    void softmax_ofFullyMaskedRow_isZeroNotNaN() {
        double inf = Double.NEGATIVE_INFINITY;
        Matrix w = Matrix.of(new double[][] {{inf, inf}, {0, inf}}).softmaxRows();

        assertThat(w.row(0)).containsExactly(0.0, 0.0);
        assertThat(w.row(1)).containsExactly(1.0, 0.0);
    }

    @Test
    void causalMask_setsAboveDiagonalToMinusInfinity() {
        Matrix m = Matrix.zeros(3, 3).causalMasked();

        assertThat(m.get(0, 1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(m.get(1, 2)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(m.get(2, 0)).isEqualTo(0.0);
        assertThatThrownBy(() -> Matrix.zeros(2, 3).causalMasked()).hasMessageContaining("(2×3)");
    }

    @Test
    void columnsAndConcat_areInverse() {
        Matrix m = Matrix.of(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}});

        assertThat(m.columns(1, 3).toArray()).isEqualTo(new double[][] {{2, 3}, {6, 7}});
        assertThat(Matrix.concatColumns(java.util.List.of(m.columns(0, 1), m.columns(1, 4)))).isEqualTo(m);
        assertThatThrownBy(() -> m.columns(3, 5)).hasMessageContaining("(2×4)");
    }

    @Test
    void with_returnsChangedCopy() {
        Matrix m = Matrix.zeros(2, 2);
        Matrix n = m.with(1, 0, 5);

        assertThat(m.get(1, 0)).isZero();
        assertThat(n.get(1, 0)).isEqualTo(5);
        assertThat(n).isNotEqualTo(m);
    }
}
