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
    void x_meaningIsLayerNormalized_andThePositionKeptAsItIs() {
        Matrix x = presenter.state().x();
        Matrix raw = Vocabulary.rawEmbedding(presenter.state().tokens());
        for (int i = 0; i < x.rows(); i++) {
            double[] meaning = java.util.Arrays.copyOf(x.row(i), Vocabulary.MEANING);
            double rawVariance = variance(java.util.Arrays.copyOf(raw.row(i), Vocabulary.MEANING));
            assertThat(mean(meaning)).isCloseTo(0, within(EPS));
            // (x − μ)/√(σ² + ε) has variance σ²/(σ² + ε): 1 up to layer norm's ε
            assertThat(variance(meaning)).isCloseTo(rawVariance / (rawVariance + LayerNorm.EPSILON), within(EPS));
            assertThat(x.get(i, Vocabulary.POS_COS)).isEqualTo(StrictMath.cos(Vocabulary.POSITION_ANGLE * i));
            assertThat(x.get(i, Vocabulary.POS_SIN)).isEqualTo(StrictMath.sin(Vocabulary.POSITION_ANGLE * i));
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
    void selfPreset_everyTokenOfAnySentenceAttendsMostToItself() {
        for (List<String> sentence : sentences(200)) {
            Matrix w = weights(Preset.SELF, sentence);
            for (int i = 0; i < w.rows(); i++) {
                assertThat(argmax(w.row(i))).as("%s, row %d", sentence, i).isEqualTo(i);
            }
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
    void previousTokenPreset_everyTokenButTheFirstAttendsMostToTheTokenBefore_inAnySentence() {
        List<List<String>> sentences = sentences(200);
        sentences.add(java.util.Collections.nCopies(24, "the")); // position is all that tells these apart
        for (List<String> sentence : sentences) {
            Matrix w = weights(Preset.PREVIOUS_TOKEN, sentence);
            for (int i = 1; i < w.rows(); i++) {
                assertThat(argmax(w.row(i))).as("%s, row %d", sentence, i).isEqualTo(i - 1);
                assertThat(w.get(i, i - 1)).as("a clear weight").isGreaterThan(0.5);
            }
        }
    }

    @Test
    void multiHeadPreview_secondHeadIsAPreviousTokenHead_onA24TokenSentence() {
        presenter.setSentence("The dog and the cat sat on the mat because it was tired and then the dog ran to the "
                + "park with a ball");
        assertThat(presenter.state().tokens()).hasSize(24);
        Matrix head1 = presenter.multiHeadTrace().heads().get(1).weights();
        for (int i = 1; i < head1.rows(); i++) {
            assertThat(argmax(head1.row(i))).as("row %d", i).isEqualTo(i - 1);
        }
    }

    @Test
    void positions_areAllDistinct_andNeighboursAlike() {
        Matrix x = Vocabulary.embed(java.util.Collections.nCopies(24, "the"));
        for (int i = 0; i < 24; i++) {
            for (int j = i + 1; j < 24; j++) {
                double cos = x.get(i, Vocabulary.POS_COS) * x.get(j, Vocabulary.POS_COS)
                        + x.get(i, Vocabulary.POS_SIN) * x.get(j, Vocabulary.POS_SIN);
                if (j == i + 1) {
                    assertThat(cos).as("neighbours %d, %d", i, j).isGreaterThan(0.95);
                } else {
                    assertThat(cos).as("positions %d, %d", i, j).isLessThan(0.999);
                }
            }
        }
    }

    @Test
    void theClassicSentence_itAttendsToTheAnimal_notTheStreet() {
        presenter.setSentence("The animal didn't cross the street because it was too tired");
        List<String> tokens = presenter.state().tokens();

        assertThat(tokens.stream().filter(t -> !Vocabulary.knows(t))).isEmpty();
        assertThat(strongestOther(tokens, presenter.trace().head().weights(), tokens.indexOf("it")))
                .isEqualTo("animal");
    }

    /** Seeded sentences of 1 to 24 tokens: known words, and made-up ones the vocabulary does not know. */
    private static List<List<String>> sentences(int count) {
        java.util.Random r = new java.util.Random(2026);
        List<String> words = List.of("the", "cat", "sat", "on", "mat", "because", "it", "was", "tired", "dog", "a",
                "zorblax", "glimmered", "quietly", "didn't", "street", "animal", "too", ",", ".", "42", "she", "big");
        List<List<String>> out = new java.util.ArrayList<>();
        for (int k = 0; k < count; k++) {
            int n = k == 0 ? 24 : 1 + r.nextInt(24);
            List<String> s = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                s.add(words.get(r.nextInt(words.size())));
            }
            out.add(s);
        }
        return out;
    }

    private static Matrix weights(Preset preset, List<String> tokens) {
        return new com.attentionlab.engine.AttentionEngine().trace(preset.lesson(tokens, 0, false, true))
                .head().weights();
    }

    private static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            best = row[j] > row[best] ? j : best;
        }
        return best;
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
