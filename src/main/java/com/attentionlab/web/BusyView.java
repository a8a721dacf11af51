package com.attentionlab.web;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** What a new tab sees when this server already holds as many lessons as it may: a kind word, nothing heavy. */
@Route("busy")
@PageTitle("Busy — Attention Lab")
public class BusyView extends Main {

    public BusyView() {
        addClassName("landing");
        setId("busy");
        add(new H1("The lab is full right now"),
                new Paragraph("This server is holding as many open lessons as it can. Please try again in a few "
                        + "minutes: lessons that people have closed make room. Your link still holds your lesson."));
    }
}
