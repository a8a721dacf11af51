package com.attentionlab.lesson.ui;

import com.vaadin.flow.component.html.Div;

/**
 * One line that says what just changed, in a polite live region (read out without moving the focus). The theme
 * fades it after a few seconds; the next change replaces it.
 */
class ChangeNote extends Div {

    private int shown;

    ChangeNote() {
        setId("what-changed");
        addClassName("what-changed");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("role", "status");
    }

    void show(String text) {
        shown++;
        setText(text);
        getElement().setAttribute("data-seq", Integer.toString(shown));
    }
}
