package com.attentionlab.classroom.ui;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeCodeException;
import com.attentionlab.challenge.ChallengeCodec;
import com.attentionlab.challenge.Goal;
import com.attentionlab.classroom.ClassroomException;
import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.classroom.StudentProgress;
import com.attentionlab.share.SharedLesson;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.AbstractLessonView;
import com.attentionlab.lesson.ui.LessonView;
import com.attentionlab.lesson.ui.PublicUrls;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import java.util.Optional;

/**
 * The teacher's screen of a live classroom at {@code /teach/{code}/{step}}: the lesson screen, with every change of
 * state or step published to the room, and the classroom bar (join code, link, QR, student count, End class). Only a
 * browser session that holds the room's control key ({@link TeacherKeys}: the one that started the class, or one
 * that took it over with a one-time handover link) drives the room; the room's latest state wins on reload.
 */
@Route("teach/:code/:step")
public class TeacherView extends AbstractLessonView {

    private final Classrooms classrooms;
    private final ClassroomBar bar = new ClassroomBar();
    private Room room;
    private String key;
    private final PublicUrls urls;
    private Runnable unwatch;
    private Runnable unwatchProgress;
    private com.vaadin.flow.shared.Registration ticking;
    /** How often the dashboard's times move on while a challenge is on. */
    static final int TICK_MS = 10_000;
    private final Dashboard dashboard;
    private final Select<Challenge> challengeSelect = new Select<>();
    private final Button post = new Button("Post a challenge");
    private final Button endChallenge = new Button("End challenge");
    private final Button reveal = new Button("Reveal the solution");
    private final TextField challengeLink = new TextField();
    private final Checkbox explore = new Checkbox("Students may move between the steps");
    /** Says that a student's work (never whose) or the reference solution is on the screen, with the way back. */
    private final Div showingStudent = new Div();
    private final Span showingText = new Span();
    /** The teacher's own lesson while a student's work is shown; null otherwise. */
    private SharedLesson ownLesson;
    /** The challenge on in the room, or null. */
    private Challenge posted;

    public TeacherView(LessonPresenters presenters, PublicUrls urls, Classrooms classrooms) {
        super(presenters, urls);
        this.classrooms = classrooms;
        this.urls = urls;
        this.dashboard = new Dashboard(classrooms);
        dashboard.setOnShow(this::showStudent);
        screen.setBanner(bar, createChallengeControls(), createShowingStudent(), dashboard);
    }

    /**
     * "Showing a student's work (anonymous)" (or "the reference solution") and "Back to my lesson", while either is
     * shown instead of the teacher's lesson.
     */
    private Div createShowingStudent() {
        showingText.setId("showing-student-text");
        Button back = new Button("Back to my lesson", e -> backToOwnLesson());
        back.setId("back-to-my-lesson");
        showingStudent.setId("showing-student");
        showingStudent.addClassName("showing-student");
        showingStudent.getElement().setAttribute("role", "status");
        showingStudent.add(showingText, back);
        showingStudent.setVisible(false);
        return showingStudent;
    }

    /**
     * Loads a student's current state (from the dashboard's "Show") into this screen, and so onto the projector and
     * the following students' screens, at the challenge's step; the teacher's own lesson is kept to come back to (the
     * step stays where it is). No nickname is shown.
     */
    public void showStudent(StudentProgress p) {
        if (p.lesson() == null) {
            return;
        }
        SharedLesson own = presenter.toShared();
        Optional<String> problem;
        try {
            problem = presenter.loadShared(p.lesson());
        } catch (RuntimeException e) { // e.g. beyond the engine's limits
            problem = Optional.of(String.valueOf(e.getMessage()));
        }
        if (problem.isPresent()) {
            Notification.show("This student's work cannot be shown: " + problem.get(), 5000,
                    Notification.Position.TOP_CENTER);
            return;
        }
        showingInstead(own, "Showing a student's work (anonymous). Edits here change only this view.",
                RoomChallenges.resolve(p.challengeId()).map(Challenge::step));
    }

    /** The teacher's own lesson is kept (the first time) while something else is on the screen, at that step. */
    private void showingInstead(SharedLesson own, String notice, Optional<Step> at) {
        if (ownLesson == null) {
            ownLesson = own;
        }
        showingText.setText(notice);
        showingStudent.setVisible(true);
        // the step where the challenge's numbers are
        at.filter(s -> s != step()).ifPresent(s -> getUI().ifPresent(ui -> ui.navigate(path(s), lessonQuery())));
    }

    /**
     * "Reveal the solution": every student's challenge panel shows it (and may apply it to their copy); this screen,
     * and so the projector, shows the start with the reference solution applied, or a question's answer.
     */
    public void revealSolution() {
        if (posted == null) {
            return;
        }
        try {
            classrooms.revealSolution(room, key);
        } catch (ClassroomException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.TOP_CENTER);
            return;
        }
        reveal.setEnabled(false);
        if (posted.goal() instanceof Goal.Question q) {
            Notification.show("Revealed on the students' screens. The answer: " + q.choices().get(q.answer()), 8000,
                    Notification.Position.TOP_CENTER);
            return;
        }
        SharedLesson own = presenter.toShared();
        presenter.load(posted.solvedLesson());
        showingInstead(own, "Showing the reference solution of “" + posted.title() + "”.",
                Optional.of(posted.step()));
    }

    /** "Back to my lesson": the teacher's own lesson, as it was before the first student's work was shown. */
    public void backToOwnLesson() {
        if (ownLesson != null) {
            presenter.load(ownLesson);
            ownLesson = null;
        }
        showingStudent.setVisible(false);
    }

    /** Whether a student's work is on the screen instead of the teacher's lesson. */
    public boolean showingStudentsWork() {
        return ownLesson != null;
    }

    /**
     * "Post a challenge" (a select of the catalog's challenges, or a challenge link someone made), "Reveal the
     * solution", "End challenge", and the pacing: students stay on the teacher's step, or may explore.
     */
    private Div createChallengeControls() {
        challengeSelect.setId("challenge-select");
        challengeSelect.setAriaLabel("Challenge to post");
        challengeSelect.setPlaceholder("Choose a challenge");
        challengeSelect.setItems(RoomChallenges.postable());
        challengeSelect.setItemLabelGenerator(c -> c.title() + " (" + c.level().label().toLowerCase() + ")");
        challengeSelect.addClassName("challenge-select");
        post.setId("post-challenge");
        post.addClickListener(e -> postChallenge());
        reveal.setId("reveal-solution");
        reveal.addClickListener(e -> revealSolution());
        endChallenge.setId("end-challenge");
        endChallenge.addClickListener(e -> {
            classrooms.endChallenge(room, key);
            showChallenge(null, false);
        });
        explore.setId("pacing-explore");
        explore.setTooltipText("Off: every student's screen stays on your step. On: students move between the steps "
                + "on their own.");
        explore.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setExplore(e.getValue());
            }
        });
        challengeLink.setId("challenge-link");
        challengeLink.setLabel("Or a challenge link someone made");
        challengeLink.setPlaceholder("https://…/challenge/custom?c=…");
        challengeLink.setMaxLength(ChallengeCodec.MAX_CODE_LENGTH + 200);
        challengeLink.setClearButtonVisible(true);
        Button postLink = new Button("Post this link", e -> postLink());
        postLink.setId("post-challenge-link");
        Details fromLink = new Details("Post a challenge link", new Div(challengeLink, postLink));
        fromLink.addClassName("challenge-from-link");
        Div controls = new Div(challengeSelect, post, reveal, endChallenge, explore, fromLink);
        controls.addClassName("challenge-controls");
        return controls;
    }

    /** Pacing: students may explore the steps ({@code true}) or stay on this screen's step. */
    public void setExplore(boolean on) {
        try {
            classrooms.setExplore(room, key, on);
            explore.setValue(on);
        } catch (ClassroomException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.TOP_CENTER);
        }
    }

    private void postChallenge() {
        Challenge c = challengeSelect.getValue();
        if (c == null) {
            Notification.show("Choose a challenge first.", 4000, Notification.Position.TOP_CENTER);
            return;
        }
        post(c, c.id());
    }

    /** Posts the challenge of a link made with "Make a challenge" (or its bare code); a clear message otherwise. */
    public void postLink() {
        String typed = challengeLink.getValue() == null ? "" : challengeLink.getValue().strip();
        String code = RoomChallenges.codeOfLink(typed);
        try {
            Challenge c = ChallengeCodec.decode(code);
            challengeLink.setInvalid(false);
            post(c, code);
        } catch (ChallengeCodeException e) {
            challengeLink.setErrorMessage(typed.isEmpty() ? "Paste a challenge link first."
                    : "This is not a challenge link: " + e.getMessage() + ".");
            challengeLink.setInvalid(true);
        }
    }

    /** Posts a challenge (its id or code for the room) and brings this screen, and locked students, to its step. */
    private void post(Challenge c, String idOrCode) {
        try {
            backToOwnLesson();
            classrooms.postChallenge(room, key, idOrCode, c.step().slug());
            showChallenge(idOrCode, false);
            if (c.step() != step()) {
                getUI().ifPresent(ui -> ui.navigate(path(c.step()), lessonQuery()));
            }
        } catch (ClassroomException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.TOP_CENTER);
        }
    }

    /** The dashboard and buttons of the room's challenge (null: none). */
    private void showChallenge(String idOrCode, boolean revealed) {
        Optional<Challenge> c = RoomChallenges.resolve(idOrCode);
        posted = c.orElse(null);
        dashboard.setChallenge(c.map(Challenge::id).orElse(null), c.map(Challenge::title).orElse(null));
        endChallenge.setEnabled(c.isPresent());
        boolean hasSolution = c.filter(Challenge::hasReferenceSolution).isPresent();
        reveal.setEnabled(hasSolution && !revealed);
        reveal.setTooltipText(c.isPresent() && !hasSolution ? "This challenge was made without a reference solution."
                : null);
        Optional.ofNullable(UI.getCurrent()).ifPresent(ui -> ui.setPollInterval(posted == null ? -1 : TICK_MS));
    }

    static String pathOf(String code, Step step) {
        return "teach/" + code + "/" + step.slug();
    }

    @Override
    protected String path(Step step) {
        return pathOf(room.code(), step);
    }

    @Override
    protected boolean takesShareCode() {
        return false; // the room holds the class's state
    }

    @Override
    protected boolean enter(BeforeEnterEvent event, QueryParameters query) {
        String code = Classrooms.normalize(event.getRouteParameters().get("code").orElse(""));
        String candidate = TeacherKeys.of(code).orElse(null);
        Optional<Room> r = classrooms.control(code, candidate);
        if (r.isEmpty()) {
            Notification.show("This browser does not teach a running class " + code + " (it may have ended). To "
                    + "teach from here, open the one-time link from \"Continue on another device\".",
                    8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            event.forwardTo(LessonView.pathOf(
                    event.getRouteParameters().get("step").flatMap(Step::fromSlug).orElse(Step.INTUITION)));
            return false;
        }
        if (room != r.get()) {
            presenter.load(r.get().latest().lesson()); // the room survives reloads and other devices
        }
        room = r.get();
        key = candidate;
        bar.showTeacher(room, urls, this::endClass, () -> classrooms.issueHandover(room, key));
        showChallenge(room.snapshot().challenge(), room.snapshot().revealed());
        explore.setValue(room.snapshot().explore());
        return true;
    }

    /** Every change goes to the class (coalesced by the room). */
    @Override
    protected void changed() {
        try {
            classrooms.publish(room, key, presenter.toShared(), step().slug());
        } catch (ClassroomException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.TOP_CENTER);
        }
    }

    private void endClass() {
        classrooms.end(room, key);
        TeacherKeys.forget(room.code());
        Notification.show("The class has ended. Students keep the lesson as they last saw it.");
        getUI().ifPresent(ui -> ui.navigate(LessonView.pathOf(step()), lessonQuery()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        classrooms.teacherArrived(room, key);
        unwatch = classrooms.watchFollowers(room, key, n -> ui.access(() -> bar.setStudents(n)));
        unwatchProgress = classrooms.watchProgress(room, key,
                (changed, left) -> ui.access(() -> dashboard.update(changed, left)));
        ticking = ui.addPollListener(e -> dashboard.tick()); // times of working students move on
        ui.setPollInterval(posted == null ? -1 : TICK_MS);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        if (unwatch != null) {
            unwatch.run();
            unwatch = null;
            unwatchProgress.run();
            unwatchProgress = null;
            ticking.remove();
            detachEvent.getUI().setPollInterval(-1);
            classrooms.teacherLeft(room, key);
        }
    }

    /** The students' progress on the posted challenge. */
    public Dashboard dashboard() {
        return dashboard;
    }

    /** The room this tab drives. */
    public Room room() {
        return room;
    }

    @Override
    public String getPageTitle() {
        return "Teaching " + room.code() + " · " + super.getPageTitle();
    }
}
