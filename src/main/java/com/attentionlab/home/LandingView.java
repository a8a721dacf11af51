package com.attentionlab.home;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.ui.ClassroomStarter;
import com.attentionlab.classroom.ui.JoinGate;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonView;
import com.attentionlab.modelview.ModelView;
import com.attentionlab.challenge.ui.ChallengeListView;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The start page: what you will learn, and the ways in: the lesson, a new classroom, or joining one. */
@Route("")
@PageTitle("Attention Lab — learn self-attention step by step")
public class LandingView extends Main {

    private final JoinGate gate;
    private final LessonPresenters presenters;
    private final ClassroomStarter starter;

    public LandingView(LessonPresenters presenters, JoinGate gate, ClassroomStarter starter) {
        this.presenters = presenters;
        this.gate = gate;
        this.starter = starter;
        addClassName("landing");
        H1 title = new H1("Attention Lab");
        Paragraph lead = new Paragraph("Understanding Self-Attention, Part 1: how a transformer lets every word "
                + "look at every other word. Every number is computed live, every weight is yours to edit, and any "
                + "screen can be shared as a link.");
        lead.addClassName("lead");
        add(title, lead, createActions(), createLearn());
    }

    private Div createActions() {
        Button start = new Button("Start the lesson", e -> e.getSource().getUI().ifPresent(ui ->
                ui.navigate(LessonView.pathOf(Step.INTUITION))));
        start.setId("start-lesson");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button classroom = new Button("Start a classroom",
                e -> starter.start(presenters.create().toShared(), Step.INTUITION));
        classroom.setId("start-classroom");
        classroom.addThemeVariants(ButtonVariant.LUMO_LARGE);
        TextField code = new TextField("Join a classroom");
        code.setId("join-code-input");
        code.setPlaceholder("e.g. K7QM2X");
        code.setMaxLength(12);
        code.setAllowedCharPattern("[A-Za-z0-9 -]");
        Button join = new Button("Join", e -> join(code));
        join.setId("join-button");
        code.addKeyPressListener(Key.ENTER, e -> join(code));
        Div joinRow = new Div(code, join);
        joinRow.addClassName("join-row");
        Button model = new Button("Every head of a trained model", e -> e.getSource().getUI().ifPresent(ui ->
                ModelView.open(ui, LessonPresenter.DEFAULT_SENTENCE)));
        model.setId("open-model-view");
        model.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Button challenges = new Button("Challenges", e -> e.getSource().getUI().ifPresent(ui ->
                ui.navigate(ChallengeListView.PATH)));
        challenges.setId("open-challenges");
        challenges.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Div actions = new Div(start, classroom, model, challenges, joinRow);
        actions.addClassName("landing-actions");
        return actions;
    }

    private void join(TextField field) {
        String code = Classrooms.normalize(field.getValue());
        if (code.length() != Classrooms.CODE_LENGTH) {
            field.setErrorMessage("A join code has " + Classrooms.CODE_LENGTH + " letters and digits.");
            field.setInvalid(true);
            return;
        }
        String problem = gate.open(code, false).problem();
        if (problem != null) {
            field.setErrorMessage(problem);
            field.setInvalid(true);
            return;
        }
        field.setInvalid(false);
        getUI().ifPresent(ui -> ui.navigate("join/" + code));
    }

    private Div createLearn() {
        OrderedList steps = new OrderedList();
        for (Step s : Step.values()) {
            steps.add(new ListItem(s.title() + ": " + s.summary()));
        }
        Div learn = new Div(new H2("What you will learn"), steps,
                new Paragraph("The running example is the lesson's own sentence, \"The cat sat on the mat because "
                        + "it was tired\": you will see \"it\" attend to \"cat\" — and make it stop."),
                new H2("For teachers"),
                new Paragraph("Press Present for type readable from the back of the room (F for full screen, "
                        + "← → between steps). Start a classroom and your students' screens follow yours live: "
                        + "they open the join link or type the six-character code above."));
        learn.addClassName("landing-learn");
        return learn;
    }
}
