package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The "what changed" line ({@code #what-changed}): the last change of the lesson, named, and how many were shown. */
public class ChangeLine extends Page {

    public ChangeLine(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** What the line says now ("" before any change). */
    public String text() {
        String t = driver.findElement(By.id("what-changed")).getAttribute("textContent");
        return t == null ? "" : t;
    }

    /** Waits until the line says something, and returns it. */
    public String waitForText() {
        return waitUntil(d -> text().isBlank() ? null : text());
    }

    /** How many changes the line has shown since the page opened ({@code data-seq}). */
    public int changesShown() {
        String seq = driver.findElement(By.id("what-changed")).getAttribute("data-seq");
        return seq == null ? 0 : Integer.parseInt(seq);
    }

    /** Whether the line is on the screen (it fades out a few seconds after a change). */
    public boolean shown() {
        return driver.findElement(By.id("what-changed")).isDisplayed();
    }
}
