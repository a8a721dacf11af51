package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * The content of one lesson step: a heading, a few paragraphs in a teacher's voice, the step's formula and
 * the matrices or charts involved. {@link #refresh} is called after every change of the lesson state and must
 * update in place (no rebuilding), so that an edit costs one small round trip.
 */
abstract class StepPanel extends Section {

    protected final LessonPresenter presenter;
    /** The step's live narration: facts about the current numbers, rewritten after every change. */
    protected final Paragraph narration = new Paragraph();
    private final H2 heading = new H2();

    StepPanel(LessonPresenter presenter, Step step) {
        this.presenter = presenter;
        addClassName("step-panel");
        setId("step-" + step.slug());
        heading.setText(step.number() + ". " + step.title());
        heading.setId("step-heading");
        heading.getElement().setAttribute("tabindex", "-1"); // focusable by script, not a Tab stop
        add(heading);
        narration.setId("narration");
        narration.addClassName("narration");
        narration.getElement().setAttribute("aria-live", "polite");
    }

    /** The learner arrives at this step: scroll to the top and put the focus on the heading (read out first). */
    void arrive() {
        heading.getElement().executeJs("window.scrollTo(0, 0); this.focus({preventScroll: true});");
    }

    /** Paragraphs of explanation. */
    protected Div text(String... paragraphs) {
        Div div = new Div();
        div.addClassName("explanation");
        for (String p : paragraphs) {
            div.add(new Paragraph(p));
        }
        add(div);
        return div;
    }

    protected Formula formula(String tex) {
        Formula f = new Formula(tex);
        add(f);
        return f;
    }

    /** A row of figures (matrices, charts) that wraps on narrow screens. */
    protected Div figures(Component... parts) {
        Div div = new Div(parts);
        div.addClassName("figures");
        add(div);
        return div;
    }

    abstract void refresh();
}
