package com.attentionlab.lesson.ui;

import com.vaadin.flow.component.html.Anchor;

/** Links to places outside the lesson, by path, so the lesson needs no compile-time knowledge of those views. */
public final class Links {

    private Links() {
    }

    /** The start page (the app's root; "." resolves against the page's base URL). */
    public static Anchor home(String text) {
        Anchor a = new Anchor(".", text);
        a.addClassName("home-link");
        return a;
    }
}
