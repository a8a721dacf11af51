package com.attentionlab.it;

import com.attentionlab.it.pages.ChallengePage;
import com.attentionlab.testsupport.TestLessons;
import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.it.pages.InputsDrawer;
import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.lesson.Step;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every page (zero serious or critical violations), and the whole lesson walked and every input
 * matrix edited with the keyboard alone.
 */
class AccessibilityIT extends AbstractIT {

    @Autowired
    Classrooms classrooms;

    /** Serious and critical violations in this class's browser, as "page · rule (impact): target" lines. */
    private List<String> seriousViolations(String page) {
        return seriousViolations(browser(), page);
    }

    private static List<String> seriousViolations(WebDriver driver, String page) {
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
        LessonPage page = lessonIn(browser());

        landingIn(browser()).open();
        violations.addAll(seriousViolations("landing"));

        for (Step s : Step.values()) {
            page.open(s.slug()).waitForChartsDrawn();
            violations.addAll(seriousViolations(s.slug()));
        }

        page.open("softmax", "present=1").waitForChartsDrawn();
        violations.addAll(seriousViolations("presenter mode"));

        Room room = classrooms.create(TestLessons.presenter().toShared(), "scores");
        page.openPath("/join/" + room.code(), "scores").waitForChartsDrawn();
        violations.addAll(seriousViolations("join page"));

        assertThat(violations).isEmpty();
    }

    @Test
    void everyPage_onAPhoneATabletAndALaptop_andPresentingAt1080p_hasNoSeriousOrCriticalViolations() {
        List<String> violations = new ArrayList<>();
        Room room = classrooms.create(TestLessons.presenter().toShared(), "softmax");
        for (int[] size : new int[][] {{390, 844}, {768, 1024}, {1366, 768}}) {
            WebDriver driver = newBrowser(size[0], size[1]);
            String at = " at " + size[0] + "x" + size[1];
            landingIn(driver).open();
            violations.addAll(seriousViolations(driver, "landing" + at));
            LessonPage page = lessonIn(driver);
            for (Step s : Step.values()) {
                page.open(s.slug()).waitForChartsDrawn();
                violations.addAll(seriousViolations(driver, s.slug() + at));
            }
            if (size[0] < 1000) {
                page.open("projection");
                new InputsDrawer(driver, base()).open();
                violations.addAll(seriousViolations(driver, "inputs drawer" + at));
            }
            page.openPath("/join/" + room.code(), "softmax").waitForChartsDrawn();
            violations.addAll(seriousViolations(driver, "join page" + at));
            quit(driver);
        }
        WebDriver projector = newBrowser(1920, 1080);
        LessonPage presenting = lessonIn(projector);
        for (Step s : Step.values()) {
            presenting.open(s.slug(), "present=1").waitForChartsDrawn();
            violations.addAll(seriousViolations(projector, s.slug() + " presenting at 1920x1080"));
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void lessonCanBeWalked_andEveryMatrixEdited_withTheKeyboardAlone() {
        LessonPage page = landingIn(browser()).open().startLessonWithTheKeyboard();
        page.next(); // ← → keys on the page (LessonPage presses them on the body)
        assertThat(page.currentStepId()).isEqualTo("embedding");

        for (String matrix : List.of("x", "wq", "wk", "wv")) {
            page.tabUntil(() -> ("matrix-" + matrix).equals(page.focusedMatrix()), 400);
            int row = page.focusedRow();
            page.typeInFocused("0.5", Keys.ENTER); // Enter commits and moves down
            page.waitUntil(d -> page.numbers(matrix)[row][0] == 0.5 ? true : null);
            assertThat(page.focusedRow()).isEqualTo(row + 1);
            page.pressOnFocused(Keys.ARROW_UP);
            assertThat(page.focusedRow()).isEqualTo(row);
        }

        // walk on with Tab + Enter on the Next button
        for (int k = 0; k < 6; k++) {
            String before = page.currentStepId();
            page.tabUntil(() -> "next-step".equals(page.focusedId()), 600);
            page.pressOnFocused(Keys.ENTER);
            page.waitUntil(d -> page.currentStepId().equals(before) ? null : true);
        }
        assertThat(page.currentStepId()).isEqualTo("multi-head");
    }

    @Test
    void challengePages_andTheShareDialogWithMakeAChallenge_haveNoSeriousOrCriticalViolations() {
        List<String> violations = new ArrayList<>();
        ChallengePage challenges = new ChallengePage(browser(), base());

        challenges.openList();
        violations.addAll(seriousViolations("challenge list"));

        challenges.open("it-to-mat").lesson().waitForChartsDrawn();
        challenges.showHint(1);
        violations.addAll(seriousViolations("challenge with a hint shown"));

        lessonIn(browser()).open("softmax").waitForChartsDrawn();
        challenges.openShareWithMakeChallenge();
        violations.addAll(seriousViolations("share dialog with Make a challenge"));
        Browser.screenshot(browser(), "share-dialog-make-challenge");

        assertThat(violations).isEmpty();
    }
}
