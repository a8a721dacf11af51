package com.attentionlab.challenge.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonHeaderAction;
import com.attentionlab.lesson.ui.PublicUrls;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

import java.util.function.Supplier;

/** "Make a challenge" in the solo lesson's header: a teacher turns the lesson as it is now into a challenge link. */
@org.springframework.stereotype.Component
public class ChallengeAuthoring implements LessonHeaderAction {

    private final PublicUrls urls;

    public ChallengeAuthoring(PublicUrls urls) {
        this.urls = urls;
    }

    @Override
    public Component create(LessonPresenter presenter, Supplier<Step> step) {
        Button make = new Button("Make a challenge",
                e -> new ChallengeDialog(presenter.toShared(), step.get(), urls::absolute).open());
        make.setId("make-challenge");
        return make;
    }
}
