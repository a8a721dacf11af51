package com.attentionlab.it;

import org.openqa.selenium.WebDriver;
import com.attentionlab.it.pages.LessonPage;
import org.junit.jupiter.api.Test;

import static com.attentionlab.testsupport.TestLessons.DEFAULT_TOKENS;
import static com.attentionlab.testsupport.TestLessons.PRONOUN_DIMENSION;
import static org.assertj.core.api.Assertions.assertThat;

/** A link copied in one browser opens the identical lesson in another; presenter mode at projector size. */
class ShareAndPresentIT extends AbstractIT {

    @Test
    void linkFromOneBrowser_opensTheIdenticalLessonInAnother() {
        LessonPage a = lessonIn(newBrowser(1280, 800)).open("softmax");
        a.editCell("wq", PRONOUN_DIMENSION, 0, "0.375");
        a.waitUntil(d -> a.numbers("wq")[PRONOUN_DIMENSION][0] == 0.38 ? true : null);

        String link = a.shareLink();

        assertThat(link).startsWith(base() + "/lesson/softmax?s=");
        assertThat(a.shareQrSource()).startsWith("data:image/svg+xml");
        assertThat(a.url()).contains("?s="); // the address bar follows the state too
        LessonPage b = lessonIn(newBrowser(1280, 800)).openPath(link, "softmax");
        assertThat(b.numbers("wq")).isDeepEqualTo(a.numbers("wq"));
        assertThat(b.numbers("weights")).isDeepEqualTo(a.numbers("weights"));
        assertThat(b.numbers("x")).isDeepEqualTo(a.numbers("x"));
    }

    @Test
    void damagedLink_opensTheDefaultLesson_withAMessage() {
        LessonPage p = lessonIn(browser()).open("scores", "s=AQ-damaged-code");

        assertThat(p.notificationText()).contains("could not be read");
        assertThat(p.rowTokens("x")).hasSize(DEFAULT_TOKENS.size());
    }

    @Test
    void presenterMode_atProjectorSize_hidesEditing_andUsesLargeType() {
        var projector = newBrowser(1920, 1080);
        LessonPage p = lessonIn(projector).open("softmax", "present=1").waitForChartsDrawn();

        assertThat(p.inputsPanelShown()).isFalse();
        assertThat(p.headingFontPx()).isGreaterThanOrEqualTo(36);
        Browser.screenshot(projector, "presenter-softmax-1920x1080");

        p.next();
        assertThat(p.currentStepId()).isEqualTo("weighted-sum");
        assertThat(p.url()).contains("present=1");
    }

    @Test
    void landingPage_screenshot_andTheWayIn() {
        var landing = landingIn(browser()).open();
        Browser.screenshot(browser(), "00-landing");

        landing.startLesson();
    }

    @Test
    void theHeader_isOneRow_onA1280And1366WideScreen() {
        for (int[] size : new int[][] {{1280, 800}, {1366, 768}}) {
            WebDriver driver = newBrowser(size[0], size[1]);
            LessonPage p = lessonIn(driver).open("softmax").waitForChartsDrawn();

            assertThat(p.headerRows()).as("header rows at " + size[0] + "x" + size[1]).isEqualTo(1);
            quit(driver);
        }
    }
}
