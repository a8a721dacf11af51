package com.attentionlab.it.pages;

import org.openqa.selenium.WebDriver;

import java.util.List;

/** What a lesson screen says in words: the step's narration, the "what changed" line, the token chips. */
public class LessonTexts extends Page {

    public LessonTexts(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** The step's live narration (id narration). */
    public String narration() {
        Object t = js("const n = document.getElementById('narration'); return n ? n.textContent : '';");
        return t.toString();
    }

    /** Waits until the narration contains {@code text}; returns it. */
    public String waitForNarration(String text) {
        return waitUntil(d -> narration().contains(text) ? narration() : null);
    }

    /** Waits for the "what changed" line to say something containing {@code text}; returns the line. */
    public String waitForWhatChanged(String text) {
        return waitUntil(d -> {
            Object t = js("const n = document.getElementById('what-changed'); return n ? n.textContent : '';");
            return t.toString().contains(text) ? t.toString() : null;
        });
    }

    /** The tokens whose chip (step 1) is marked as not in the lesson's vocabulary. */
    @SuppressWarnings("unchecked")
    public List<String> unknownChips() {
        return (List<String>) js("return [...document.querySelectorAll('.token-chip[data-unknown=\"true\"]')]"
                + ".map(c => c.firstChild ? c.firstChild.textContent : c.textContent);");
    }

    /** The tokens whose row header in X is marked as not in the lesson's vocabulary. */
    @SuppressWarnings("unchecked")
    public List<String> unknownRowsOfX() {
        return (List<String>) js("const m = document.getElementById('matrix-x'); return m ? [...m.querySelectorAll("
                + "'th[data-token][data-unknown=\"true\"]')].map(th => th.dataset.token) : [];");
    }
}
