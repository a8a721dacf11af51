package com.attentionlab.it;

import com.attentionlab.it.pages.ChangeLine;
import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.it.pages.PresenterEditor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import java.util.Arrays;

import static com.attentionlab.testsupport.TestLessons.CAT;
import static com.attentionlab.testsupport.TestLessons.DEFAULT_TOKENS;
import static com.attentionlab.testsupport.TestLessons.IT;
import static org.assertj.core.api.Assertions.assertThat;

/** A teacher presenting on a 1080 p screen edits W_K and X in the step itself: the inputs panel is hidden. */
class PresenterEditingIT extends AbstractIT {

    static final int LIVING = 0;

    @Test
    void presenting_aClickOnAWkNumber_opensTheCompactEditor_andTheScoresFollowTheEdit() {
        WebDriver screen = newBrowser(1920, 1080);
        LessonPage page = lessonIn(screen).open("scores", "present=1").waitForChartsDrawn();
        double[][] scores = page.showNumbers("scores").numbers("scores");
        page.previous();
        PresenterEditor editor = new PresenterEditor(screen, base());
        double[][] k = page.numbers("k");

        editor.clickStepCell("wk", LIVING, 0);
        assertThat(editor.editorLabel()).isEqualTo("W_K[living, k0]");
        editor.type("0.25").apply().waitClosed();

        page.waitUntil(d -> Arrays.deepEquals(page.numbers("k"), k) ? null : true); // K = X·W_K follows
        ChangeLine line = new ChangeLine(screen, base());
        assertThat(line.waitForText()).isEqualTo("W_K[living, k0]: 1.50 → 0.25");
        assertThat(editor.stepCellHighlighted("wk", LIVING, 0)).isTrue();

        page.next(); // the scores step shows the edited lesson
        double[][] after = page.showNumbers("scores").numbers("scores");
        assertThat(after).hasNumberOfRows(DEFAULT_TOKENS.size());
        assertThat(after[IT][CAT]).isLessThan(scores[IT][CAT]); // "cat" is less of a living thing to "it"
        assertThat(page.url()).contains("present=1");
    }

    @Test
    void presenting_enterApplies_aRefusedTextKeepsTheEditorOpenWithTheReason_andEscapeCancels() {
        WebDriver screen = newBrowser(1920, 1080);
        LessonPage page = lessonIn(screen).open("embedding", "present=1");
        PresenterEditor editor = new PresenterEditor(screen, base());

        editor.clickStepCell("x", 0, 0);
        editor.editorLabel();
        editor.type("lots").pressEnter();
        assertThat(editor.errorMessage()).contains("not a number");
        assertThat(editor.editorOpen()).isTrue();

        editor.type("0.5").pressEnter().waitClosed();
        page.waitUntil(d -> new ChangeLine(screen, base()).text().startsWith("X[The, living]") ? true : null);

        editor.clickStepCell("x", 1, 0);
        editor.editorLabel();
        editor.type("9");
        editor.pressOnFocused(org.openqa.selenium.Keys.ESCAPE);
        editor.waitClosed();
        assertThat(new ChangeLine(screen, base()).text()).startsWith("X[The, living]"); // nothing new
    }
}
