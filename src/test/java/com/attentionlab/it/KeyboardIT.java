package com.attentionlab.it;

import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.By;
import com.attentionlab.it.pages.ChallengePage;
import com.attentionlab.it.pages.Keyboard;
import com.attentionlab.it.pages.LessonPage;
import org.junit.jupiter.api.Test;

import static com.attentionlab.testsupport.TestLessons.PRONOUN_DIMENSION;
import static org.assertj.core.api.Assertions.assertThat;

/** The lesson with the keyboard alone: few Tab stops, a way past the header, Esc out of a matrix, the ← → hint. */
class KeyboardIT extends AbstractIT {

    @Test
    void fromTheTopOfStep3_theNextButtonIsAtMost25TabsAway() {
        LessonPage page = lessonIn(browser()).open("projection").waitForChartsDrawn();
        Keyboard keys = new Keyboard(browser(), base()).fromTheTop();

        int presses = keys.tabsTo("next-step", 60);

        assertThat(presses).isLessThanOrEqualTo(25);
        assertThat(page.currentStepId()).isEqualTo("projection");
    }

    @Test
    void theFirstTabStop_skipsToTheLesson() {
        LessonPage page = lessonIn(browser()).open("scores");
        Keyboard keys = new Keyboard(browser(), base()).fromTheTop();

        assertThat(keys.tabOnce()).isEqualTo("skip-to-lesson");
        assertThat(keys.focusedVisible()).isTrue(); // shown while it has the focus
        keys.enter();

        page.waitUntil(d -> "step-heading".equals(keys.focusedId()) ? true : null);
        assertThat(page.url()).doesNotContain("#");
    }

    @Test
    void anEditableMatrix_isOneTabStop_andEscapeLeavesIt() {
        lessonIn(browser()).open("projection");
        Keyboard keys = new Keyboard(browser(), base());
        assertThat(keys.tabStopsIn("wq")).isEqualTo(1);

        keys.typeIntoCell("wq", PRONOUN_DIMENSION, 0, "7");
        keys.escape(); // first Esc: takes back what was typed, stays in the cell
        assertThat(keys.cellText("wq", PRONOUN_DIMENSION, 0)).isEqualTo("2.5");
        assertThat(keys.focusInCellsOf("wq")).isTrue();

        keys.escape(); // nothing left to take back: out of the matrix
        assertThat(keys.focusInCellsOf("wq")).isFalse();
        assertThat(keys.focusedId()).isEqualTo("matrix-wq");

        keys.pressOnFocused(org.openqa.selenium.Keys.TAB); // Tab goes on to the next matrix, not back in
        assertThat(keys.focusInCellsOf("wk")).isTrue();
        assertThat(keys.tabStopsIn("wq")).isEqualTo(1);
    }

    @Test
    void theArrowKeyShortcut_isShownBesidePreviousAndNext() {
        lessonIn(browser()).open("softmax");

        assertThat(new Keyboard(browser(), base()).keysHint()).contains("←").contains("→")
                .contains("move between steps");
    }

    @Test
    void onAChallenge_theHintButtonIsReachedWithTab_andEnterShowsTheFirstHint() {
        ChallengePage page = new ChallengePage(browser(), base()).open("it-to-mat");
        page.lesson().waitForChartsDrawn();
        Keyboard keys = new Keyboard(browser(), base()).fromTheTop();
        assertThat(browser().findElements(By.id("challenge-hint-1"))).isEmpty();

        keys.tabsTo("challenge-hint", 40);
        keys.enter();

        page.waitForHint(1);
        assertThat(browser().findElement(By.id("challenge-hint-1")).getText()).isNotBlank();
    }

    @Test
    void fromTheLesson_ShareThenMakeAChallenge_openTheAuthoringDialog_withTheKeyboardAlone() {
        lessonIn(browser()).open("softmax").waitForChartsDrawn();
        Keyboard keys = new Keyboard(browser(), base()).fromTheTop();

        keys.tabsTo("share-button", 40);
        keys.enter();
        ChallengePage page = new ChallengePage(browser(), base());
        page.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("share-link")));
        keys.tabsTo("make-challenge", 15);
        keys.enter();

        page.waitForAuthoringDialog();
        assertThat(keys.focusedId()).isNotEqualTo("make-challenge"); // the focus went into the new dialog
    }
}
