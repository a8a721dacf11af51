package com.attentionlab.challenge.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonHeaderAction;
import com.attentionlab.lesson.ui.PublicUrls;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.function.Supplier;

/**
 * "Make a challenge from this lesson" in the solo lesson's Share dialog: a teacher turns the lesson as it is now into a
 * challenge link. It lives in the Share dialog, not the header row, because it is another way of handing the lesson on
 * (and four buttons wrapped the header to two rows on a 1366 px laptop).
 */
@org.springframework.stereotype.Component
public class ChallengeAuthoring implements LessonHeaderAction {

    private final PublicUrls urls;

    public ChallengeAuthoring(PublicUrls urls) {
        this.urls = urls;
    }

    @Override
    public Placement placement() {
        return Placement.SHARE_DIALOG;
    }

    @Override
    public Component create(LessonPresenter presenter, Supplier<Step> step) {
        Button make = new Button("Make a challenge from this lesson",
                e -> new ChallengeDialog(presenter.toShared(), step.get(), urls::absolute).open());
        make.setId("make-challenge");
        Paragraph what = new Paragraph("Pick a goal for the lesson as it is now, and get a link: whoever opens it "
                + "edits the numbers until the goal is met.");
        what.setId("make-challenge-note");
        what.addClassName("note");
        make.getElement().setAttribute("aria-describedby", "make-challenge-note");
        Div box = new Div(make, what);
        box.addClassName("share-action");
        return box;
    }
}
