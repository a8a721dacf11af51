package com.attentionlab.lesson;

import com.attentionlab.share.SharedLesson;
import com.attentionlab.testsupport.TestLessons;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeTest {

    private final LessonPresenter p = TestLessons.presenter();

    @Test
    void oneCell_isNamedByItsRowAndColumn_withBothValues() {
        SharedLesson before = p.toShared();
        int cat = TestLessons.CAT;
        p.editCell(Editable.WK, Vocabulary.DIMENSIONS.indexOf("noun"), 0, "1.5");

        Change c = Change.between(before, p.toShared()).orElseThrow();

        assertThat(c.text()).isEqualTo("W_K[noun, k0]: 0.30 → 1.50");
        assertThat(c.cells()).containsOnlyKeys(Editable.WK);
        assertThat(c.cells().get(Editable.WK)).containsExactly(new Cell(1, 0));
        SharedLesson before2 = p.toShared();
        p.editCell(Editable.X, cat, 0, "2");
        assertThat(Change.between(before2, p.toShared()).orElseThrow().text()).startsWith("X[cat, living]: ");
    }

    @Test
    void sameLesson_isNoChange_andWholeLessonChangesAreNamed() {
        SharedLesson before = p.toShared();
        assertThat(Change.between(before, p.toShared())).isEmpty();

        p.setCausal(true);
        assertThat(Change.between(before, p.toShared()).orElseThrow().text()).contains("Causal mask on");
        SharedLesson causal = p.toShared();
        p.setSentence("A dog barked");
        assertThat(Change.between(causal, p.toShared()).orElseThrow().text()).isEqualTo("New sentence: A dog barked");
        SharedLesson dog = p.toShared();
        p.choosePreset(Preset.RANDOM, 3);
        assertThat(Change.between(dog, p.toShared()).orElseThrow().text()).isEqualTo("New weights: Random (seed 3)");
    }

    @Test
    void manyCells_sayHowMany() {
        SharedLesson before = p.toShared();
        p.editCell(Editable.WQ, 0, 0, "1");
        p.editCell(Editable.WQ, 0, 1, "1");
        p.editCell(Editable.WV, 0, 1, "1");

        Change c = Change.between(before, p.toShared()).orElseThrow();

        assertThat(c.text()).endsWith(" and 2 more");
        assertThat(c.cells().get(Editable.WQ)).hasSize(2);
        assertThat(c.cells().get(Editable.WV)).isEqualTo(List.of(new Cell(0, 1)));
    }
}
