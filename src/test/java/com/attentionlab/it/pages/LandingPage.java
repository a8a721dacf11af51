package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The start page, as the actions a visitor takes. */
public class LandingPage extends Page {

    public LandingPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public LandingPage open() {
        driver.get(baseUrl + "/");
        waitUntil(d -> d.findElements(By.id("start-lesson")).isEmpty() ? null : true);
        return this;
    }

    public LessonPage startLesson() {
        driver.findElement(By.id("start-lesson")).click();
        return new LessonPage(driver, baseUrl).waitForStep("intuition");
    }

    /** Starts a classroom: this browser becomes the teacher's screen on the first step. */
    public LessonPage startClassroom() {
        driver.findElement(By.id("start-classroom")).click();
        LessonPage teacher = new LessonPage(driver, baseUrl).waitForStep("intuition");
        teacher.joinCode(); // the classroom bar is there
        return teacher;
    }

    /** Presses Tab until "Start the lesson" has the focus, then Enter (the keyboard-only way in). */
    public LessonPage startLessonWithTheKeyboard() {
        tabUntil(() -> "start-lesson".equals(focusedId()), 30);
        pressOnFocused(org.openqa.selenium.Keys.ENTER);
        return new LessonPage(driver, baseUrl).waitForStep("intuition");
    }
}
