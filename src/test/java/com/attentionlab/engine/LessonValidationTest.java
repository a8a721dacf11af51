package com.attentionlab.engine;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every refusal names the field, and both shapes where shapes disagree. */
class LessonValidationTest {

    private static final Matrix X = Matrix.zeros(2, 3);
    private static final Matrix W = Matrix.zeros(3, 4);
    private static final List<String> TOKENS = List.of("a", "b");

    @Test
    void emptyTokens() {
        assertThatThrownBy(() -> LessonState.of(List.of(), X, W, W, W))
                .isInstanceOf(InvalidLessonException.class).hasMessage("tokens: at least one token is required");
    }

    @Test
    void tokenCountDiffersFromRowsOfX() {
        assertThatThrownBy(() -> LessonState.of(List.of("a", "b", "c"), X, W, W, W))
                .hasMessage("tokens: 3 tokens but x has 2 rows (2×3); x needs one row per token");
    }

    @Test
    void weightRowsDifferFromDModel() {
        assertThatThrownBy(() -> LessonState.of(TOKENS, X, Matrix.zeros(5, 4), W, W))
                .hasMessage("wq: has 5 rows but x has 3 columns (d_model); wq is (5×4), x is (2×3)");
        assertThatThrownBy(() -> LessonState.of(TOKENS, X, W, W, Matrix.zeros(2, 4)))
                .hasMessageStartingWith("wv: has 2 rows");
    }

    @Test
    void keyShapeDiffersFromQuery() {
        assertThatThrownBy(() -> LessonState.of(TOKENS, X, W, Matrix.zeros(3, 2), W))
                .hasMessage("wk: must have the same shape as wq (3×4), got (3×2)");
    }

    @Test
    void headsBelowOneOrNotDividing() {
        assertThatThrownBy(() -> new LessonState(TOKENS, X, W, W, W, 0, false, true))
                .hasMessage("heads: must be at least 1, got 0");
        assertThatThrownBy(() -> new LessonState(TOKENS, X, W, W, W, 3, false, true))
                .hasMessage("heads: 3 heads do not divide the 4 columns of wq (3×4)");
        assertThatThrownBy(() -> new LessonState(TOKENS, X, W, W, Matrix.zeros(3, 6), 4, false, true))
                .hasMessage("heads: 4 heads do not divide the 6 columns of wv (3×6)");
    }

    @Test
    void nanOrInfinity() {
        assertThatThrownBy(() -> LessonState.of(TOKENS, X.with(1, 2, Double.NaN), W, W, W))
                .hasMessage("x[1][2]: is not a finite number");
        assertThatThrownBy(() -> LessonState.of(TOKENS, X, W, W.with(0, 3, Double.POSITIVE_INFINITY), W))
                .hasMessage("wk[0][3]: is not a finite number");
    }

    @Test
    void missingParts() {
        assertThatThrownBy(() -> LessonState.of(TOKENS, null, W, W, W)).hasMessage("x: is missing");
        assertThatThrownBy(() -> LessonState.of(Collections.singletonList(null), Matrix.zeros(1, 3), W, W, W))
                .hasMessage("tokens[0]: is missing");
    }

    @Test
    void sizesAboveTheLimits() {
        AttentionEngine engine = new AttentionEngine(new Limits(2, 4, 1, 10, 5));

        assertThatThrownBy(() -> engine.trace(LessonState.of(List.of("a", "b", "c"), Matrix.zeros(3, 3), W, W, W)))
                .hasMessage("tokens: 3 tokens exceed the limit of 2");
        assertThatThrownBy(() -> engine.trace(LessonState.of(TOKENS, X, Matrix.zeros(3, 6), Matrix.zeros(3, 6), W)))
                .hasMessage("wq: 6 columns (3×6) exceed the limit of 4");
        assertThatThrownBy(() -> engine.trace(new LessonState(TOKENS, X, W, W, W, 2, false, true)))
                .hasMessage("heads: 2 heads exceed the limit of 1");
        assertThatThrownBy(() -> engine.trace(LessonState.of(TOKENS, X.with(0, 1, -11), W, W, W)))
                .hasMessage("x[0][1]: -11.0 is outside ±10");
        assertThatThrownBy(() -> engine.trace(LessonState.of(List.of("a", "longer"), X, W, W, W)))
                .hasMessage("tokens[1]: 6 characters exceed the limit of 5");
    }

    @Test
    void defaultLimits_are64Tokens64Dimensions8Heads() {
        Limits l = Limits.DEFAULT;
        assertThatThrownBy(() -> l.check(LessonState.of(java.util.Collections.nCopies(65, "t"), Matrix.zeros(65, 3),
                W, W, W))).hasMessage("tokens: 65 tokens exceed the limit of 64");
        assertThatThrownBy(() -> l.check(LessonState.of(TOKENS, Matrix.zeros(2, 65), Matrix.zeros(65, 4),
                Matrix.zeros(65, 4), Matrix.zeros(65, 4)))).hasMessage("x: 65 columns (2×65) exceed the limit of 64");
        assertThatThrownBy(() -> l.check(new LessonState(TOKENS, X, Matrix.zeros(3, 9), Matrix.zeros(3, 9),
                Matrix.zeros(3, 9), 9, false, true))).hasMessage("heads: 9 heads exceed the limit of 8");
    }

    @Test
    void aBiasOfTheWrongLength_orNotFinite_isRefusedByName() {
        LessonState s = AttentionEngineTest.handCase(false);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.withBiases(Matrix.zeros(1, 3), null, null))
                .isInstanceOf(InvalidLessonException.class)
                .hasMessageContaining("bq: needs one number per column of wq (4), got 3");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.withBiases(null, null,
                        Matrix.of(new double[][] {{Double.NaN, 0}})))
                .isInstanceOf(InvalidLessonException.class).hasMessageContaining("bv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AttentionEngine().trace(
                        s.withBiases(null, Matrix.of(new double[][] {{0, 0, 2000, 0}}), null)))
                .isInstanceOf(InvalidLessonException.class).hasMessageContaining("bk[0][2]: 2000.0 is outside ±1000");
    }

    @Test
    void aWeightMatrixOfAnotherWidth_keepsTheBiasWhereItFits() {
        LessonState s = AttentionEngineTest.handCase(false).withBiases(null, null, Matrix.of(new double[][] {{1, 2}}));

        org.assertj.core.api.Assertions.assertThat(s.withWv(Matrix.zeros(2, 1)).bv())
                .isEqualTo(Matrix.of(new double[][] {{1}}));
        org.assertj.core.api.Assertions.assertThat(s.withWv(Matrix.zeros(2, 3)).bv())
                .isEqualTo(Matrix.of(new double[][] {{1, 2, 0}}));
    }
}
