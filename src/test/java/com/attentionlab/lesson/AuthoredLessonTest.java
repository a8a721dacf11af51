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
}
