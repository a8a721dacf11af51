package com.attentionlab.it;

import com.attentionlab.it.pages.ChangeLine;
import com.attentionlab.it.pages.Keyboard;
import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.it.pages.WordMarks;
import com.attentionlab.lesson.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.Arrays;

import static com.attentionlab.testsupport.TestLessons.CAT;
import static com.attentionlab.testsupport.TestLessons.DEFAULT_TOKENS;
import static com.attentionlab.testsupport.TestLessons.IT;
import static com.attentionlab.testsupport.TestLessons.PRONOUN_DIMENSION;
import static com.attentionlab.testsupport.TestLessons.TIRED;
import static com.attentionlab.testsupport.TestLessons.strongestOther;
import static org.assertj.core.api.Assertions.assertThat;

/** The lesson in a real browser: walking the steps, editing, sentences, provenance highlights. */
class LessonIT extends AbstractIT {

    LessonPage page;

    @BeforeEach
    void setUp() {
        page = lessonIn(browser());
    }

    @Test
    void everyStep_canBeWalkedWithTheArrowKeys_andIsScreenshotted() {
        page.open(Step.INTUITION.slug());
        for (Step s : Step.values()) {
            assertThat(page.currentStepId()).isEqualTo(s.slug());
            assertThat(page.heading()).startsWith(s.number() + ".");
            assertThat(page.url()).contains("/lesson/" + s.slug() + "?s=");
            page.waitForChartsDrawn();
            Browser.screenshot(browser(), String.format("%02d-%s", s.number(), s.slug()));
            if (s.next().isPresent()) {
                page.next();
            }
        }
        page.previous();
        assertThat(page.currentStepId()).isEqualTo(Step.FLOW.slug());
    }

    @Test
    void stepLink_keepsTheEditedLesson() {
        page.open(Step.PROJECTION.slug());
        page.editCell("wq", 0, 0, "0.5");
        page.waitUntil(d -> page.numbers("wq")[0][0] == 0.5 ? true : null);

        page.clickStepLink(Step.SOFTMAX.slug());

        assertThat(page.numbers("wq")[0][0]).isEqualTo(0.5);
        assertThat(page.url()).contains("/lesson/softmax?s=");
    }

    @Test
    void defaultLesson_itAndTiredAttendMostToCat() {
        page.open(Step.SOFTMAX.slug());
        double[][] w = page.numbers("weights");

        assertThat(page.rowTokens("weights")).isEqualTo(DEFAULT_TOKENS);
        assertThat(strongestOther(w, IT)).isEqualTo(CAT);
        assertThat(strongestOther(w, TIRED)).isEqualTo(CAT);
    }

    @Test
    void editingAWqCell_changesTheWeightsHeatmapNumbers() {
        page.open(Step.SOFTMAX.slug());
        double[][] before = page.numbers("weights");

        page.editCell("wq", PRONOUN_DIMENSION, 0, "0"); // pronoun → "living?" query weight

        double[][] after = page.waitUntil(d -> {
            double[][] now = page.numbers("weights");
            return Arrays.deepEquals(now, before) ? null : now;
        });
        assertThat(after[IT][CAT]).isLessThan(before[IT][CAT]); // "it" no longer finds "cat"
        assertThat(page.numbers("wq")[PRONOUN_DIMENSION][0]).isEqualTo(0.0);
    }

    @Test
    void aNumberIsAppliedOnlyWhenComplete_neverAPrefixWhileTyping() {
        page.open(Step.SOFTMAX.slug());
        double[][] before = page.numbers("weights");
        Keyboard keys = new Keyboard(browser(), base());
        ChangeLine line = new ChangeLine(browser(), base());

        keys.typeIntoCell("wq", PRONOUN_DIMENSION, 0, "1e5"); // "1", "1e", "1e5" as typed; nothing sent yet
        keys.pressOnFocused(Keys.ENTER); // 1e5 is outside ±1000: refused

        page.waitUntil(d -> page.cellMarkedInvalid("wq", PRONOUN_DIMENSION, 0) ? true : null);
        assertThat(page.numbers("weights")).isDeepEqualTo(before); // the "1" of "1e5" was never applied
        assertThat(line.changesShown()).isZero();

        keys.typeIntoCell("wq", PRONOUN_DIMENSION, 0, "2e2");
        keys.pressOnFocused(Keys.ENTER);

        assertThat(line.waitForText()).isEqualTo("W_Q[pronoun, q0]: 2.50 → 200.00");
        assertThat(line.changesShown()).isEqualTo(1); // one change: 200, not 2 first
        assertThat(page.cellMarkedInvalid("wq", PRONOUN_DIMENSION, 0)).isFalse();
    }

    @Test
    void unknownWords_areMarkedInTables_heatmapNumbers_andTheFlow() {
        page.open(Step.SCORES.slug()).typeSentence("The zorblax slept because it was tired");
        page.waitUntil(d -> page.rowTokens("x").contains("zorblax") ? true : null);
        WordMarks marks = new WordMarks(browser(), base());

        assertThat(marks.markedRows("x")).containsExactly("zorblax");
        assertThat(marks.noteOfFirstMarkedRow("x")).allSatisfy(n -> assertThat(n).contains("vocabulary"));
        page.showNumbers("scaled");
        page.waitUntil(d -> marks.markedRows("scaled").contains("zorblax") ? true : null);
        assertThat(marks.markedColumns("scaled")).isEqualTo(1);

        page.clickStepLink(Step.FLOW.slug());
        assertThat(marks.markedFlowQueries()).singleElement()
                .satisfies(b -> assertThat(b.get(0)).isEqualTo("zorblax"))
                .satisfies(b -> assertThat(b.get(1)).contains("vocabulary"));
    }

    @Test
    void refusedEdit_isMarkedOnTheCell_andClearedByAValidOne() {
        page.open(Step.PROJECTION.slug());

        page.editCell("wk", 0, 0, "lots");
        page.waitUntil(d -> page.cellMarkedInvalid("wk", 0, 0) ? true : null);

        page.editCell("wk", 0, 0, "2");
        page.waitUntil(d -> page.cellMarkedInvalid("wk", 0, 0) ? null : true);
        assertThat(page.numbers("wk")[0][0]).isEqualTo(2.0);
    }

    @Test
    void typingANewSentence_changesTheTokensEverywhere() {
        page.open(Step.SCORES.slug());

        page.typeSentence("The dog slept because it was tired");

        page.waitUntil(d -> page.rowTokens("x").size() == 7 ? true : null);
        assertThat(page.rowTokens("x")).containsExactly("The", "dog", "slept", "because", "it", "was", "tired");
        page.waitUntil(d -> page.rowTokens("scores").size() == 7 ? true : null);
    }

    @Test
    void tooLongSentence_showsAMessage_andKeepsTheLesson() {
        page.open(Step.EMBEDDING.slug());

        page.typeSentence("a ".repeat(30));

        String error = page.waitUntil(d -> { // the message may arrive a moment after the invalid mark
            String shown = page.sentenceError();
            return page.sentenceInvalid() && shown != null && !shown.isEmpty() ? shown : null;
        });
        assertThat(error).contains("at most 24");
        assertThat(page.rowTokens("x")).hasSize(DEFAULT_TOKENS.size());
    }

    @Test
    void hoveringAScore_highlightsItsQueryRowAndKeyRow() {
        page.open(Step.SCORES.slug());
        page.showNumbers("scores");

        page.hoverCell("scores", IT, CAT);

        int dK = page.numbers("q")[0].length;
        page.waitUntil(d -> page.highlightedCells("q", "row", IT) == dK ? true : null);
        assertThat(page.highlightedCells("k", "row", CAT)).isEqualTo(dK);
        assertThat(page.highlightedCells("q")).isEqualTo(dK); // only the asking row
    }

    @Test
    void focusingAnOutputCell_highlightsItsWeightsRowAndV_andArrowsMoveInsideTheMatrix() {
        page.open(Step.WEIGHTED_SUM.slug());
        int n = DEFAULT_TOKENS.size();

        page.clickCell("output", IT, 0);

        page.waitUntil(d -> page.highlightedCells("weights", "row", IT) == n ? true : null);
        assertThat(page.highlightedCells("v", "col", 0)).isEqualTo(n);
        page.pressOnFocused(Keys.ARROW_RIGHT);
        page.waitUntil(d -> page.highlightedCells("v", "col", 1) == n ? true : null);
        assertThat(page.focusedColumn()).isEqualTo(1);
        assertThat(page.currentStepId()).isEqualTo(Step.WEIGHTED_SUM.slug()); // the arrow stayed in the matrix
    }
}
