package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A challenge (built in or a teacher's link) and the authoring dialog of the solo lesson, as actions and readings. */
public class ChallengePage extends Page {

    public ChallengePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Opens {@code /challenge/{id}} and waits for its panel and step. */
    public ChallengePage open(String id) {
        return openPath("/challenge/" + id);
    }

    /** Opens a challenge link (absolute, or a path of the app). */
    public ChallengePage openPath(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("challenge-status")));
        waitUntil(d -> !d.findElements(By.cssSelector(".step-panel h2")).isEmpty());
        return this;
    }

    /** Opens {@code /challenges} and waits for the list. */
    public ChallengePage openList() {
        driver.get(baseUrl + "/challenges");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#challenge-list a")));
        return this;
    }

    /** Presses Hint and waits for hint {@code n} (from 1) to be shown. */
    public ChallengePage showHint(int n) {
        driver.findElement(By.id("challenge-hint")).click();
        return waitForHint(n);
    }

    /** Waits for hint {@code n} (from 1) to be shown. */
    public ChallengePage waitForHint(int n) {
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("challenge-hint-" + n)));
        return this;
    }

    /** The computed font size, in CSS pixels, of the element with {@code id} (e.g. {@code challenge-rules}). */
    public double fontPx(String id) {
        return Double.parseDouble(js("return parseFloat(getComputedStyle(document.getElementById(arguments[0]))"
                + ".fontSize)", id).toString());
    }

    /** The lesson screen under the panel. */
    public LessonPage lesson() {
        return new LessonPage(driver, baseUrl);
    }

    /** {@code working}, {@code solved} or {@code stuck}. */
    public String state() {
        return driver.findElement(By.id("challenge-status")).getAttribute("data-state");
    }

    public ChallengePage waitForState(String state) {
        waitUntil(d -> state.equals(state()) ? true : null);
        return this;
    }

    public String goal() {
        return driver.findElement(By.id("challenge-goal")).getText();
    }

    public String title() {
        return driver.findElement(By.id("challenge-title")).getText();
    }

    public String explanation() {
        return driver.findElement(By.id("challenge-explanation")).getText();
    }

    /** Opens {@code /challenges} and waits until the browser's solved list has ticked {@code id}. */
    public ChallengePage waitForTickInList(String id) {
        driver.get(baseUrl + "/challenges");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("solved-" + id)));
        return this;
    }

    /** Whether the list shows a tick beside {@code id}. */
    public boolean tickedInList(String id) {
        // a tick never shown is not even sent to the browser
        return driver.findElements(By.id("solved-" + id)).stream().anyMatch(e -> e.isDisplayed());
    }

    /** In the solo lesson: opens Share and waits for its "Make a challenge from this lesson" button. */
    public ChallengePage openShareWithMakeChallenge() {
        driver.findElement(By.id("share-button")).click();
        waitUntil(ExpectedConditions.elementToBeClickable(By.id("make-challenge")));
        return this;
    }

    /** Waits for the authoring dialog (opened by "Make a challenge"). */
    public ChallengePage waitForAuthoringDialog() {
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("challenge-author-title")));
        return this;
    }

    /** In the solo lesson: Share, "Make a challenge" there with the menu's defaults, and the link it shows. */
    public String makeChallengeLinkFromLesson(String title) {
        openShareWithMakeChallenge();
        driver.findElement(By.id("make-challenge")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("challenge-author-title")));
        var input = driver.findElement(By.cssSelector("#challenge-author-title input"));
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), title,
                org.openqa.selenium.Keys.TAB);
        driver.findElement(By.id("challenge-make")).click();
        return waitUntil(d -> {
            Object v = js("const f = document.getElementById('challenge-author-link');"
                    + " return f && !f.hidden && f.value ? f.value : null;");
            return v == null ? null : v.toString();
        });
    }
}
