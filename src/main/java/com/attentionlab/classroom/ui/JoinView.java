package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.ClassroomException;
import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.classroom.RoomSnapshot;
import com.attentionlab.lesson.Change;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.share.SharedLesson;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonScreen;
import com.attentionlab.lesson.ui.Links;
import com.attentionlab.lesson.ui.LessonView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

/**
 * A student's screen at {@code /join/{code}}: the teacher's step and state, pushed live from the server. The
 * student cannot change the room; "Explore on my own" opens a private copy of the current state.
 */
@Route("join/:code")
public class JoinView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Classrooms classrooms;
    private final JoinGate gate;
    private final LessonPresenter presenter;
    private final LessonScreen screen;
    private final Span status = new Span();
    private Room room;
    private String code = "";
    private Step step = Step.INTUITION;
    private long version;
    private boolean ended;
    private Runnable following;

    public JoinView(LessonPresenters presenters, Classrooms classrooms, JoinGate gate) {
        this.classrooms = classrooms;
        this.gate = gate;
        this.presenter = presenters.create(); // the student's own copy, never the room's
        this.screen = new LessonScreen(presenter, s -> { }, s -> ""); // following: no navigation of one's own
        addClassName("join-route");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = Classrooms.normalize(event.getRouteParameters().get("code").orElse(""));
        removeAll();
        JoinGate.Result open = gate.open(code, true);
        room = open.room();
        if (room == null) {
            showMessage(open.problem(), "Check the code with your teacher; codes have six letters and digits.");
            return;
        }
        status.setId("follow-status");
        Button explore = new Button("Explore on my own", e -> explore());
        explore.setId("explore-button");
        screen.setFollowing(true);
        screen.setBanner(new Span("Class " + room.code() + " ·"), status, explore);
        add(screen);
        apply(room.snapshot());
    }

    private void showMessage(String title, String text) {
        Div box = new Div(new H1(title), new Paragraph(text), Links.home("Back to the start page"));
        box.addClassName("landing");
        box.setId("join-error");
        add(box);
    }

    private void apply(RoomSnapshot s) {
        if (s.version() < version) {
            return; // an older snapshot arriving late: the latest wins
        }
        version = s.version();
        SharedLesson before = presenter.toShared();
        presenter.load(s.lesson());
        if (following != null) {
            Change.between(before, s.lesson()).ifPresent(screen::showChange); // what the teacher just changed
        }
        step = Step.fromSlug(s.step()).orElse(Step.INTUITION);
        screen.show(step);
        boolean endsNow = s.ended() && !ended;
        ended = s.ended();
        String state = ended ? "ended" : s.teacherOnline() ? "following" : "teacher-offline";
        status.setText(switch (state) {
            case "ended" -> "The class has ended. You keep the lesson as you last saw it.";
            case "teacher-offline" -> "Teacher offline: the teacher's screen has been closed for a while. Your "
                    + "screen follows again as soon as it is back.";
            default -> "Following the teacher, live.";
        });
        status.getElement().setAttribute("data-state", state);
        status.getElement().setAttribute("data-version", Long.toString(version));
        if (endsNow) {
            endedDialog().open();
        }
    }

    /** A message that does not scroll away: the class is over, and what the student can do now. */
    private Dialog endedDialog() {
        Dialog d = new Dialog();
        d.setId("class-ended-dialog");
        d.setHeaderTitle("The class has ended");
        d.add(new Paragraph("Thank you for following along. You keep the lesson exactly as you last saw it, and you "
                + "can go on exploring it on your own."));
        Button keep = new Button("Explore this lesson", e -> {
            d.close();
            explore();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button("Close", e -> d.close());
        d.getFooter().add(close, keep);
        return d;
    }

    /** A private copy of the lesson as it is now; after the class has ended, simply the lesson. */
    private void explore() {
        QueryParameters q = QueryParameters.of("s", presenter.shareCode());
        getUI().ifPresent(ui -> ui.navigate(ended ? LessonView.pathOf(step) : ExploreView.pathOf(code, step), q));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (room == null || following != null) {
            return;
        }
        UI ui = attachEvent.getUI();
        try {
            following = classrooms.follow(room, snapshot -> ui.access(() -> apply(snapshot)));
            apply(room.snapshot()); // anything broadcast between entering and following
        } catch (ClassroomException e) {
            removeAll();
            showMessage("Cannot join this class", e.getMessage());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (following != null) {
            following.run();
            following = null;
        }
    }

    /** The step the student sees. */
    public Step step() {
        return step;
    }

    public LessonPresenter presenter() {
        return presenter;
    }

    public boolean ended() {
        return ended;
    }

    @Override
    public String getPageTitle() {
        return "Class " + code + " — Attention Lab";
    }
}
