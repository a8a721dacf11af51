package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A presenting teacher editing X or W in the step itself: a click on a number of the step's copy of a matrix
 * ({@code matrix-step-<name>}) opens the compact editor; Apply, Enter or Esc (the {@link ChangeLine} names the edit).
 */
public class PresenterEditor extends Page {

    public PresenterEditor(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Clicks cell (row, col) of the step's copy of a matrix ({@code x}, {@code wq}, {@code wk}, {@code wv}). */
    public PresenterEditor clickStepCell(String matrix, int row, int col) {
        WebElement cell = driver.findElement(By.cssSelector("#matrix-step-" + matrix + " td[data-row='" + row
                + "'][data-col='" + col + "']"));
        js("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
        return this;
    }

    /** Waits for the compact editor and returns its field's label (e.g. "W_K[living, k0]"). */
    public String editorLabel() {
        return waitUntil(d -> {
            Object label = js("const f = document.getElementById('cell-editor-value'); return f ? f.label : null;");
            return label == null ? null : label.toString();
        });
    }

    /** Whether the compact editor is open. */
    public boolean editorOpen() {
        return Boolean.TRUE.equals(js("return !!document.getElementById('cell-editor-value');"));
    }

    /** Replaces the editor's text (the field has the focus when the editor opens). */
    public PresenterEditor type(String text) {
        WebElement input = driver.findElement(By.cssSelector("#cell-editor-value input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        return this;
    }

    public PresenterEditor apply() {
        driver.findElement(By.id("cell-editor-apply")).click();
        return this;
    }

    /** Presses Enter in the editor's field. */
    public PresenterEditor pressEnter() {
        driver.findElement(By.cssSelector("#cell-editor-value input")).sendKeys(Keys.ENTER);
        return this;
    }

    /** Waits until the editor has closed. */
    public PresenterEditor waitClosed() {
        waitUntil(d -> editorOpen() ? null : true);
        return this;
    }

    /** Waits for the editor's error message (a refused text). */
    public String errorMessage() {
        return waitUntil(d -> {
            Object m = js("const f = document.getElementById('cell-editor-value');"
                    + " return f && f.invalid ? f.errorMessage : null;");
            return m == null ? null : m.toString();
        });
    }

    /** Whether cell (row, col) of the step's copy of a matrix is highlighted as just changed. */
    public boolean stepCellHighlighted(String matrix, int row, int col) {
        return Boolean.TRUE.equals(js("const td = document.querySelector(arguments[0]);"
                + " return !!td && td.classList.contains('mg-changed');",
                "#matrix-step-" + matrix + " td[data-row='" + row + "'][data-col='" + col + "']"));
    }
}
