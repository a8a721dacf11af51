package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The lesson on a trained model's head: the source choice in the inputs panel, the layer and head pickers under the
 * header, and the line each step shows about the head.
 */
public class ModelControls extends Page {

    public ModelControls(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Clicks "Trained model (all-MiniLM-L6-v2)" and waits until the model's head is shown (it may load first). */
    public ModelControls chooseTrainedModel() {
        driver.findElement(By.id("source-model")).click();
        waitUntil(d -> !headLine().isEmpty() ? true : null);
        return this;
    }

    /** Chooses layer and head (1-based, as the pickers count) and waits for the step to show that head. */
    public ModelControls chooseHead(int layer, int head) {
        pick("model-layer", layer);
        waitUntil(d -> headLine().startsWith("Layer " + layer + ",") ? true : null);
        pick("model-head", head);
        waitUntil(d -> headLine().startsWith("Layer " + layer + ", head " + head + " ") ? true : null);
        return this;
    }

    /** The line about the head at the top of the step ("Layer 6, head 12 of …"), or "" when not on the model. */
    public String headLine() {
        Object t = js("const n = document.getElementById('model-note'); return n ? n.textContent : '';");
        return t == null ? "" : t.toString();
    }

    /** The number a picker shows (e.g. "12"). */
    public String picked(String id) {
        return String.valueOf(js("""
                const s = document.getElementById(arguments[0]);
                const b = s && (s.querySelector('vaadin-select-value-button')
                    || (s.shadowRoot && s.shadowRoot.querySelector('vaadin-select-value-button')));
                return b ? b.textContent.trim() : '';""", id));
    }

    private void pick(String id, int value) {
        if (picked(id).equals(Integer.toString(value))) {
            return;
        }
        driver.findElement(By.id(id)).click();
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const items = [...document.querySelectorAll('vaadin-select-overlay[opened] vaadin-select-item')];
                const item = items.find(i => i.textContent.trim() === arguments[0]);
                if (!item) return false;
                item.click();
                return true;""", Integer.toString(value))) ? true : null);
    }

    /**
     * Points the mouse at cell (row, col) of a {@code <weight-map>} (id {@code weightmap-<name>}) and returns the
     * value line it then shows (e.g. {@code X[cat, d0] = 0.123}).
     */
    public String hoverCell(String name, int row, int col) {
        js("""
                const map = document.getElementById('weightmap-' + arguments[0]);
                const canvas = map.querySelector('canvas');
                const cols = JSON.parse(map.data).colLabels.length, rows = JSON.parse(map.data).rowLabels.length;
                const r = canvas.getBoundingClientRect();
                const axis = 18, rh = (r.height - axis) / rows, cw = r.width / cols;
                canvas.scrollIntoView({block: 'center', inline: 'nearest'});
                const r2 = canvas.getBoundingClientRect();
                canvas.dispatchEvent(new MouseEvent('mousemove', {bubbles: true,
                    clientX: r2.left + (arguments[2] + 0.5) * cw, clientY: r2.top + axis + (arguments[1] + 0.5) * rh}));
                """, name, row, col);
        return readout(name);
    }

    /** Puts the keyboard focus on a weight map and presses keys there; returns its value line. */
    public String pressOnMap(String name, CharSequence... keys) {
        js("document.querySelector('#weightmap-' + arguments[0] + ' canvas').focus();", name);
        driver.switchTo().activeElement().sendKeys(keys);
        return readout(name);
    }

    private String readout(String name) {
        return String.valueOf(js("return document.querySelector('#weightmap-' + arguments[0] + ' .wm-readout')"
                + ".textContent;", name));
    }
}
