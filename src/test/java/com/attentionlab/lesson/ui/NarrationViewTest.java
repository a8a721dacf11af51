package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.Step;
import com.attentionlab.testsupport.AbstractUiTest;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import static com.attentionlab.testsupport.TestLessons.MAT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Every step's narration follows the numbers: make "it" attend to "mat" and the words say "mat". */
class NarrationViewTest extends AbstractUiTest {

    private static String narration() {
        return _get(Paragraph.class, spec -> spec.withId("narration")).getText();
    }

    @Test
    void afterMakingItAttendToMat_everyStepSaysSo() {
        navigate(LessonView.pathOf(Step.INTUITION));
        assertThat(narration()).contains("\u201ccat\u201d");
        int living = com.attentionlab.lesson.Vocabulary.DIMENSIONS.indexOf("living");

        _get(LessonView.class).presenter().editCell(Editable.X, MAT, living, "3"); // "mat" becomes very living

        assertThat(narration()).as("intuition").contains("looking hardest at \u201cmat\u201d");
        for (Step s : Step.values()) {
            navigate(LessonView.pathOf(s));
            String text = narration();
            switch (s) {
                case INTUITION -> assertThat(text).contains("looking hardest at \u201cmat\u201d");
                case EMBEDDING -> assertThat(text).contains("\u201cit\u201d is row 8 of X");
                case PROJECTION -> assertThat(text).contains("column k0 is largest for \u201cmat\u201d");
                case SCORES -> assertThat(text).contains("largest scaled score is with \u201cmat\u201d");
                case SOFTMAX -> assertThat(text).contains("attends most to \u201cmat\u201d");
                case WEIGHTED_SUM -> assertThat(text).contains("the value of \u201cmat\u201d");
                case FLOW -> assertThat(text).contains("goes to \u201cmat\u201d");
                case MULTI_HEAD -> assertThat(text).contains("Head 0 sends \u201cit\u201d mostly to \u201cmat\u201d");
            }
        }
    }
}
