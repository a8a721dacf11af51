package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Map;

/** Step 3: Q = X·W_Q, K = X·W_K, V = X·W_V. */
class ProjectionStep extends StepPanel {

    private final MatrixGrid q = new MatrixGrid("q", "Q", false);
    private final MatrixGrid k = new MatrixGrid("k", "K", false);
    private final MatrixGrid v = new MatrixGrid("v", "V", false);

    ProjectionStep(LessonPresenter presenter) {
        super(presenter, Step.PROJECTION);
        text("Each token now plays three roles, and each role is a different view of the same row of X, made by "
                        + "multiplying with a learned weight matrix (W_Q, W_K and W_V, in the panel on the left).",
                "Hover over any number of Q, K or V to see which row of X and which column of W it came from.");
        formula("Q = X W_Q, \\qquad K = X W_K, \\qquad V = X W_V");
        figures(card("Query — what am I looking for?",
                        "In the default weights, column q0 of a pronoun or a state word says: I'm looking for "
                                + "something living.", q),
                card("Key — what do I contain?",
                        "In the default weights, column k0 answers: I am living (cat) — or I'm not (mat, the, on).",
                        k),
                card("Value — what do I pass on?",
                        "What a token hands over to whoever attends to it: in the default weights its living, "
                                + "noun, action and state features.", v));
        add(narration);
        refresh();
    }

    static Div card(String title, String text, com.vaadin.flow.component.Component... body) {
        Div card = new Div(new H3(title));
        if (!text.isEmpty()) {
            card.add(new Paragraph(text));
        }
        card.add(body);
        card.addClassName("figure-card");
        return card;
    }

    @Override
    void refresh() {
        var s = presenter.state();
        var h = presenter.trace().head();
        q.show(h.q(), s.tokens(), true, Labels.columns("q", h.q().cols()), Map.of());
        k.show(h.k(), s.tokens(), true, Labels.columns("k", h.k().cols()), Map.of());
        v.show(h.v(), s.tokens(), true, Labels.columns("v", h.v().cols()), Map.of());
        narration.setText(Narration.projection(s, presenter.trace()));
    }
}
