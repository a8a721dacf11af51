package com.attentionlab.lesson;

import com.attentionlab.share.SharedLesson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthoredLessonTest {

    @Test
    void everyPartMayBeLeftOut() {
        SharedLesson l = AuthoredLesson.of(null, null, null);

        assertThat(l.sentence()).isEqualTo(LessonPresenter.DEFAULT_SENTENCE);
        assertThat(l.presetId()).isEqualTo("coreference");
        assertThat(l.seed()).isEqualTo(LessonPresenter.DEFAULT_SEED);
        assertThat(l.state()).isEqualTo(Preset.COREFERENCE.lesson(l.state().tokens(), 7, false, true));
    }

    @Test
    void presetIds_areTheOnesTeachersWrite() {
        for (String id : new String[] {"coreference", "self", "uniform", "previous-token", "random"}) {
            assertThat(AuthoredLesson.of("A cat", id, "3").presetId()).isEqualTo(id);
        }
        assertThat(Preset.fromId("previous")).contains(Preset.PREVIOUS_TOKEN); // old links keep their Reset target
    }

    @Test
    void badParts_areRefusedWithAReason() {
        assertThatThrownBy(() -> AuthoredLesson.of("A cat", "nope", null)).hasMessageContaining("no preset \"nope\"");
        assertThatThrownBy(() -> AuthoredLesson.of("A cat", "random", "-1")).hasMessageContaining("seed \"-1\"");
        assertThatThrownBy(() -> AuthoredLesson.of("A cat", "random", "x1")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> AuthoredLesson.of("word ".repeat(30), null, null)).hasMessageContaining("at most 24");
        assertThatThrownBy(() -> AuthoredLesson.of("  ", null, null)).hasMessageContaining("at least one word");
    }

    @Test
    void aModelLink_opensThatHead_countedFromOne() {
        ModelLessons models = com.attentionlab.testsupport.TestLessons.presenters().models();

        SharedLesson l = AuthoredLesson.ofModel(models, "minilm", null, "6", "12");

        assertThat(l.model()).isEqualTo(new com.attentionlab.share.ModelRef("minilm", 5, 11));
        assertThat(l.sentence()).isEqualTo(LessonPresenter.DEFAULT_SENTENCE);
        assertThat(l.state().tokens()).first().isEqualTo("[CLS]");
        assertThat(AuthoredLesson.ofModel(models, null, "Dogs bark", null, null).model().layer()).isZero();
    }

    @Test
    void aModelLink_sayWhatIsWrong() {
        ModelLessons models = com.attentionlab.testsupport.TestLessons.presenters().models();
        assertThatThrownBy(() -> AuthoredLesson.ofModel(models, "bert", null, "1", "1"))
                .hasMessageContaining("no model \"bert\"");
        assertThatThrownBy(() -> AuthoredLesson.ofModel(models, null, null, "0", "1"))
                .hasMessageContaining("layer \"0\" is not a whole number from 1 to 6");
        assertThatThrownBy(() -> AuthoredLesson.ofModel(models, null, null, "1", "13"))
                .hasMessageContaining("head \"13\" is not a whole number from 1 to 12");
        assertThatThrownBy(() -> AuthoredLesson.ofModel(models, null, null, "x", "1"))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> AuthoredLesson.ofModel(models, null, "word ".repeat(70), "1", "1"))
                .hasMessageContaining("at most 64");
        assertThat(AuthoredLesson.asksForModel(null, null, null)).isFalse();
        assertThat(AuthoredLesson.asksForModel(null, "2", null)).isTrue();
    }
}
