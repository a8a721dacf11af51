package com.attentionlab.classroom.ui;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeAttempt;
import com.attentionlab.challenge.Goal;
import com.attentionlab.challenge.ui.ChallengePanel;
import com.attentionlab.classroom.ClassroomException;
import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.classroom.RoomSnapshot;
import com.attentionlab.classroom.StudentProgress;
import com.attentionlab.engine.LessonState;
import com.attentionlab.lesson.Change;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonScreen;
import com.attentionlab.lesson.ui.LessonView;
import com.attentionlab.lesson.ui.Links;
import com.attentionlab.share.SharedLesson;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import java.util.Objects;
import java.util.Optional;

/**
 * A student's screen at {@code /join/{code}}: the teacher's step and state, pushed live from the server. The
 * student cannot change the room; "Explore on my own" opens a private copy of the current state. When the teacher
 * posts a challenge, the student works on a private copy of its start with the {@link ChallengePanel} (hints, "I'm
 * stuck", the live check, the teacher's revealed solution), every edit reported to the teacher's dashboard. Pacing is
 * the teacher's: the screen stays on the teacher's step, or the student may move between the steps.
 */
@Route("join/:code")
public class JoinView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Classrooms classrooms;
    private final JoinGate gate;
    private final LessonPresenter presenter;
    private final LessonScreen screen;
    private final Span status = new Span();
    /** A private copy outside the class (not offered during a challenge: the student works on one already). */
    private final Button exploreButton = new Button("Explore on my own", e -> explore());
    private Room room;
    private String code = "";
    private Step step = Step.INTUITION;
    private long version;
    private boolean ended;
    /** Pacing: the student may move between the steps (otherwise the screen stays on the teacher's). */
    private boolean explore;
    private boolean placed;
    private Runnable following;

    /** Who the student is in the class: a nickname only, and an id made anew for this follow. */
    private final Span nicknameShown = new Span();
    private final TextField nicknameField = new TextField();
    private final Details nicknameBox = new Details();
    private String studentId;
    private String nickname;
    /** This session's seat in the class (the same student after a reload); null while not following. */
    private StudentSeats.Seat seat;

    /** The room's challenge this student works on (a private copy of its start), or none. */
    private final Div challengeSlot = new Div();
    private ChallengePanel panel;
    private String challengeText;
    private ChallengeAttempt attempt;
    private StudentProgress progress;
    private LessonState lastChecked;
    /** True while the room's content is being loaded (not an edit of the student's). */
    private boolean loading;

    public JoinView(LessonPresenters presenters, Classrooms classrooms, JoinGate gate) {
        this.classrooms = classrooms;
        this.gate = gate;
        this.presenter = presenters.create(); // the student's own copy, never the room's
        this.screen = new LessonScreen(presenter, this::go, s -> "");
        addClassName("join-route");
        presenter.addListener(this::edited);
    }

    /**
     * The nickname line: the student joins at once as "Student N" and may choose a nickname here at any time (so
     * following never waits for typing), with what is shared said plainly. Folded once a nickname is chosen or a
     * challenge is on, so a phone keeps its first screen for the lesson.
     */
    private Div createNickname() {
        nicknameShown.setId("nickname-shown");
        nicknameField.setId("nickname");
        nicknameField.setLabel("Nickname");
        nicknameField.setPlaceholder("Your nickname");
        nicknameField.setClearButtonVisible(true);
        nicknameField.setHelperText("Up to " + Classrooms.MAX_NICKNAME + " characters");
        Button use = new Button("Use this nickname", e -> chooseNickname(nicknameField.getValue()));
        use.setId("nickname-button");
        nicknameField.addKeyPressListener(Key.ENTER, e -> chooseNickname(nicknameField.getValue()));
        Div form = new Div(nicknameField, use);
        form.addClassName("nickname-form");
        nicknameBox.setSummary(nicknameShown);
        nicknameBox.add(form);
        nicknameBox.setId("nickname-box");
        nicknameBox.setOpened(true);
        Paragraph privacy = new Paragraph("Only your nickname is shared with the teacher; nothing is kept after the "
                + "class ends.");
        privacy.setId("privacy-note");
        Div box = new Div(nicknameBox, privacy);
        box.addClassName("nickname-box");
        return box;
    }

    /** The student's nickname (typed; empty: "Student N"). Refused with a clear message when too long. */
    public void chooseNickname(String typed) {
        if (room == null) {
            return;
        }
        try {
            String chosen = classrooms.nickname(room, typed);
            nicknameField.setInvalid(false);
            nicknameField.setValue("");
            showNickname(chosen);
            nicknameBox.setOpened(false);
        } catch (ClassroomException e) {
            nicknameField.setErrorMessage(e.getMessage());
            nicknameField.setInvalid(true);
        }
    }

    private void showNickname(String chosen) {
        nickname = chosen;
        if (seat != null) {
            seat.nickname = chosen;
        }
        nicknameShown.setText("You are " + chosen); // text: never markup
        if (progress != null) {
            progress = progress.withNickname(chosen);
            send();
        }
    }

    /** The student's nickname in this class. */
    public String nickname() {
        return nickname;
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
        exploreButton.setId("explore-button");
        screen.setFollowing(true);
        Div line = new Div(new Span("Class " + room.code() + " ·"), status, exploreButton, createNickname());
        line.addClassName("class-line");
        challengeSlot.addClassName("class-challenge");
        challengeSlot.setVisible(false);
        screen.setBanner(line, challengeSlot);
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
        explore = s.explore();
        if (following != null && !s.ended() && !Objects.equals(s.challenge(), challengeText)) {
            startChallenge(s.challenge()); // once the class has ended, the student keeps the copy as it is
        }
        if (attempt == null) {
            SharedLesson before = presenter.toShared();
            load(s.lesson());
            if (following != null) {
                Change.between(before, s.lesson()).ifPresent(screen::showChange); // what the teacher just changed
            }
        }
        if (!explore || !placed) {
            step = Step.fromSlug(s.step()).orElse(Step.INTUITION); // locked to the teacher's step
            screen.show(step);
            placed = true;
        }
        screen.setNavigable(explore);
        if (panel != null && s.revealed() && !panel.solutionRevealed()) {
            panel.revealSolution("Your teacher revealed the solution");
        }
        boolean endsNow = s.ended() && !ended;
        ended = s.ended();
        String state = ended ? "ended" : s.teacherOnline() ? "following" : "teacher-offline";
        status.setText(switch (state) {
            case "ended" -> "The class has ended. You keep the lesson as you last saw it.";
            case "teacher-offline" -> "Teacher offline: the teacher's screen has been closed for a while. Your "
                    + "screen follows again as soon as it is back.";
            default -> attempt != null
                    ? "Your own copy of the teacher's challenge: your edits change only your screen."
                    + (explore ? " Move between the steps as you like." : "")
                    : explore ? "Following the teacher's numbers, live; move between the steps as you like."
                    : "Following the teacher, live.";
        });
        status.getElement().setAttribute("data-state", state);
        status.getElement().setAttribute("data-pacing", explore ? "explore" : "locked");
        status.getElement().setAttribute("data-version", Long.toString(version));
        if (endsNow) {
            endedDialog().open();
        }
    }

    /** A step link or Previous/Next on the student's screen: only when the teacher lets the class explore. */
    private void go(Step target) {
        if (screen.navigable()) {
            step = target;
            screen.show(target);
        }
    }

    /** Loads a share code as the room's content (not an edit); the problem if it cannot be read. */
    private Optional<String> loadCode(String code) {
        try {
            return notAnEdit(() -> presenter.loadShared(code));
        } catch (RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    private void load(SharedLesson lesson) {
        notAnEdit(() -> {
            presenter.load(lesson);
            return null;
        });
    }

    /** Runs a load of the room's content or a challenge's start: not an edit of the student's, not reported. */
    private <T> T notAnEdit(java.util.function.Supplier<T> work) {
        loading = true;
        try {
            return work.get();
        } finally {
            loading = false;
        }
    }

    /**
     * The teacher posted a challenge (or ended it: null): the student gets a private copy of its start, and every
     * edit is checked and reported; without one, the screen follows the teacher again.
     */
    private void startChallenge(String text) {
        challengeText = text;
        Optional<Challenge> c = RoomChallenges.resolve(text);
        if (progress != null) {
            classrooms.forgetProgress(room, progress.studentId());
            progress = null;
        }
        attempt = c.map(ChallengeAttempt::new).orElse(null);
        challengeSlot.removeAll();
        panel = null;
        challengeSlot.setVisible(attempt != null);
        exploreButton.setVisible(attempt == null);
        screen.setFollowing(attempt == null);
        // before the start is loaded, so a hidden matrix's numbers never reach the student's browser
        screen.setHidden(attempt == null ? java.util.Set.of() : attempt.challenge().constraints().hidden());
        if (attempt == null) {
            return;
        }
        placed = false; // even when exploring, a new challenge opens where it is played (the room's step)
        panel = new ChallengePanel(attempt);
        panel.addStuckListener(e -> stuck());
        panel.addRestartListener(e -> {
            presenter.load(attempt.challenge().start().lesson()); // an edit of the student's: reported
        });
        panel.addApplySolutionListener(e -> {
            progress = progress.usingSolution(); // the teacher sees this solve as the revealed solution's
            presenter.load(attempt.challenge().solvedLesson());
        });
        panel.addSolvedListener(e -> {
            if (attempt.challenge().goal() instanceof Goal.Question) {
                report(true); // a question is solved by its answer, not by an edit
            }
        });
        challengeSlot.add(panel);
        nicknameBox.setOpened(false);
        StudentProgress before = seat == null ? null : seat.progressOn(text);
        if (before == null || before.lesson() == null || loadCode(before.lesson()).isPresent()) {
            load(attempt.challenge().start().lesson());
            progress = StudentProgress.start(studentId, nickname, attempt.challenge().id(), classrooms.now())
                    .withLesson(presenter.shareCode());
        } else {
            progress = before.withNickname(nickname); // a reload: the work goes on where it was
        }
        lastChecked = presenter.state();
        panel.update(lastChecked);
        send();
    }

    /** Reports the progress to the teacher's dashboard, and keeps it in the session for a reload. */
    private void send() {
        if (seat != null) {
            seat.remember(challengeText, progress);
        }
        classrooms.reportProgress(room, progress);
    }

    /** After every change of the presenter: an edit of the student's own copy is checked and reported. */
    private void edited() {
        if (loading || attempt == null || presenter.state().equals(lastChecked)) {
            return;
        }
        lastChecked = presenter.state();
        panel.update(lastChecked);
        report(panel.state() == ChallengePanel.State.SOLVED);
    }

    private void report(boolean solved) {
        // the lesson goes along: the teacher may show it on the projector, anonymously
        progress = progress.edited(solved, classrooms.now()).withLesson(presenter.shareCode());
        send();
    }

    /** "I'm stuck" (the panel's button): the teacher's dashboard shows it at once. */
    public void stuck() {
        if (progress == null) {
            return;
        }
        progress = progress.stuck();
        send();
    }

    /** This student's progress on the room's challenge, or null. */
    public StudentProgress progress() {
        return progress;
    }

    /** The challenge panel while a challenge is on, or null. */
    public ChallengePanel challengePanel() {
        return panel;
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
            seat = StudentSeats.take(attachEvent.getSession(), room.code(), classrooms::newStudentId);
            studentId = seat.studentId;
            if (seat.nickname != null) {
                showNickname(seat.nickname); // a reload: the same student
                nicknameBox.setOpened(false);
            } else if (nickname == null) {
                showNickname(classrooms.nickname(room, ""));
            }
            apply(room.snapshot()); // anything broadcast between entering and following
            if (challengeText == null && room.snapshot().challenge() != null) {
                startChallenge(room.snapshot().challenge()); // a challenge was already on when this student came
            }
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
            boolean last = StudentSeats.leave(seat);
            if (progress != null && last) {
                classrooms.forgetProgress(room, progress.studentId()); // the row goes; nothing is kept
            }
            progress = null;
            seat = null;
            challengeText = null;
            attempt = null;
            panel = null;
            challengeSlot.removeAll();
        }
    }

    /** Whether the teacher lets this student move between the steps. */
    public boolean exploring() {
        return explore;
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
