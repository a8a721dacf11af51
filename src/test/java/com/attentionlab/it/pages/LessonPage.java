package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** The lesson page, as actions a learner takes and numbers a learner reads. Finds elements by id. */
public class LessonPage {

    /** Vaadin's first start in a test JVM can take a while on a busy 2-core machine. */
    public static final Duration WAIT = Duration.ofSeconds(60);

    private final WebDriver driver;
    private final String baseUrl;

    public LessonPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public LessonPage open(String step) {
        driver.get(baseUrl + "/lesson/" + step);
        waitForStep(step);
        return this;
    }

    public LessonPage waitForStep(String step) {
        wait(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("step-" + step)));
        wait(WAIT).until(d -> !d.findElements(By.cssSelector("#step-" + step + " h2")).isEmpty());
        return this;
    }

    public String currentStepId() {
        Object id = js().executeScript("const p = document.querySelector('.step-panel'); return p ? p.id : '';");
        return id.toString().replaceFirst("^step-", "");
    }

    public String heading() {
        return js().executeScript("const h = document.getElementById('step-heading'); return h ? h.textContent : '';")
                .toString();
    }

    /** Presses a key with the focus on the page body (not in a field). */
    public LessonPage pressOnPage(CharSequence key) {
        ((JavascriptExecutor) driver).executeScript(
                "if (document.activeElement && document.activeElement.blur) document.activeElement.blur();");
        driver.findElement(By.tagName("body")).sendKeys(key);
        return this;
    }

    public LessonPage next() {
        String before = currentStepId();
        pressOnPage(Keys.ARROW_RIGHT);
        wait(WAIT).until(d -> !currentStepId().equals(before));
        return this;
    }

    public LessonPage previous() {
        String before = currentStepId();
        pressOnPage(Keys.ARROW_LEFT);
        wait(WAIT).until(d -> !currentStepId().equals(before));
        return this;
    }

    /** Types a value into an editable matrix cell and commits it with Tab. */
    public LessonPage editCell(String matrix, int row, int col, String value) {
        WebElement input = cellInput(matrix, row, col);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        return this;
    }

    public WebElement cellInput(String matrix, int row, int col) {
        return driver.findElement(By.cssSelector("#matrix-" + matrix + " td[data-row='" + row + "'][data-col='"
                + col + "'] input"));
    }

    /**
     * The numbers of a matrix as shown in its cells (inputs' values, or the text of read-only cells), read in one
     * script call so that a re-render in between cannot tear the reading.
     */
    public double[][] numbers(String matrix) {
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) js().executeScript("""
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
        return (List<String>) js().executeScript("""
                const m = document.getElementById('matrix-' + arguments[0]);
                return m ? [...m.querySelectorAll('tbody th[data-token]')].map(th => th.dataset.token) : [];""",
                matrix);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

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

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return wait(WAIT).until(condition);
    }

    private WebDriverWait wait(Duration d) {
        return new WebDriverWait(driver, d);
    }
}
