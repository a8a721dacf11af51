package com.attentionlab.lesson.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.List;

/** A row of token buttons; one is selected (aria-pressed). Reports a new selection with a {@link PickEvent}. */
class TokenPicker extends Div {

    private final String idPrefix;
    private final Div buttons = new Div();
    private List<String> tokens = List.of();
    private int selected = -1;

    TokenPicker(String idPrefix, String label) {
        this.idPrefix = idPrefix;
        addClassName("token-picker");
        Span l = new Span(label);
        l.addClassName("token-picker-label");
        buttons.addClassName("token-picker-buttons");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", label);
        add(l, buttons);
    }

    /** Shows the tokens; keeps the selection if it still exists, else picks {@code preferred} or the last one. */
    void setTokens(List<String> next, String preferred) {
        if (!next.equals(tokens)) {
            tokens = List.copyOf(next);
            buttons.removeAll();
            for (int i = 0; i < tokens.size(); i++) {
                int index = i;
                Button b = new Button(tokens.get(i), e -> select(index, true)); // the token as text
                b.setId(idPrefix + "-" + i);
                b.addClassName("token-button");
                buttons.add(b);
            }
            int pick = tokens.indexOf(preferred);
            selected = -1;
            select(pick >= 0 ? pick : tokens.size() - 1, false);
        }
    }

    int selected() {
        return selected;
    }

    void select(int index, boolean fromUser) {
        if (index < 0 || index >= tokens.size()) {
            return;
        }
        selected = index;
        for (int i = 0; i < buttons.getComponentCount(); i++) {
            buttons.getComponentAt(i).getElement().setAttribute("aria-pressed", Boolean.toString(i == index));
        }
        if (fromUser) {
            fireEvent(new PickEvent(this));
        }
    }

    Registration addPickListener(ComponentEventListener<PickEvent> l) {
        return addListener(PickEvent.class, l);
    }

    static class PickEvent extends ComponentEvent<TokenPicker> {
        PickEvent(TokenPicker source) {
            super(source, true);
        }
    }

    static List<Double> row(com.attentionlab.engine.Matrix m, int i) {
        List<Double> out = new ArrayList<>();
        for (double v : m.row(i)) {
            out.add(v);
        }
        return out;
    }
}
