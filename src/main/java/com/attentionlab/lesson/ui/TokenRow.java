package com.attentionlab.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** The tokens as a row of chips, as they are (e.g. WordPiece's {@code [CLS]}, {@code ##s}); text, never HTML. */
class TokenRow extends Div {

    private List<String> shown = List.of();

    TokenRow(String label) {
        setId("token-row");
        addClassName("token-row");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", label);
    }

    void show(List<String> tokens) {
        if (tokens.equals(shown)) {
            return;
        }
        shown = List.copyOf(tokens);
        removeAll();
        for (String t : tokens) {
            Span chip = new Span(t);
            chip.addClassName("token-chip");
            chip.getElement().setAttribute("role", "listitem");
            if (t.equals("[CLS]") || t.equals("[SEP]")) {
                chip.addClassName("token-chip-marker");
            }
            add(chip);
        }
    }
}
