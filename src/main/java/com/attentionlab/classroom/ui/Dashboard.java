package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.StudentProgress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The teacher's live view of a challenge: one row per student (nickname, working / solved / stuck, edits so far,
 * time taken, and "Show": the student's current state on the teacher's screen, anonymously), fed by
 * {@link Classrooms#watchProgress}. Nicknames are set as text, never as HTML.
 */
public class Dashboard extends Div {

    private final transient Classrooms classrooms;
    private final H2 title = new H2();
    private final Span summary = new Span();
    private final Div rows = new Div();
    private final Map<String, Row> byStudent = new LinkedHashMap<>();
    /** Every student's latest progress heard (also for other challenges: shown once that one is posted). */
    private final Map<String, StudentProgress> progress = new LinkedHashMap<>();
    private String challengeId;
    private transient Consumer<StudentProgress> onShow = p -> { };

    public Dashboard(Classrooms classrooms) {
        this.classrooms = classrooms;
        setId("dashboard");
        addClassName("dashboard");
        summary.setId("dashboard-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        rows.addClassName("dashboard-rows");
        add(title, summary, rows);
        setVisible(false);
    }

    /** The challenge shown (null: none, the dashboard hides). */
    public void setChallenge(String id, String name) {
        challengeId = id;
        title.setText(name == null ? "" : "Challenge: " + name);
        setVisible(id != null);
        rebuild();
    }

    /** What "Show" on a student's row does: given the student's latest progress, which carries the lesson. */
    public void setOnShow(Consumer<StudentProgress> onShow) {
        this.onShow = onShow;
    }

    /** Presses "Show" on a student's row (as the button does); false if the row shows nothing to show. */
    public boolean show(String studentId) {
        StudentProgress p = progress.get(studentId);
        if (p == null || p.lesson() == null || !byStudent.containsKey(studentId)) {
            return false;
        }
        onShow.accept(p);
        return true;
    }

    /** What {@link Classrooms.ProgressWatcher} hands over (call inside {@code ui.access}). */
    public void update(Collection<StudentProgress> changed, Set<String> left) {
        changed.forEach(p -> progress.put(p.studentId(), p));
        left.forEach(progress::remove);
        if (changed.size() + left.size() > byStudent.size() / 2) {
            rebuild();
            return;
        }
        for (String id : left) {
            Row r = byStudent.remove(id);
            if (r != null) {
                rows.remove(r.div);
            }
        }
        changed.forEach(this::render);
        summarize();
    }

    /**
     * The clock moved on: times of students still working (and "stuck" after the configured time without progress)
     * are brought up to date; only what changed goes to the browser. The teacher's screen calls it every few seconds.
     */
    public void tick() {
        byStudent.keySet().forEach(id -> render(progress.get(id)));
        summarize();
    }

    private void render(StudentProgress p) {
        if (challengeId == null || !challengeId.equals(p.challengeId())) {
            Row r = byStudent.remove(p.studentId());
            if (r != null) {
                rows.remove(r.div);
            }
            return;
        }
        byStudent.computeIfAbsent(p.studentId(), id -> {
            Row r = new Row(id, () -> show(id));
            rows.add(r.div);
            return r;
        }).show(p, classrooms.stateOf(p), classrooms.timeTaken(p));
    }

    private void summarize() {
        int solved = 0;
        int withSolution = 0;
        int stuck = 0;
        for (String id : byStudent.keySet()) {
            StudentProgress p = progress.get(id);
            StudentProgress.State state = classrooms.stateOf(p);
            solved += state == StudentProgress.State.SOLVED ? 1 : 0;
            withSolution += state == StudentProgress.State.SOLVED && p.usedSolution() ? 1 : 0;
            stuck += state == StudentProgress.State.STUCK ? 1 : 0;
        }
        int n = byStudent.size();
        summary.setText(n + (n == 1 ? " student · " : " students · ") + solved + " solved"
                + (withSolution > 0 ? " (" + withSolution + " with the revealed solution)" : "") + " · " + stuck
                + " stuck");
    }

    /** The row of a student, if shown. */
    public java.util.Optional<Div> row(String studentId) {
        Row r = byStudent.get(studentId);
        return r == null ? java.util.Optional.empty() : java.util.Optional.of(r.div);
    }

    private void rebuild() {
        List<StudentProgress> shown = progress.values().stream()
                .filter(p -> challengeId != null && challengeId.equals(p.challengeId())).toList();
        byStudent.keySet().removeIf(id -> {
            boolean gone = shown.stream().noneMatch(p -> p.studentId().equals(id));
            if (gone) {
                rows.remove(byStudent.get(id).div);
            }
            return gone;
        });
        shown.forEach(this::render);
        summarize();
    }

    /** One student's line. */
    private static final class Row {
        final Div div = new Div();
        final Span nickname = new Span();
        final Span state = new Span();
        final Span edits = new Span();
        final Span time = new Span();
        final Button show = new Button("Show");

        Row(String studentId, Runnable onShow) {
            div.addClassName("dashboard-row");
            div.getElement().setAttribute("data-student", studentId);
            nickname.addClassName("nickname");
            state.addClassName("state");
            edits.addClassName("edits");
            time.addClassName("time");
            show.setId("show-" + studentId);
            show.getElement().setAttribute("data-show", studentId);
            show.addClassName("show");
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            show.setTooltipText("Show this student's work on your screen, without the nickname");
            show.addClickListener(e -> onShow.run());
            div.add(nickname, state, edits, time, show);
        }

        void show(StudentProgress p, StudentProgress.State s, Duration taken) {
            div.getElement().setAttribute("data-state", s.id());
            set(nickname, p.nickname()); // text: a nickname never becomes markup
            set(state, s == StudentProgress.State.SOLVED && p.usedSolution() ? "solved with the solution" : s.id());
            set(edits, p.edits() == 1 ? "1 edit" : p.edits() + " edits");
            long sec = taken.toSeconds();
            set(time, sec / 60 + ":" + String.format("%02d", sec % 60));
            if (show.isEnabled() != (p.lesson() != null)) {
                show.setEnabled(p.lesson() != null);
            }
        }

        /** Only what changed goes to the browser. */
        private static void set(Span span, String text) {
            if (!text.equals(span.getText())) {
                span.setText(text);
            }
        }
    }
}
