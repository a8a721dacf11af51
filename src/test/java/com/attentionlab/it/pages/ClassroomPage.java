package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The classroom parts of a teacher's screen: the join code, the student count, moving to another device. */
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
}
