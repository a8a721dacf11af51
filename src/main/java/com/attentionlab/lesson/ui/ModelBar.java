package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Under the lesson's header while it shows a trained model's head: which model, and the layer and head pickers
 * (ids {@code model-layer}, {@code model-head}), so that a teacher switches head without opening the inputs.
 */
class ModelBar extends Div {

    private final LessonPresenter presenter;
    /** Made the first time the lesson is on the model: a hand-made lesson's tab does not carry it. */
    private HeadPicker picker;

    ModelBar(LessonPresenter presenter) {
        this.presenter = presenter;
        setId("model-bar");
        addClassName("model-bar");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Trained model's head");
        refresh();
    }

    void refresh() {
        setVisible(presenter.onModel());
        if (presenter.onModel()) {
            if (picker == null) {
                Span what = new Span("Trained model all-MiniLM-L6-v2");
                what.addClassName("model-bar-name");
                picker = new HeadPicker(presenter, "model", true);
                add(what, picker);
            }
            picker.refresh();
        }
    }
}
