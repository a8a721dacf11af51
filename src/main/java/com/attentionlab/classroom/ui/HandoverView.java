package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.Links;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * {@code /teach/{code}/handover#CODE}: another device of the teacher takes over the class with a one-time code.
 * The code is in the fragment, which the browser never sends to a server or in a Referer; the page reads it,
 * removes it from the address bar at once, and trades it for the control of the room in this browser session.
 */
@Route("teach/:code/handover")
@PageTitle("Taking over the class — Attention Lab")
public class HandoverView extends Div implements BeforeEnterObserver {

    /** Reads the fragment and removes it from the address bar and history (constant script, no parameters). */
    private static final String TAKE_FRAGMENT = """
            const code = location.hash.length > 1 ? location.hash.substring(1) : '';
            history.replaceState(null, '', location.pathname + location.search);
            return code;""";

    private final Classrooms classrooms;
    private String code = "";

    public HandoverView(Classrooms classrooms) {
        this.classrooms = classrooms;
        addClassName("landing");
        setId("handover");
        add(new H1("Taking over the class…"));
    }

    static String pathOf(String code) {
        return "teach/" + code + "/handover";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = Classrooms.normalize(event.getRouteParameters().get("code").orElse(""));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(TAKE_FRAGMENT).then(String.class, this::claim, err -> claim(""));
    }

    /** Trades the one-time code for the room's control in this session, then opens the teacher's screen. */
    void claim(String token) {
        var key = classrooms.claimHandover(code, token);
        if (key.isEmpty()) {
            removeAll();
            add(new H1("This teacher link does not work (any more)"),
                    new Paragraph("A one-time teacher link works once, within 10 minutes, while the class runs. "
                            + "On the device that teaches the class, press \u201cContinue on another device\u201d "
                            + "for a new one."),
                    Links.home("Back to the start page"));
            return;
        }
        TeacherKeys.remember(code, key.get());
        Room room = classrooms.find(code).orElseThrow();
        Step step = Step.fromSlug(room.latest().step()).orElse(Step.INTUITION);
        getUI().ifPresent(ui -> ui.navigate(TeacherView.pathOf(code, step)));
    }
}
