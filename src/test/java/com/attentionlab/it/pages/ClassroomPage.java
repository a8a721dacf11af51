package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The classroom parts of a teacher's screen (the join code, the student count, moving to another device, posting a
 * challenge, the dashboard, showing a student's work) and of a student's (nickname, the challenge's status, "I'm
 * stuck").
 */
public class ClassroomPage extends Page {

    public ClassroomPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Opens "Continue on another device" and returns the one-time teacher link it offers. */
    public String handoverLink() {
        driver.findElement(By.id("handover-button")).click();
        return waitUntil(d -> {
            var f = d.findElements(By.cssSelector("#handover-link input"));
            return f.isEmpty() ? null : f.get(0).getAttribute("value");
        });
    }

    /** Opens a one-time teacher link in this browser; waits until this browser is the teacher's screen. */
    public String takeOver(String link) {
        driver.get(link);
        return waitUntil(d -> d.findElements(By.id("join-code")).isEmpty() ? null
                : d.findElement(By.id("join-code")).getText());
    }

    /** The number of connected students the teacher's bar shows (waits for it to say {@code expected}). */
    public int waitForStudents(int expected) {
        return waitUntil(d -> {
            var c = d.findElements(By.id("student-count"));
            String n = c.isEmpty() ? null : c.get(0).getAttribute("data-count");
            return n != null && Integer.parseInt(n) == expected ? expected : null;
        });
    }

    // ---- challenges: the teacher's side ----

    /** Chooses the challenge whose title contains {@code title} in "Post a challenge" and posts it. */
    public ClassroomPage postChallenge(String title) {
        driver.findElement(By.id("challenge-select")).click();
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const items = [...document.querySelectorAll('vaadin-select-overlay[opened] vaadin-select-item')];
                const item = items.find(i => i.textContent.includes(arguments[0]));
                if (!item) return false;
                item.click();
                return true;""", title)) ? true : null);
        waitUntil(d -> js("return document.querySelector('vaadin-select-overlay[opened]') === null;"));
        driver.findElement(By.id("post-challenge")).click();
        waitUntil(d -> d.findElement(By.id("dashboard")).isDisplayed() ? true : null);
        return this;
    }

    /** How many dashboard rows are in {@code state} ({@code working}, {@code solved}, {@code stuck}). */
    public long dashboardRows(String state) {
        return (Long) js("return document.querySelectorAll('#dashboard .dashboard-row[data-state=\"' + arguments[0]"
                + " + '\"]').length;", state);
    }

    /** Waits until the dashboard shows exactly these many solved and stuck students. */
    public ClassroomPage waitForDashboard(long solved, long stuck) {
        waitUntil(d -> dashboardRows("solved") == solved && dashboardRows("stuck") == stuck ? true : null);
        return this;
    }

    /** Waits like {@link #waitForDashboard(long, long)}, at most {@code bound}. */
    public ClassroomPage waitForDashboard(long solved, long stuck, java.time.Duration bound) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, bound).until(
                d -> dashboardRows("solved") == solved && dashboardRows("stuck") == stuck ? true : null);
        return this;
    }

    /** The dashboard's line "3 students · 2 solved · 1 stuck". */
    public String dashboardSummary() {
        return driver.findElement(By.id("dashboard-summary")).getText();
    }

    /** Presses "Show" on the row of the student with this nickname; waits for the notice. */
    public ClassroomPage showWorkOf(String nickname) {
        Object clicked = js("""
                const row = [...document.querySelectorAll('#dashboard .dashboard-row')]
                    .find(r => r.querySelector('.nickname').textContent === arguments[0]);
                const b = row && row.querySelector('[data-show]');
                if (!b) return false;
                b.click();
                return true;""", nickname);
        if (!Boolean.TRUE.equals(clicked)) {
            throw new AssertionError("no dashboard row with a Show button for " + nickname);
        }
        waitUntil(d -> d.findElement(By.id("showing-student")).isDisplayed() ? true : null);
        return this;
    }

    /** The text of the "showing a student's work" notice (empty when hidden). */
    public String showingNotice() {
        var n = driver.findElements(By.id("showing-student"));
        return n.isEmpty() || !n.get(0).isDisplayed() ? "" : n.get(0).getText();
    }

    /** "Back to my lesson"; waits for the notice to go. */
    public ClassroomPage backToMyLesson() {
        driver.findElement(By.id("back-to-my-lesson")).click();
        waitUntil(d -> showingNotice().isEmpty() ? true : null);
        return this;
    }

    // ---- challenges: a student's side ----

    /** Types a nickname and uses it; waits until the screen says "You are …". */
    public ClassroomPage chooseNickname(String nickname) {
        if (!driver.findElement(By.id("nickname")).isDisplayed()) {
            driver.findElement(By.cssSelector("#nickname-box vaadin-details-summary")).click(); // folded: unfold
        }
        var field = driver.findElement(By.cssSelector("#nickname input"));
        field.click();
        field.sendKeys(nickname);
        driver.findElement(By.id("nickname-button")).click();
        waitUntil(d -> d.findElement(By.id("nickname-shown")).getText().equals("You are " + nickname) ? true : null);
        return this;
    }

    /** The student's challenge status: {@code data-state} of {@code #challenge-status} (null without one). */
    public String challengeState() {
        var s = driver.findElements(By.id("challenge-status"));
        return s.isEmpty() ? null : s.get(0).getAttribute("data-state");
    }

    /** Waits until the student's challenge status is {@code state}. */
    public ClassroomPage waitForChallengeState(String state) {
        waitUntil(d -> state.equals(challengeState()) ? true : null);
        return this;
    }

    /** Presses "I'm stuck". */
    public ClassroomPage pressStuck() {
        driver.findElement(By.id("challenge-stuck")).click();
        return this;
    }

    /** Whether the teacher's revealed solution is on the student's challenge panel. */
    public boolean solutionShown() {
        var s = driver.findElements(By.id("challenge-solution"));
        return !s.isEmpty() && s.get(0).isDisplayed();
    }

    /** Whether "Next" moves this student's screen (the teacher lets the class explore). */
    public boolean canMoveSteps() {
        var next = driver.findElements(By.id("next-step"));
        return !next.isEmpty() && next.get(0).isDisplayed() && next.get(0).isEnabled();
    }

    // ---- challenges: the teacher's side, continued ----

    /** "Reveal the solution"; waits for the notice on the teacher's screen. */
    public ClassroomPage revealSolution() {
        driver.findElement(By.id("reveal-solution")).click();
        waitUntil(d -> showingNotice().contains("reference solution") ? true : null);
        return this;
    }

    /** Ticks or clears "Students may move between the steps". */
    public ClassroomPage letStudentsExplore(boolean on) {
        var box = driver.findElement(By.id("pacing-explore"));
        if ((box.getAttribute("checked") != null) != on) {
            box.click();
        }
        waitUntil(d -> (d.findElement(By.id("pacing-explore")).getAttribute("checked") != null) == on ? true : null);
        return this;
    }
}
