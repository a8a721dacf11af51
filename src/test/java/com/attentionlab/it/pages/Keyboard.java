package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A lesson screen with the keyboard alone: Tab stops, the skip link, Esc in a matrix, the ← → hint. */
public class Keyboard extends Page {

    public Keyboard(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Puts the keyboard at the top of the page, as on a page just opened (nothing focused, scrolled to the top). */
    public Keyboard fromTheTop() {
        js("if (document.activeElement && document.activeElement.blur) document.activeElement.blur();"
                + " window.scrollTo(0, 0);");
        return this;
    }

    /** Presses Tab from where the focus is until the element with {@code id} has it; returns how many presses. */
    public int tabsTo(String id, int max) {
        return tabUntil(() -> id.equals(focusedId()), max);
    }

    /** Presses Tab once and returns the id of what has the focus then. */
    public String tabOnce() {
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        return focusedId();
    }

    /** Whether the focused element is visible on the screen (its box is inside the viewport). */
    public boolean focusedVisible() {
        return Boolean.TRUE.equals(js("const r = document.activeElement.getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight;"));
    }

    /** Presses Enter on the focused element. */
    public Keyboard enter() {
        pressOnFocused(Keys.ENTER);
        return this;
    }

    /** Clicks into cell (row, col) of an editable matrix and types {@code text} without committing it. */
    public Keyboard typeIntoCell(String matrix, int row, int col, String text) {
        WebElement input = driver.findElement(By.cssSelector("#matrix-" + matrix + " td[data-row='" + row
                + "'][data-col='" + col + "'] input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        return this;
    }

    /** The text in cell (row, col) of an editable matrix. */
    public String cellText(String matrix, int row, int col) {
        return driver.findElement(By.cssSelector("#matrix-" + matrix + " td[data-row='" + row + "'][data-col='"
                + col + "'] input")).getAttribute("value");
    }

    /** Presses Esc on the focused element. */
    public Keyboard escape() {
        pressOnFocused(Keys.ESCAPE);
        return this;
    }

    /** Whether the focus is on one of the cells of a matrix ({@code matrix-<name>}). */
    public boolean focusInCellsOf(String matrix) {
        return Boolean.TRUE.equals(js("const a = document.activeElement; const g = document.getElementById(arguments[0]);"
                + " return !!g && g !== a && g.contains(a);", "matrix-" + matrix));
    }

    /** Whether the tab stops inside a matrix: how many of its cells are in the Tab order. */
    public long tabStopsIn(String matrix) {
        return ((Number) js("return document.querySelectorAll(arguments[0]).length;",
                "#matrix-" + matrix + " [tabindex='0']")).longValue();
    }

    /** The ← → hint beside Previous/Next, as shown (empty when hidden). */
    public String keysHint() {
        WebElement hint = driver.findElement(By.id("keys-hint"));
        return hint.isDisplayed() ? hint.getText() : "";
    }
}
