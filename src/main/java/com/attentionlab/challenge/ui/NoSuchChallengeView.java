package com.attentionlab.challenge.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import jakarta.servlet.http.HttpServletResponse;

/** "No such challenge": what an unknown id or a broken challenge link shows, with the way to the list. */
public class NoSuchChallengeView extends Div implements HasErrorParameter<NoSuchChallengeException> {

    private final Paragraph reason = new Paragraph();

    public NoSuchChallengeView() {
        setId("no-such-challenge");
        addClassName("challenge-missing");
        reason.setId("no-such-challenge-reason");
        Anchor list = new Anchor(ChallengeListView.PATH, "See all challenges");
        list.setId("challenge-list-link");
        add(new H1("No such challenge"), reason, list);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoSuchChallengeException> parameter) {
        reason.setText(parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : parameter.getException().getMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
