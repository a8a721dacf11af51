package com.attentionlab.it;

import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.it.pages.ScreenFit;
import com.attentionlab.lesson.Step;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import java.util.List;

/**
 * Every step at the screens a class uses (DESIGN.md, "Screens we serve"): no sideways page scroll and the step's main
 * figure on the screen; presenting on a projector, a laptop and a full-HD screen, the main figure whole on the screen
 * as the step opens, headings never smaller than the text, and at 1080 p a heatmap's labels and numbers at least
 * 20 px. The screens are saved to target/screenshots (screens-WxH-step.png) for a person to look at.
 */
class ScreensIT extends AbstractIT {

    record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    static final List<Size> EVERY_SCREEN = List.of(new Size(390, 844), new Size(768, 1024), new Size(1024, 768),
            new Size(1366, 768), new Size(1920, 1080));
    static final List<Size> PROJECTED = List.of(new Size(1024, 768), new Size(1366, 768), new Size(1920, 1080));

    @Test
    void everyStep_atEveryScreenSize_hasNoSidewaysScroll_andShowsItsMainFigure() {
        SoftAssertions soft = new SoftAssertions();
        for (Size size : EVERY_SCREEN) {
            WebDriver driver = newBrowser(size.width(), size.height());
            LessonPage page = lessonIn(driver);
            ScreenFit fit = new ScreenFit(driver, base());
            for (Step s : Step.values()) {
                page.open(s.slug()).waitForChartsDrawn();
                String where = s.slug() + " at " + size;

                soft.assertThat(fit.sidewaysOverflow()).as("sideways scroll, " + where).isLessThanOrEqualTo(0);
                soft.assertThat(fit.mainFigures()).as("main figures, " + where).isEqualTo(1);
                soft.assertThat(fit.mainFigureShownAfterScrolling()).as("main figure shown, " + where).isTrue();
                Browser.screenshot(driver, "screens-" + size + "-" + s.slug());
            }
            quit(driver);
        }
        soft.assertAll();
    }

    @Test
    void presenting_atProjectedSizes_showsTheWholeMainFigure_inTypeForTheBackRow() {
        SoftAssertions soft = new SoftAssertions();
        for (Size size : PROJECTED) {
            WebDriver driver = newBrowser(size.width(), size.height());
            LessonPage page = lessonIn(driver);
            ScreenFit fit = new ScreenFit(driver, base());
            for (Step s : Step.values()) {
                page.open(s.slug(), "present=1").waitForChartsDrawn();
                String where = s.slug() + " presenting at " + size;

                soft.assertThat(fit.mainFigureWhollyOnScreen()).as("whole main figure, " + where + ": "
                        + fit.mainFigureBoxUnscrolled()).isTrue();
                soft.assertThat(fit.sidewaysOverflow()).as("sideways scroll, " + where).isLessThanOrEqualTo(0);
                double text = fit.largestTextSize();
                soft.assertThat(fit.headingSizes()).as("headings vs text (" + text + " px), " + where)
                        .allSatisfy(h -> assertNotSmaller(h, text));
                if (size.height() >= 1080 && List.of(Step.SCORES, Step.SOFTMAX, Step.MULTI_HEAD).contains(s)) {
                    soft.assertThat(fit.mainHeatmapLabelPx()).as("heatmap labels, " + where)
                            .isGreaterThanOrEqualTo(20);
                    soft.assertThat(fit.mainHeatmapNumberPx()).as("printed numbers, " + where)
                            .isGreaterThanOrEqualTo(20);
                }
                Browser.screenshot(driver, "screens-present-" + size + "-" + s.slug());
            }
            quit(driver);
        }
        soft.assertAll();
    }

    private static void assertNotSmaller(Number heading, double text) {
        if (heading.doubleValue() < text) {
            throw new AssertionError("a heading of " + heading + " px is smaller than text of " + text + " px");
        }
    }
}
