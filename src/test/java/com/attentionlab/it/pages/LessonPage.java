package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/**
 * A lesson screen (solo, teacher's, following or exploring student's), as actions a learner takes and numbers a
 * learner reads. Finds elements by id; tests see no locators.
 */
public class LessonPage extends Page {

    public LessonPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Opens {@code /lesson/{step}} with an optional query (e.g. {@code s=…}, {@code present=1}). */
    public LessonPage open(String step, String... query) {
        driver.get(baseUrl + "/lesson/" + step + (query.length > 0 ? "?" + String.join("&", query) : ""));
        return waitForStep(step);
    }

    /** Opens any path of the app that shows a lesson step (e.g. a join link). */
    public LessonPage openPath(String path, String step) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
        return waitForStep(step);
    }

    public LessonPage waitForStep(String step) {
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("step-" + step)));
        waitUntil(d -> !d.findElements(By.cssSelector("#step-" + step + " h2")).isEmpty());
        return this;
    }

    /**
     * Waits until the page has settled for a picture or an audit: web fonts loaded and every heatmap of the step
     * drawn (its canvas has a size).
     */
    public LessonPage waitForChartsDrawn() {
        waitUntil(d -> Boolean.TRUE.equals(js("""
                if (document.fonts && document.fonts.status !== 'loaded') return false;
                return [...document.querySelectorAll('attention-heatmap')].every(h => {
                    const c = h.querySelector('canvas');
                    return c && c.width > 0 && c.height > 0 && c.getBoundingClientRect().width > 0;
                });""")) ? true : null);
        return this;
    }

    public String currentStepId() {
        Object id = js("const p = document.querySelector('.step-panel'); return p ? p.id : '';");
        return id.toString().replaceFirst("^step-", "");
    }

    public String heading() {
        return js("const h = document.getElementById('step-heading'); return h ? h.textContent : '';").toString();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Presses a key with the focus on the page body (not in a field). */
    public LessonPage pressOnPage(CharSequence key) {
        js("if (document.activeElement && document.activeElement.blur) document.activeElement.blur();");
        driver.findElement(By.tagName("body")).sendKeys(key);
        return this;
    }

    public LessonPage next() {
        String before = currentStepId();
        pressOnPage(Keys.ARROW_RIGHT);
        waitUntil(d -> !currentStepId().equals(before));
        return this;
    }

    public LessonPage previous() {
        String before = currentStepId();
        pressOnPage(Keys.ARROW_LEFT);
        waitUntil(d -> !currentStepId().equals(before));
        return this;
    }

    /**
     * Clicks the step's link in the step indicator, as a person does: back at the top of the page (after an edit
     * further down the header may be half scrolled away), the pointer moved onto the link first (a hover note
     * left by the last edit goes), then the click.
     */
    public LessonPage clickStepLink(String step) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        WebElement link = driver.findElement(By.id("step-link-" + step));
        new Actions(driver).moveToElement(link).perform();
        waitUntil(ExpectedConditions.elementToBeClickable(link)).click();
        return waitForStep(step);
    }

    // ---- matrices ----

    /** Types a value into an editable matrix cell and commits it with Tab. */
    public LessonPage editCell(String matrix, int row, int col, String value) {
        WebElement input = driver.findElement(By.cssSelector("#matrix-" + matrix + " td[data-row='" + row
                + "'][data-col='" + col + "'] input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        return this;
    }

    /** Whether a matrix shows cell (row, col) as refused. */
    public boolean cellMarkedInvalid(String matrix, int row, int col) {
        return Boolean.TRUE.equals(js("const c = document.querySelector(arguments[0]); "
                        + "return !!c && c.getAttribute('aria-invalid') === 'true';",
                "#matrix-" + matrix + " td[data-row='" + row + "'][data-col='" + col + "'] input"));
    }

    /**
     * The numbers of a matrix as shown in its cells (inputs' values, or the text of read-only cells), read in one
     * script call so that a re-render in between cannot tear the reading.
     */
    public double[][] numbers(String matrix) {
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) js("""
                const m = document.getElementById('matrix-' + arguments[0]);
                if (!m) return [];
                return [...m.querySelectorAll('tbody tr')].map(tr =>
                    [...tr.querySelectorAll('td[data-col]')].map(td => {
                        const input = td.querySelector('input');
                        return (input ? input.value : td.textContent).trim();
                    }));""", matrix);
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            out[i] = rows.get(i).stream().mapToDouble(v -> Double.parseDouble(v.toString())).toArray();
        }
        return out;
    }

    /** Row header tokens of a matrix (data-token). */
    @SuppressWarnings("unchecked")
    public List<String> rowTokens(String matrix) {
        return (List<String>) js("""
                const m = document.getElementById('matrix-' + arguments[0]);
                return m ? [...m.querySelectorAll('tbody th[data-token]')].map(th => th.dataset.token) : [];""",
                matrix);
    }

    /** Opens a heatmap's "Show numbers" table. */
    public LessonPage showNumbers(String heatmap) {
        driver.findElement(By.cssSelector("#heatmap-" + heatmap + " summary")).click();
        return this;
    }

    /** Moves the mouse over cell (row, col) of a matrix or numbers table. */
    public LessonPage hoverCell(String matrix, int row, int col) {
        new Actions(driver).moveToElement(cell(matrix, row, col)).perform();
        return this;
    }

    /** Clicks (and so focuses) cell (row, col) of a read-only matrix. */
    public LessonPage clickCell(String matrix, int row, int col) {
        cell(matrix, row, col).click();
        return this;
    }

    private WebElement cell(String matrix, int row, int col) {
        return driver.findElement(By.cssSelector("#matrix-" + matrix + " td[data-row='" + row + "'][data-col='"
                + col + "']"));
    }

    /** How many cells of a matrix are highlighted as the source of the hovered cell, in one row or column. */
    public long highlightedCells(String matrix, String rowOrCol, int index) {
        return (Long) js("return document.querySelectorAll(arguments[0]).length",
                "#matrix-" + matrix + " td.mg-source[data-" + rowOrCol + "='" + index + "']");
    }

    /** How many cells of a matrix are highlighted as sources in all. */
    public long highlightedCells(String matrix) {
        return (Long) js("return document.querySelectorAll(arguments[0]).length", "#matrix-" + matrix + " td.mg-source");
    }

    // ---- inputs ----

    public LessonPage typeSentence(String sentence) {
        WebElement field = driver.findElement(By.cssSelector("#sentence-input input"));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), sentence, Keys.ENTER);
        return this;
    }

    public String sentenceError() {
        return driver.findElement(By.id("sentence-input")).getAttribute("errorMessage");
    }

    public boolean sentenceInvalid() {
        return driver.findElement(By.id("sentence-input")).getAttribute("invalid") != null;
    }

    public boolean inputsPanelShown() {
        return driver.findElement(By.cssSelector(".inputs-panel")).isDisplayed();
    }

    // ---- sharing, presenting, messages ----

    /** Opens the Share dialog and returns the link it offers. */
    public String shareLink() {
        driver.findElement(By.id("share-button")).click();
        return waitUntil(d -> {
            var f = d.findElements(By.cssSelector("#share-link input"));
            return f.isEmpty() ? null : f.get(0).getAttribute("value");
        });
    }

    /**
     * How many rows the header's controls take: the brand, the step indicator and each visible action, grouped into
     * rows where one lies wholly below the ones before it.
     */
    public int headerRows() {
        return ((Number) js("const h = document.querySelector('.app-header');"
                + " const items = [...h.children].filter(e => !e.classList.contains('header-actions'))"
                + "   .concat([...h.querySelectorAll('.header-actions > *')])"
                + "   .map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0)"
                + "   .sort((a, b) => a.top - b.top);"
                + " let rows = 0, bottom = -Infinity;"
                + " for (const r of items) { if (r.top >= bottom - 1) { rows++; bottom = r.bottom; }"
                + "   else { bottom = Math.max(bottom, r.bottom); } }"
                + " return rows;")).intValue();
    }

    /** The {@code src} of the Share dialog's QR code (open the dialog first). */
    public String shareQrSource() {
        return driver.findElement(By.id("share-qr")).getAttribute("src");
    }

    /** The step heading's font size in CSS pixels. */
    public double headingFontPx() {
        return Double.parseDouble(js("return parseFloat(getComputedStyle(document.getElementById('step-heading'))"
                + ".fontSize)").toString());
    }

    /** Waits for a notification and returns its text. */
    public String notificationText() {
        return waitUntil(x -> {
            Object t = js("const c = document.querySelector('vaadin-notification-card'); return c ? c.innerText : null;");
            return t == null ? null : t.toString();
        });
    }

    /** Waits for Vaadin's system error box (e.g. session expired) and returns its text. */
    public String systemErrorText() {
        return waitUntil(d -> {
            Object t = js("const e = document.querySelector('.v-system-error'); return e ? e.innerText : null;");
            return t == null ? null : t.toString();
        });
    }

    /** Clicks Vaadin's system error box (it reloads the page). */
    public void clickSystemError() {
        driver.findElement(By.cssSelector(".v-system-error")).click();
    }

    // ---- classroom ----

    /** The teacher's join code (waits for the classroom bar). */
    public String joinCode() {
        return waitUntil(d -> d.findElements(By.id("join-code")).isEmpty() ? null
                : d.findElement(By.id("join-code")).getText());
    }

    /** The teacher's join link. */
    public String joinLink() {
        return driver.findElement(By.id("join-link")).getAttribute("href");
    }

    /** A following student: "Explore on my own"; waits for the private copy at the same step. */
    public LessonPage exploreOnMyOwn() {
        String step = currentStepId();
        driver.findElement(By.id("explore-button")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/explore/" + step) ? true : null);
        return waitForStep(step);
    }
}
