package com.attentionlab.it.pages;

import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Map;

/**
 * How a lesson screen fits the screen it is on: sideways scrolling, where the step's main figure (class
 * {@code main-figure}) is, and the type sizes a person at the back of a room reads. Numbers in CSS pixels.
 */
public class ScreenFit extends Page {

    public ScreenFit(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** How many pixels the page is wider than the viewport (0 or less: no sideways scrolling). */
    public long sidewaysOverflow() {
        return ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }

    /** How many elements of the step are marked as its main figure. */
    public long mainFigures() {
        return ((Number) js("return document.querySelectorAll('.step-panel .main-figure').length;")).longValue();
    }

    /**
     * Scrolls the main figure into view and says whether it is then (at least partly) on the screen and drawn: a
     * box of some size, not hidden.
     */
    public boolean mainFigureShownAfterScrolling() {
        return Boolean.TRUE.equals(js("""
                const f = document.querySelector('.step-panel .main-figure');
                if (!f) return false;
                f.scrollIntoView({block: 'start'});
                const r = f.getBoundingClientRect();
                const s = getComputedStyle(f);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'
                    && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;"""));
    }

    /** The main figure's box as the page opened (no scrolling): top, bottom, left, right; and the viewport. */
    @SuppressWarnings("unchecked")
    public Map<String, Number> mainFigureBoxUnscrolled() {
        return (Map<String, Number>) js("""
                window.scrollTo(0, 0);
                const r = document.querySelector('.step-panel .main-figure').getBoundingClientRect();
                return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,
                        width: innerWidth, height: innerHeight};""");
    }

    /** Whether the main figure is wholly on the screen without scrolling. */
    public boolean mainFigureWhollyOnScreen() {
        Map<String, Number> b = mainFigureBoxUnscrolled();
        return b.get("top").doubleValue() >= 0 && b.get("left").doubleValue() >= 0
                && b.get("bottom").doubleValue() <= b.get("height").doubleValue()
                && b.get("right").doubleValue() <= b.get("width").doubleValue();
    }

    /** Font sizes of the step's visible headings (h2, h3). */
    @SuppressWarnings("unchecked")
    public List<Number> headingSizes() {
        return (List<Number>) js("return [...document.querySelectorAll('.step-panel h2, .step-panel h3')]"
                + ".filter(e => e.getClientRects().length).map(e => parseFloat(getComputedStyle(e).fontSize));");
    }

    /** The largest font size of the step's visible paragraphs. */
    public double largestTextSize() {
        return ((Number) js("return Math.max(0, ...[...document.querySelectorAll('.step-panel p')]"
                + ".filter(e => e.getClientRects().length).map(e => parseFloat(getComputedStyle(e).fontSize)));"))
                .doubleValue();
    }

    /** The axis labels' type of the main figure's first heatmap, in px. */
    public double mainHeatmapLabelPx() {
        return ((Number) js("return parseFloat(getComputedStyle(document.querySelector("
                + "'.main-figure attention-heatmap .hm-canvas-box')).fontSize);")).doubleValue();
    }

    /** The type of the numbers printed in the main figure's first heatmap's cells, in px (0: none printed). */
    public double mainHeatmapNumberPx() {
        return waitUntil(d -> {
            Object px = js("const c = document.querySelector('.main-figure attention-heatmap canvas');"
                    + " return c ? c.getAttribute('data-number-px') : null;");
            return px == null ? null : Double.parseDouble(px.toString());
        });
    }
}
