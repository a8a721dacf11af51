package com.attentionlab.challenge.ui;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.lesson.ui.LessonView;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code /challenges}: the built-in challenges in order, a ✓ beside those this browser has solved. */
@Route(ChallengeListView.PATH)
@PageTitle("Challenges — Attention Lab")
public class ChallengeListView extends Div {

    public static final String PATH = "challenges";

    private final Map<String, Span> marks = new LinkedHashMap<>();

    public ChallengeListView(Challenges challenges) {
        setId("challenge-list");
        addClassName("challenge-list");
        OrderedList list = new OrderedList();
        for (Challenge c : challenges.all()) {
            Span mark = new Span("✓");
            mark.setId("solved-" + c.id());
            mark.addClassName("solved-mark");
            mark.getElement().setAttribute("aria-label", "solved");
            mark.setVisible(false);
            marks.put(c.id(), mark);
            Anchor link = new Anchor(ChallengeView.pathOf(c.id()), c.title());
            link.setId("challenge-link-" + c.id());
            Span about = new Span(c.level().label() + " · step " + c.step().number() + ", " + c.step().title());
            about.addClassName("challenge-about");
            list.add(new ListItem(mark, link, about));
        }
        Anchor lesson = new Anchor(LessonView.pathOf(Step.INTUITION), "Back to the lesson");
        add(new H1("Challenges"), new Paragraph("Each one starts from a lesson state; edit the numbers until the "
                + "goal is met. Solved ones are remembered in this browser."), list, lesson);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        SolvedChallenges.read(this, this::showSolved);
    }

    /** Ticks the solved challenges (what the browser's list says). */
    void showSolved(Set<String> solved) {
        marks.forEach((id, mark) -> mark.setVisible(solved.contains(id)));
    }
}
