package com.attentionlab.lesson;

import com.attentionlab.testsupport.TestLessons;
import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.Matrix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.attentionlab.testsupport.Tolerance.EPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The lesson's own example must hold under the default weights, and the presets must do what they say. */
class DefaultLessonTest {

    private final LessonPresenter presenter = TestLessons.presenter();

    /** The token (other than i itself) with the largest weight in row i. */
    static String strongestOther(List<String> tokens, Matrix weights, int i) {
        return tokens.get(Readings.strongestOther(weights, i).orElseThrow());
    }

    @Test
    void defaultLesson_isTheLessonsSentence_tenTokens() {
        assertThat(presenter.state().tokens())
                .containsExactly("The", "cat", "sat", "on", "the", "mat", "because", "it", "was", "tired");
        assertThat(presenter.state().dModel()).isBetween(4, 8);
        assertThat(presenter.preset()).isEqualTo(Preset.COREFERENCE);
    }

    @Test
    void coreference_itAndTired_giveTheirLargestOtherWeightToCat() {
        List<String> tokens = presenter.state().tokens();
        Matrix w = presenter.trace().head().weights();

        assertThat(strongestOther(tokens, w, tokens.indexOf("it"))).isEqualTo("cat");
        assertThat(strongestOther(tokens, w, tokens.indexOf("tired"))).isEqualTo("cat");
        assertThat(w.get(tokens.indexOf("it"), tokens.indexOf("cat"))).isGreaterThan(0.5);
    }

    @Test
    void coreference_stopsWhenTheQueryWeightIsZeroed() {
        // the lesson's counterfactual: take away "pronoun looks for living" and "it" no longer finds "cat"
        presenter.editCell(Editable.WQ, Vocabulary.PRONOUN, 0, "0");
        List<String> tokens = presenter.state().tokens();
        Matrix w = presenter.trace().head().weights();

        assertThat(w.get(tokens.indexOf("it"), tokens.indexOf("cat"))).isLessThan(0.3);
        assertThat(strongestOther(tokens, w, tokens.indexOf("tired"))).isEqualTo("cat");
    }

    @Test
    void x_isLayerNormalized_rowsHaveMeanZeroVarianceOne() {
        Matrix x = presenter.state().x();
        Matrix raw = Vocabulary.rawEmbedding(presenter.state().tokens());
        for (int i = 0; i < x.rows(); i++) {
            assertThat(mean(x.row(i))).isCloseTo(0, within(EPS));
            double rawVariance = variance(raw.row(i));
            // (x − μ)/√(σ² + ε) has variance σ²/(σ² + ε): 1 up to layer norm's ε
            assertThat(variance(x.row(i))).isCloseTo(rawVariance / (rawVariance + LayerNorm.EPSILON), within(EPS));
        }
    }

    private static double mean(double[] row) {
        return java.util.Arrays.stream(row).average().orElseThrow();
    }

    private static double variance(double[] row) {
        double m = mean(row);
        return java.util.Arrays.stream(row).map(v -> (v - m) * (v - m)).average().orElseThrow();
    }

    @Test
    void selfPreset_everyTokenAttendsMostToItself() {
        presenter.choosePreset(Preset.SELF, 0);
        Matrix w = presenter.trace().head().weights();
        for (int i = 0; i < w.rows(); i++) {
            int argmax = 0;
            for (int j = 1; j < w.cols(); j++) {
                argmax = w.get(i, j) > w.get(i, argmax) ? j : argmax;
            }
            assertThat(argmax).as("row %d", i).isEqualTo(i);
        }
    }

    @Test
    void uniformPreset_givesEveryTokenOneOverN() {
        presenter.choosePreset(Preset.UNIFORM, 0);
        Matrix w = presenter.trace().head().weights();
        for (int i = 0; i < w.rows(); i++) {
            for (double v : w.row(i)) {
                assertThat(v).isCloseTo(0.1, within(EPS));
            }
        }
    }

    @Test
    void previousTokenPreset_mostTokensAttendMostToTheTokenBefore() {
        presenter.choosePreset(Preset.PREVIOUS_TOKEN, 0);
        Matrix w = presenter.trace().head().weights();
        int hits = 0;
        for (int i = 1; i < w.rows(); i++) {
            int argmax = 0;
            for (int j = 1; j < w.cols(); j++) {
                argmax = w.get(i, j) > w.get(i, argmax) ? j : argmax;
            }
            hits += argmax == i - 1 ? 1 : 0;
        }
        assertThat(hits).as("tokens 1..9 whose strongest weight is on the previous token").isGreaterThanOrEqualTo(7);
    }

    @Test
    void randomPreset_isDeterministicPerSeed() {
        presenter.choosePreset(Preset.RANDOM, 42);
        Matrix a = presenter.state().wq();
        presenter.choosePreset(Preset.RANDOM, 43);
        Matrix b = presenter.state().wq();
        presenter.choosePreset(Preset.RANDOM, 42);

        assertThat(presenter.state().wq()).isEqualTo(a).isNotEqualTo(b);
        assertThat(Preset.RANDOM.label(42)).isEqualTo("Random (seed 42)");
    }

    @Test
    void reset_returnsToTheChosenPreset() {
        Matrix before = presenter.state().wq();
        presenter.editCell(Editable.WQ, 0, 0, "3.5");
        assertThat(presenter.state().wq()).isNotEqualTo(before);

        presenter.reset();

        assertThat(presenter.state().wq()).isEqualTo(before);
    }
}
