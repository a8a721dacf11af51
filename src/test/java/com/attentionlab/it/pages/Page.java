package com.attentionlab.it.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** What every page object shares: the browser, waiting for conditions, and the keyboard focus. */
abstract class Page {

    /** Vaadin's first start in a test JVM can take a while on a busy 2-core machine. */
    public static final Duration WAIT = Duration.ofSeconds(60);

    protected final WebDriver driver;
    protected final String baseUrl;

    Page(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Waits until the condition gives a non-null, non-false value, and returns it. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The id of the focused element (or of the matrix around a focused cell: see {@link #focusedMatrix()}). */
    public String focusedId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** The id of the matrix the focused cell belongs to, or null. */
    public String focusedMatrix() {
        Object id = js("const a = document.activeElement; const g = a && a.closest ? a.closest('matrix-grid') : null;"
                + " return g ? g.id : null;");
        return id == null ? null : id.toString();
    }

    /** The row of the focused matrix cell ({@code data-row}). */
    public int focusedRow() {
        return Integer.parseInt(driver.switchTo().activeElement().getAttribute("data-row"));
    }

    /** The column of the focused matrix cell ({@code data-col}). */
    public int focusedColumn() {
        return Integer.parseInt(driver.switchTo().activeElement().getAttribute("data-col"));
    }

    /** Sends keys to the focused element. */
    public void pressOnFocused(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** Replaces the text of the focused field and sends the given keys after it. */
    public void typeInFocused(String text, CharSequence... after) {
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        if (after.length > 0) {
            driver.switchTo().activeElement().sendKeys(after);
        }
    }

    /** Presses Tab until {@code reached} holds; returns how many presses it took (fails past {@code max}). */
    public int tabUntil(BooleanSupplier reached, int max) {
        for (int presses = 0; presses <= max; presses++) {
            if (reached.getAsBoolean()) {
                return presses;
            }
            pressOnFocused(Keys.TAB);
        }
        throw new AssertionError("not reached within " + max + " Tab presses");
    }
}
