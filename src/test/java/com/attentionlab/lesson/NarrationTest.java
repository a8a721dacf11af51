package com.attentionlab.lesson;

import com.attentionlab.testsupport.TestLessons;
import org.junit.jupiter.api.Test;

import static com.attentionlab.testsupport.TestLessons.IT;
import static org.assertj.core.api.Assertions.assertThat;

/** The generated sentences say what the numbers say, for the default lesson and for others. */
class NarrationTest {

    private final LessonPresenter p = TestLessons.presenter();

    @Test
    void defaultLesson_saysItAttendsToCat_withTheNumberShown() {
        String w = Narration.f(p.trace().head().weights().get(IT, TestLessons.CAT));

        assertThat(Narration.softmax(p.state(), p.trace(), IT)).contains("\u201cit\u201d attends most to \u201ccat\u201d (" + w + ")");
        assertThat(Narration.intuition(p.state(), p.trace())).contains("looking hardest at \u201ccat\u201d");
        assertThat(Narration.flow(p.state(), p.trace())).contains("goes to \u201ccat\u201d");
        assertThat(Narration.weightedSum(p.state(), p.trace(), IT)).contains("the value of \u201ccat\u201d");
    }

    @Test
    void focus_isItWhenThereIsOne_elseTheLastToken() {
        assertThat(Narration.focus(java.util.List.of("The", "dog", "barked"))).isEqualTo(2);
        assertThat(Narration.focus(java.util.List.of("It", "rained"))).isEqualTo(0);
    }

    @Test
    void aSingleToken_orTheFirstTokenUnderTheCausalMask_canOnlyAttendToItself() {
        p.setSentence("Hello");
        assertThat(Narration.softmax(p.state(), p.trace(), 0)).contains("can only attend to itself");
        assertThat(Narration.intuition(p.state(), p.trace())).contains("can only attend to itself");

        p.setSentence("The dog barked");
        p.setCausal(true);
        assertThat(Narration.weightedSum(p.state(), p.trace(), 0)).contains("100% the value of \u201cThe\u201d (its own)");
    }
}
