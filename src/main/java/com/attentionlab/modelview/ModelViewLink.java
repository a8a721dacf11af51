package com.attentionlab.modelview;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonHeaderAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

import java.util.function.Supplier;

/** "All 72 heads" in the lesson's header: the model view on the lesson's sentence. */
@org.springframework.stereotype.Component
class ModelViewLink implements LessonHeaderAction {

    @Override
    public Component create(LessonPresenter presenter, Supplier<Step> step) {
        Button open = new Button("All 72 heads", e -> e.getSource().getUI().ifPresent(ui ->
                ModelView.open(ui, presenter.sentence())));
        open.setId("open-model-view");
        return open;
    }
}
