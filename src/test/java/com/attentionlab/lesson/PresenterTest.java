package com.attentionlab.lesson;

import com.attentionlab.testsupport.TestLessons;
import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.LessonState;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PresenterTest {

    private final LessonPresenter presenter = TestLessons.presenter();

    @Test
    void editingAWqCell_recomputesTheTrace_andNotifiesListeners() {
        AtomicInteger calls = new AtomicInteger();
        presenter.addListener(calls::incrementAndGet);
        double before = presenter.trace().head().weights().get(7, 1);

        presenter.editCell(Editable.WQ, Vocabulary.PRONOUN, 0, "-2");

        assertThat(presenter.state().wq().get(Vocabulary.PRONOUN, 0)).isEqualTo(-2.0);
        assertThat(presenter.trace().head().weights().get(7, 1)).isNotEqualTo(before);
        assertThat(calls).hasValue(1);
    }

    @Test
    void invalidCell_keepsTheLastValidValue_andSaysWhy() {
        LessonState before = presenter.state();

        presenter.editCell(Editable.WK, 0, 0, "abc");
        assertThat(presenter.refusedEdits().of(Editable.WK).get(new Cell(0, 0)))
                .contains("\"abc\" is not a number").contains("kept 1.5");
        presenter.editCell(Editable.WK, 0, 0, "1e9");
        assertThat(presenter.refusedEdits().of(Editable.WK).get(new Cell(0, 0))).contains("outside ±1000");
        for (String notANumber : new String[] {"NaN", "Infinity", "1e999", "1,2,3", "--1", ""}) {
            presenter.editCell(Editable.WK, 0, 0, notANumber);
            assertThat(presenter.refusedEdits().of(Editable.WK)).as(notANumber).containsKey(new Cell(0, 0));
        }
        assertThat(presenter.state()).isEqualTo(before);

        presenter.editCell(Editable.WK, 0, 0, "2");
        assertThat(presenter.refusedEdits().of(Editable.WK)).isEmpty();
    }

    @Test
    void decimalComma_andUnicodeMinus_areAccepted() {
        presenter.editCell(Editable.X, 0, 0, "0,25");
        presenter.editCell(Editable.X, 0, 1, "−1.5");

        assertThat(presenter.state().x().get(0, 0)).isEqualTo(0.25);
        assertThat(presenter.state().x().get(0, 1)).isEqualTo(-1.5);
    }

    @Test
    void newSentence_newTokensAndX_weightsKept() {
        presenter.editCell(Editable.WQ, 0, 0, "1.25");

        assertThat(presenter.setSentence("The dog chased the ball, and it ran!")).isEmpty();

        assertThat(presenter.state().tokens())
                .containsExactly("The", "dog", "chased", "the", "ball", ",", "and", "it", "ran", "!");
        assertThat(presenter.state().x().rows()).isEqualTo(10);
        assertThat(presenter.state().wq().get(0, 0)).isEqualTo(1.25);
    }

    @Test
    void unknownWords_getTheSameEmbeddingEveryTime() {
        presenter.setSentence("Zorblax glimmered quietly");
        var x1 = presenter.state().x();
        presenter.setSentence("The cat sat");
        presenter.setSentence("Zorblax glimmered quietly");

        assertThat(presenter.state().x()).isEqualTo(x1);
        assertThat(TestLessons.presenter().setSentence("Zorblax glimmered quietly")).isEmpty();
    }

    @Test
    void tooLongOrEmptySentence_isRefused_andTheLessonStays() {
        LessonState before = presenter.state();

        assertThat(presenter.setSentence("word ".repeat(25))).hasValueSatisfying(m ->
                assertThat(m).contains("25 tokens").contains("at most 24"));
        assertThat(presenter.setSentence("   ")).hasValueSatisfying(m -> assertThat(m).contains("at least one word"));
        assertThat(presenter.state()).isEqualTo(before);
    }

    @Test
    void switches_changeTheTrace() {
        presenter.setScale(false);
        assertThat(presenter.trace().head().scaled()).isEqualTo(presenter.trace().head().scores());

        presenter.setCausal(true);
        assertThat(presenter.trace().head().weights().get(0, 5)).isZero();
    }

    @Test
    void multiHead_addsAPreviousTokenHead() {
        var t = presenter.multiHeadTrace();

        assertThat(t.heads()).hasSize(2);
        assertThat(t.heads().get(0).weights()).isEqualTo(presenter.trace().head().weights());
        assertThat(t.output().cols()).isEqualTo(8);
    }
}
