package com.attentionlab.lesson.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The start page. */
@Route("")
@PageTitle("Attention Lab")
public class LandingView extends Main {

    public LandingView() {
        add(new H1("Attention Lab"), new Paragraph("Learn how self-attention works, one live step at a time."));
    }
}
