package com.attentionlab.it;

import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.lesson.Step;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in headless Chromium against the production build (the frontend bundle built by
 * {@code ./mvnw verify}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LessonIT {

    private static WebDriver driver;

    @LocalServerPort
    int port;

    LessonPage page;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start(1280, 800);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void setUp() {
        page = new LessonPage(driver, "http://localhost:" + port);
    }

    @Test
    void everyStep_canBeWalkedWithTheArrowKeys_andIsScreenshotted() {
        page.open(Step.INTUITION.slug());
        for (Step s : Step.values()) {
            assertThat(page.currentStepId()).isEqualTo(s.slug());
            assertThat(page.heading()).startsWith(s.number() + ".");
            assertThat(driver.getCurrentUrl()).contains("/lesson/" + s.slug() + "?s=");
            page.waitUntil(d -> Boolean.TRUE); // layout settles before the screenshot
            Browser.screenshot(driver, String.format("%02d-%s", s.number(), s.slug()));
            if (s.next().isPresent()) {
                page.next();
            }
        }
        page.previous();
        assertThat(page.currentStepId()).isEqualTo(Step.FLOW.slug());
    }

    @Test
    void defaultLesson_itAndTiredAttendMostToCat() {
        page.open(Step.SOFTMAX.slug());
        List<String> tokens = page.rowTokens("weights");
        double[][] w = page.numbers("weights");

        assertThat(tokens).containsExactly("The", "cat", "sat", "on", "the", "mat", "because", "it", "was", "tired");
        assertThat(strongestOther(tokens, w, "it")).isEqualTo("cat");
        assertThat(strongestOther(tokens, w, "tired")).isEqualTo("cat");
    }

    @Test
    void editingAWqCell_changesTheWeightsHeatmapNumbers() {
        page.open(Step.SOFTMAX.slug());
        double[][] before = page.numbers("weights");

        page.editCell("wq", 2, 0, "0"); // pronoun → "living?" query weight

        double[][] after = page.waitUntil(d -> {
            double[][] now = page.numbers("weights");
            return Arrays.deepEquals(now, before) ? null : now;
        });
        assertThat(after[7][1]).isLessThan(before[7][1]); // "it" no longer finds "cat"
        assertThat(page.numbers("wq")[2][0]).isEqualTo(0.0);
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

        page.waitUntil(d -> page.sentenceInvalid() ? true : null);
        assertThat(page.sentenceError()).contains("at most 24");
        assertThat(page.rowTokens("x")).hasSize(10);
    }

    private long sourceCells(String selector) {
        return (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll(arguments[0]).length", selector);
    }

    @Test
    void hoveringAScore_highlightsItsQueryRowAndKeyRow() {
        page.open(Step.SCORES.slug());
        driver.findElement(org.openqa.selenium.By.cssSelector("#heatmap-scores summary")).click();

        new org.openqa.selenium.interactions.Actions(driver).moveToElement(driver.findElement(
                org.openqa.selenium.By.cssSelector("#matrix-scores td[data-row='7'][data-col='1']"))).perform();

        page.waitUntil(d -> sourceCells("#matrix-q td.mg-source[data-row='7']") == 4 ? true : null);
        assertThat(sourceCells("#matrix-k td.mg-source[data-row='1']")).isEqualTo(4);
        assertThat(sourceCells("#matrix-q td.mg-source")).isEqualTo(4); // only the asking row
    }

    @Test
    void focusingAnOutputCell_highlightsItsWeightsRowAndV_andArrowsMoveInsideTheMatrix() {
        page.open(Step.WEIGHTED_SUM.slug());

        driver.findElement(org.openqa.selenium.By.cssSelector("#matrix-output td[data-row='7'][data-col='0']")).click();

        page.waitUntil(d -> sourceCells("#matrix-weights td.mg-source[data-row='7']") == 10 ? true : null);
        assertThat(sourceCells("#matrix-v td.mg-source[data-col='0']")).isEqualTo(10);
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        page.waitUntil(d -> sourceCells("#matrix-v td.mg-source[data-col='1']") == 10 ? true : null);
        assertThat(driver.switchTo().activeElement().getAttribute("data-col")).isEqualTo("1");
        assertThat(page.currentStepId()).isEqualTo(Step.WEIGHTED_SUM.slug()); // the arrow stayed in the matrix
    }

    static String strongestOther(List<String> tokens, double[][] w, String token) {
        int i = tokens.indexOf(token);
        int best = -1;
        for (int j = 0; j < tokens.size(); j++) {
            if (j != i && (best < 0 || w[i][j] > w[i][best])) {
                best = j;
            }
        }
        return tokens.get(best);
    }
}
