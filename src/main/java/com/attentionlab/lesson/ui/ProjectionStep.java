package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.html.Div;
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
                        + "multiplying with a learned weight matrix: W_Q, W_K and W_V, shown below the three views.",
                "Hover over any number of Q, K or V to see which row of X and which column of W it came from.");
        formula("Q = X W_Q, \\qquad K = X W_K, \\qquad V = X W_V");
        mainFigure(figures(card("Query — what am I looking for?",
                        "In the default weights, column q0 of a pronoun or a state word says: I'm looking for "
                                + "something living.", q),
                card("Key — what do I contain?",
                        "In the default weights, column k0 answers: I am living (cat) — or I'm not (mat, the, on).",
                        k),
                card("Value — what do I pass on?",
                        "What a token hands over to whoever attends to it: in the default weights its living, "
                                + "noun, action and state features.", v)));
        add(narration);
        figures(weights("W_Q", "One column per query dimension: what a query asks for.", Editable.WQ),
                weights("W_K", "One column per key dimension: what a key offers.", Editable.WK),
                weights("W_V", "One column per value dimension: what a value carries.", Editable.WV))
                .addClassName("weight-figures");
        refresh();
    }

    /** A copy of a weight matrix; while presenting, a click on a number opens the compact editor. */
    private Div weights(String title, String text, Editable e) {
        Div card = card(title, text, inputCopy(e));
        Paragraph hint = new Paragraph("Click a number to change it.");
        hint.addClassName("presenting-hint");
        card.add(hint);
        return card;
    }

    @Override
    void refresh() {
        var s = presenter.state();
        var h = presenter.trace().head();
        refreshInputCopies();
        q.show(h.q(), s.tokens(), true, Labels.columns("q", h.q().cols()), Map.of());
        k.show(h.k(), s.tokens(), true, Labels.columns("k", h.k().cols()), Map.of());
        v.show(h.v(), s.tokens(), true, Labels.columns("v", h.v().cols()), Map.of());
        narration.setText(Narration.projection(s, presenter.trace()));
    }
}
