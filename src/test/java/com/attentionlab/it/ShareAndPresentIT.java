package com.attentionlab.it;

import com.attentionlab.it.pages.LessonPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A link copied in one browser opens the identical lesson in another; presenter mode at projector size. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShareAndPresentIT {

    @LocalServerPort
    int port;

    private final List<WebDriver> drivers = new ArrayList<>();

    private WebDriver browser(int w, int h) {
        WebDriver d = Browser.start(w, h);
        drivers.add(d);
        return d;
    }

    @AfterEach
    void quit() {
        drivers.forEach(WebDriver::quit);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void linkFromOneBrowser_opensTheIdenticalLessonInAnother() {
        WebDriver alice = browser(1280, 800);
        LessonPage a = new LessonPage(alice, base()).open("softmax");
        a.editCell("wq", 2, 0, "0.375");
        a.waitUntil(d -> a.numbers("wq")[2][0] == 0.38 ? true : null);
        alice.findElement(By.id("share-button")).click();
        String link = a.waitUntil(d -> {
            var f = d.findElements(By.cssSelector("#share-link input"));
            return f.isEmpty() ? null : f.get(0).getAttribute("value");
        });
        assertThat(link).startsWith(base() + "/lesson/softmax?s=");
        assertThat(alice.findElement(By.id("share-qr")).getAttribute("src")).startsWith("data:image/svg+xml");
        assertThat(alice.getCurrentUrl()).contains("?s="); // the address bar follows the state too

        WebDriver bob = browser(1280, 800);
        bob.get(link);
        LessonPage b = new LessonPage(bob, base()).waitForStep("softmax");

        assertThat(b.numbers("wq")).isDeepEqualTo(a.numbers("wq"));
        assertThat(b.numbers("weights")).isDeepEqualTo(a.numbers("weights"));
        assertThat(b.numbers("x")).isDeepEqualTo(a.numbers("x"));
    }

    @Test
    void damagedLink_opensTheDefaultLesson_withAMessage() {
        WebDriver d = browser(1280, 800);
        d.get(base() + "/lesson/scores?s=AQ-damaged-code");
        LessonPage p = new LessonPage(d, base()).waitForStep("scores");

        String text = p.waitUntil(x -> {
            Object t = ((JavascriptExecutor) x).executeScript(
                    "const c = document.querySelector('vaadin-notification-card'); return c ? c.innerText : null;");
            return t == null ? null : t.toString();
        });
        assertThat(text).contains("could not be read");
        assertThat(p.rowTokens("x")).hasSize(10);
    }

    @Test
    void presenterMode_atProjectorSize_hidesEditing_andUsesLargeType() {
        WebDriver d = browser(1920, 1080);
        LessonPage p = new LessonPage(d, base());
        d.get(base() + "/lesson/softmax?present=1");
        p.waitForStep("softmax");
        p.waitUntil(x -> x.findElements(By.cssSelector("#heatmap-weights canvas")).isEmpty() ? null : true);

        assertThat(d.findElement(By.cssSelector(".inputs-panel")).isDisplayed()).isFalse();
        double headingPx = Double.parseDouble(((JavascriptExecutor) d).executeScript(
                "return parseFloat(getComputedStyle(document.getElementById('step-heading')).fontSize)").toString());
        assertThat(headingPx).isGreaterThanOrEqualTo(36);
        Browser.screenshot(d, "presenter-softmax-1920x1080");

        p.next();
        assertThat(p.currentStepId()).isEqualTo("weighted-sum");
        assertThat(d.getCurrentUrl()).contains("present=1");
    }

    @Test
    void landingPage_screenshot() {
        WebDriver d = browser(1280, 800);
        d.get(base() + "/");
        new LessonPage(d, base()).waitUntil(x -> x.findElements(By.id("start-lesson")).isEmpty() ? null : true);
        Browser.screenshot(d, "00-landing");
        d.findElement(By.id("start-lesson")).click();
        new LessonPage(d, base()).waitForStep("intuition");
    }
}
