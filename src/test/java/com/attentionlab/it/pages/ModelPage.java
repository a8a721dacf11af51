package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Map;

/** The model view at /model: every head of the trained model, find heads, the contrast pair. */
public class ModelPage extends Page {

    public ModelPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Opens /model (the default sentence) and waits until every head is drawn. */
    public ModelPage open() {
        driver.get(baseUrl + "/model");
        return waitForHeadsDrawn();
    }

    /** Waits until all 72 heads' canvases have their pixels (one per token and token). */
    public ModelPage waitForHeadsDrawn() {
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const c = [...document.querySelectorAll('#head-grid head-thumb canvas')];
                return c.length === 72 && c.every(x => x.width > 1 && x.getBoundingClientRect().width > 0);""")) ? true : null);
        return this;
    }

    /** How many head heatmaps the page has (canvases in the grid). */
    public long heatmapCount() {
        return ((Number) js("return document.querySelectorAll('#head-grid head-thumb canvas').length;")).longValue();
    }

    /** The tokens a head's heatmap has pixels for (its canvas width). */
    public long tokensDrawn(int layer, int head) {
        return ((Number) js("return document.querySelector('#head-' + arguments[0] + '-' + arguments[1] + ' canvas').width;",
                layer, head)).longValue();
    }

    /** Find heads' rows as shown, best first: layer, head (1-based) and weight. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> foundHeads() {
        return (List<Map<String, Object>>) js("""
                return [...document.querySelectorAll('#find-results .found-head')].map(b => ({
                    layer: Number(b.dataset.layer), head: Number(b.dataset.head), weight: Number(b.dataset.weight),
                    text: b.textContent}));""");
    }

    /** The chosen query and key tokens' labels in Find heads. */
    public List<String> findPair() {
        return List.of(selectLabel("find-query"), selectLabel("find-key"));
    }

    private String selectLabel(String id) {
        return js("const s = document.getElementById(arguments[0]); const v = s.querySelector('vaadin-select-value-button');"
                + " return v ? v.textContent.trim() : '';", id).toString();
    }

    /** Clicks Find heads' first row: the lesson opens on that head's softmax step. */
    public LessonPage openFirstFound() {
        driver.findElement(By.id("found-1")).click();
        return new LessonPage(driver, baseUrl).waitForStep("softmax");
    }

    /** Focuses a head of the grid and presses Enter: the lesson opens on it. */
    public LessonPage openHeadWithEnter(int layer, int head) {
        driver.findElement(By.id("head-" + layer + "-" + head)).sendKeys(Keys.ENTER);
        return new LessonPage(driver, baseUrl).waitForStep("softmax");
    }

    /** Presses "Compare: …it was tired / …it was soft"; returns how many contrast charts are then drawn. */
    public long compare() {
        driver.findElement(By.id("contrast-pair")).click();
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const h = [...document.querySelectorAll('#contrast attention-bars canvas')];
                return h.length === 2 && h.every(c => c.width > 0);""")) ? true : null);
        return ((Number) js("return document.querySelectorAll('#contrast attention-bars').length;")).longValue();
    }

    /** The caveat under the contrast pair. */
    public String caveat() {
        return driver.findElement(By.id("contrast-caveat")).getText();
    }

    /** The page's full height in CSS pixels. */
    public long pageHeight() {
        return ((Number) js("return document.documentElement.scrollHeight;")).longValue();
    }

    /** How many pixels the page is wider than the viewport (0 or less: no sideways scrolling). */
    public long sidewaysOverflow() {
        return ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }

    /** How much wider the grid is than its box (more than 0: it scrolls sideways inside the box). */
    public long gridOverflow() {
        return ((Number) js("const b = document.getElementById('head-grid'); return b.scrollWidth - b.clientWidth;"))
                .longValue();
    }

    /** The smallest head's width on screen, in CSS pixels. */
    public double smallestHeadPx() {
        return ((Number) js("return Math.min(...[...document.querySelectorAll('#head-grid .head-button')]"
                + ".map(b => b.getBoundingClientRect().width));")).doubleValue();
    }

    /**
     * The lesson page's weights heatmap: the weight row {@code query} gives column {@code key}, by token, as the
     * browser has it.
     */
    public double lessonWeight(String query, String key) {
        return ((Number) js("""
                const d = JSON.parse(document.getElementById('heatmap-weights').data);
                return d.values[d.rowLabels.indexOf(arguments[0])][d.colLabels.indexOf(arguments[1])];""",
                query, key)).doubleValue();
    }

    /** The lesson page's weights heatmap's row tokens. */
    @SuppressWarnings("unchecked")
    public List<String> lessonTokens() {
        return (List<String>) js("return JSON.parse(document.getElementById('heatmap-weights').data).rowLabels;");
    }

    public String url() {
        return driver.getCurrentUrl();
    }
}
