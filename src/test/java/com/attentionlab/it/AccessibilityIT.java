package com.attentionlab.it;

import com.attentionlab.testsupport.TestLessons;
import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every page (zero serious or critical violations), and the whole lesson walked and every input
 * matrix edited with the keyboard alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityIT {

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    Classrooms classrooms;

    @BeforeAll
    static void start() {
        driver = Browser.start(1280, 800);
    }

    @AfterAll
    static void stop() {
        driver.quit();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Serious and critical violations, as "rule: target, target" lines. */
    private static List<String> seriousViolations(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "best-practice")).analyze(driver);
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                out.add(page + " · " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                        .limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
            }
        }
        return out;
    }

    @Test
    void everyPage_hasNoSeriousOrCriticalViolations() {
        List<String> violations = new ArrayList<>();
        LessonPage page = new LessonPage(driver, base());

        driver.get(base() + "/");
        page.waitUntil(d -> d.findElements(By.id("start-lesson")).isEmpty() ? null : true);
        violations.addAll(seriousViolations("landing"));

        for (Step s : Step.values()) {
            page.open(s.slug());
            page.waitUntil(d -> Boolean.TRUE);
            violations.addAll(seriousViolations(s.slug()));
        }

        driver.get(base() + "/lesson/softmax?present=1");
        page.waitForStep("softmax");
        violations.addAll(seriousViolations("presenter mode"));

        Room room = classrooms.create(TestLessons.presenter().toShared(), "scores");
        driver.get(base() + "/join/" + room.code());
        page.waitForStep("scores");
        violations.addAll(seriousViolations("join page"));

        assertThat(violations).isEmpty();
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private String activeMatrix() {
        Object id = ((JavascriptExecutor) driver).executeScript(
                "const a = document.activeElement; const g = a && a.closest ? a.closest('matrix-grid') : null;"
                        + " return g ? g.id : null;");
        return id == null ? null : id.toString();
    }

    @Test
    void lessonCanBeWalked_andEveryMatrixEdited_withTheKeyboardAlone() {
        LessonPage page = new LessonPage(driver, base());
        driver.get(base() + "/");
        page.waitUntil(d -> d.findElements(By.id("start-lesson")).isEmpty() ? null : true);
        // Tab to "Start the lesson" and press Enter
        for (int i = 0; i < 30 && !"start-lesson".equals(active().getAttribute("id")); i++) {
            active().sendKeys(Keys.TAB);
        }
        active().sendKeys(Keys.ENTER);
        page.waitForStep("intuition");
        page.next(); // ← → keys on the page (LessonPage presses them on the body)
        assertThat(page.currentStepId()).isEqualTo("embedding");

        for (String matrix : List.of("x", "wq", "wk", "wv")) {
            for (int i = 0; i < 400 && !("matrix-" + matrix).equals(activeMatrix()); i++) {
                active().sendKeys(Keys.TAB);
            }
            assertThat(activeMatrix()).as("Tab reaches " + matrix).isEqualTo("matrix-" + matrix);
            WebElement cell = active();
            String row = cell.getAttribute("data-row");
            cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.5", Keys.ENTER); // Enter commits and moves down
            page.waitUntil(d -> page.numbers(matrix)[Integer.parseInt(row)][0] == 0.5 ? true : null);
            assertThat(active().getAttribute("data-row")).isEqualTo(Integer.toString(Integer.parseInt(row) + 1));
            active().sendKeys(Keys.ARROW_UP);
            assertThat(active().getAttribute("data-row")).isEqualTo(row);
        }

        // walk on with Tab + Enter on the Next button
        for (int k = 0; k < 6; k++) {
            String before = page.currentStepId();
            for (int i = 0; i < 600 && !"next-step".equals(active().getAttribute("id")); i++) {
                active().sendKeys(Keys.TAB);
            }
            active().sendKeys(Keys.ENTER);
            page.waitUntil(d -> page.currentStepId().equals(before) ? null : true);
        }
        assertThat(page.currentStepId()).isEqualTo("multi-head");
    }
}
