package com.attentionlab.it.pages;

import org.openqa.selenium.WebDriver;

import java.util.List;

/** How words the lesson does not know are marked: in matrix tables, heatmap number tables and the flow view. */
public class WordMarks extends Page {

    public WordMarks(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** The row tokens of a matrix or numbers table ({@code matrix-<name>}) marked as unknown. */
    @SuppressWarnings("unchecked")
    public List<String> markedRows(String matrix) {
        return (List<String>) js("return [...document.querySelectorAll(arguments[0])].map(th => th.dataset.token);",
                "#matrix-" + matrix + " tbody th[data-unknown='true']");
    }

    /** How many column headers of a matrix or numbers table are marked as unknown. */
    public long markedColumns(String matrix) {
        return ((Number) js("return document.querySelectorAll(arguments[0]).length;",
                "#matrix-" + matrix + " thead th[data-unknown='true']")).longValue();
    }

    /** The note a marked row header carries: its title and its visually hidden text (read by screen readers). */
    @SuppressWarnings("unchecked")
    public List<String> noteOfFirstMarkedRow(String matrix) {
        return (List<String>) js("const th = document.querySelector(arguments[0]);"
                + " return th ? [th.title, th.querySelector('.sr-only') ? th.querySelector('.sr-only').textContent : '']"
                + " : [];", "#matrix-" + matrix + " tbody th[data-unknown='true']");
    }

    /** The flow view's query tokens marked as unknown, with the accessible description each one has. */
    @SuppressWarnings("unchecked")
    public List<List<String>> markedFlowQueries() {
        return (List<List<String>>) js("""
                return [...document.querySelectorAll('.af-top button.af-token[data-unknown="true"]')].map(b => {
                    const d = document.getElementById(b.getAttribute('aria-describedby'));
                    return [b.textContent, d ? d.textContent : ''];
                });""");
    }
}
