package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/** The start page: what you will learn, and the way in. */
@Route("")
@PageTitle("Attention Lab — learn self-attention step by step")
public class LandingView extends Main {

    public LandingView() {
        addClassName("landing");
        H1 title = new H1("Attention Lab");
        Paragraph lead = new Paragraph("Understanding Self-Attention, Part 1: how a transformer lets every word "
                + "look at every other word. Every number is computed live, every weight is yours to edit.");
        lead.addClassName("lead");
        Button start = new Button("Start the lesson", e -> e.getSource().getUI().ifPresent(ui ->
                ui.navigate(LessonView.class, new RouteParameters("step", Step.INTUITION.slug()))));
        start.setId("start-lesson");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div actions = new Div(start);
        actions.addClassName("landing-actions");

        OrderedList steps = new OrderedList();
        steps.add(new ListItem("Why attention: the question every token asks"));
        steps.add(new ListItem("Embeddings: the matrix X, one named dimension per column"));
        steps.add(new ListItem("Queries, keys and values: three projections of each token"));
        steps.add(new ListItem("Scores: Q·Kᵀ / √d_k, and why we divide"));
        steps.add(new ListItem("Softmax: from scores to weights that sum to 1"));
        steps.add(new ListItem("Weighted sum: each token gathers what it attends to"));
        steps.add(new ListItem("Attention flow: the green lines between tokens"));
        steps.add(new ListItem("Multi-head: a look at the next lesson"));
        Div learn = new Div(new H2("What you will learn"), steps,
                new Paragraph("The running example is the lesson's own sentence, \"The cat sat on the mat because "
                        + "it was tired\": you will see \"it\" attend to \"cat\" — and make it stop."));
        learn.addClassName("landing-learn");
        add(title, lead, actions, learn);
    }
}
