package com.attentionlab.it;

import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.it.pages.LessonTexts;
import com.attentionlab.lesson.Step;
import org.junit.jupiter.api.Test;

import static com.attentionlab.testsupport.TestLessons.MAT;
import static org.assertj.core.api.Assertions.assertThat;

/** In a real browser: the words follow the numbers, and the lesson holds for the learner's own sentence. */
class NarrationIT extends AbstractIT {

    private static final int LIVING = com.attentionlab.lesson.Vocabulary.DIMENSIONS.indexOf("living");

    @Test
    void afterMakingItAttendToMat_everyStepsNarrationFollows() {
        LessonPage page = lessonIn(browser()).open(Step.EMBEDDING.slug());
        LessonTexts texts = new LessonTexts(browser(), base());

        page.editCell("x", MAT, LIVING, "3"); // "mat" becomes very much alive

        texts.waitForWhatChanged("X[mat, living]");
        for (Step s : Step.values()) {
            page.clickStepLink(s.slug());
            String expected = switch (s) {
                case INTUITION -> "looking hardest at \u201cmat\u201d";
                case EMBEDDING -> "\u201cit\u201d is row 8 of X";
                case PROJECTION -> "column k0 is largest for \u201cmat\u201d";
                case SCORES -> "largest scaled score is with \u201cmat\u201d";
                case SOFTMAX -> "attends most to \u201cmat\u201d";
                case WEIGHTED_SUM -> "the value of \u201cmat\u201d";
                case FLOW -> "goes to \u201cmat\u201d";
                case MULTI_HEAD -> "Head 0 sends \u201cit\u201d mostly to \u201cmat\u201d";
            };
            assertThat(texts.waitForNarration(expected)).as(s.slug()).contains(expected);
        }
    }

    @Test
    void theClassicSentence_itAttendsToTheAnimal_andAMadeUpWordIsMarked() {
        LessonPage page = lessonIn(browser()).open(Step.SOFTMAX.slug());
        LessonTexts texts = new LessonTexts(browser(), base());

        page.typeSentence("The animal didn't cross the street because it was too tired");

        assertThat(texts.waitForNarration("\u201cit\u201d attends most to \u201canimal\u201d")).contains("animal");
        page.typeSentence("The zorblax didn't cross the street because it was too tired");
        page.waitUntil(d -> texts.unknownRowsOfX().contains("zorblax") ? true : null);
        assertThat(texts.unknownRowsOfX()).containsExactly("zorblax");
        page.clickStepLink(Step.INTUITION.slug());
        assertThat(texts.unknownChips()).containsExactly("zorblax");
    }
}
