package com.attentionlab.challenge.ui;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeAttempt;
import com.attentionlab.challenge.Goal;
import com.attentionlab.engine.LessonState;
import com.attentionlab.lesson.Change;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.Narration;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A challenge beside the lesson: title, task, goal and rules in words, and the live check. Show it, call
 * {@link #update(LessonState)} after every change of the lesson, and listen for what the learner does: "Start again"
 * ({@link RestartEvent}: the owner loads the start), "I'm stuck" ({@link StuckEvent}) and solving it
 * ({@link SolvedEvent}, once per solve). Knows nothing of routes or presenters, so the solo challenge and a classroom's
 * student screen can both use it.
 *
 * <p>Ids for tests: {@code challenge-status} with {@code data-state} = {@code working} | {@code solved} |
 * {@code stuck}, {@code challenge-hint}, {@code challenge-stuck}, {@code challenge-explanation},
 * {@code challenge-answer} (questions), {@code challenge-restart}.
 */
public class ChallengePanel extends Div {

    /** What {@code data-state} of {@code #challenge-status} says. */
    public enum State {
        WORKING, SOLVED, STUCK;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final ChallengeAttempt attempt;
    private final Div status = new Div();
    private final Span statusLabel = new Span();
    private final Span statusText = new Span();
    private final UnorderedList broken = new UnorderedList();
    private final UnorderedList hints = new UnorderedList();
    private final Button hint = new Button("Hint");
    private final Button stuck = new Button("I'm stuck");
    private final Button restart = new Button("Start again");
    private final Paragraph explanation = new Paragraph();
    private final Div buttons = new Div();
    private final RadioButtonGroup<Integer> answer = new RadioButtonGroup<>();
    private final Div solution = new Div();
    private ChallengeAttempt.Result result;
    private State state = State.WORKING;
    private LessonState stuckAt;
    private LessonState last;
    private int hintsShown;
    private boolean solvedBefore;

    public ChallengePanel(ChallengeAttempt attempt) {
        this.attempt = attempt;
        Challenge c = attempt.challenge();
        addClassName("challenge-panel");
        setId("challenge-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Challenge");
        add(createHead(c), createStatus(), createAnswer(c), createButtons(), hints, explanation, solution);
        solution.setId("challenge-solution");
        solution.addClassName("challenge-solution");
        solution.getElement().setAttribute("role", "region");
        solution.getElement().setAttribute("aria-label", "Solution");
        solution.setVisible(false);
        hints.setId("challenge-hints");
        hints.addClassName("challenge-hints");
        explanation.setId("challenge-explanation");
        explanation.addClassName("challenge-explanation");
        explanation.setVisible(false);
        update(attempt.startState());
    }

    private Div createHead(Challenge c) {
        H2 title = new H2(c.title());
        title.setId("challenge-title");
        Span level = new Span(c.level().label());
        level.addClassName("challenge-level");
        Paragraph story = new Paragraph(c.story());
        story.setId("challenge-story");
        story.addClassName("challenge-story");
        Paragraph goal = new Paragraph();
        goal.setId("challenge-goal");
        goal.add(new Span("Goal: "), new Span(c.goal().describe()));
        Paragraph rules = new Paragraph("Rules: " + rulesInWords(c));
        rules.setId("challenge-rules");
        rules.addClassName("challenge-rules");
        Div head = new Div(new Div(title, level), story, goal, rules);
        head.addClassName("challenge-head");
        return head;
    }

    /**
     * The constraints in words, plus what hidden means here: the screen shows a hidden matrix as "?"s (see
     * {@code LessonScreen#setHidden}), while what is computed from it stays on screen to reason from.
     */
    static String rulesInWords(Challenge c) {
        String rules = c.constraints().describe();
        if (!c.constraints().hidden().isEmpty()) {
            String which = c.constraints().hidden().stream().sorted().map(Editable::label)
                    .collect(Collectors.joining(" and "));
            rules += ": every number of " + which + " shows as “?” and cannot be edited, while what is computed "
                    + "from " + (c.constraints().hidden().size() == 1 ? "it" : "them") + " stays on screen";
        }
        if (!c.constraints().switches()) {
            rules += "; keep the switches as they are";
        }
        return rules + ".";
    }

    private Div createStatus() {
        status.setId("challenge-status");
        status.addClassName("challenge-status");
        status.getElement().setAttribute("aria-live", "polite");
        statusLabel.addClassName("challenge-status-label");
        statusText.setId("challenge-status-text");
        broken.setId("challenge-broken");
        broken.addClassName("challenge-broken");
        status.add(statusLabel, statusText, broken);
        return status;
    }

    private RadioButtonGroup<Integer> createAnswer(Challenge c) {
        answer.setId("challenge-answer");
        answer.addClassName("challenge-answer");
        if (c.goal() instanceof Goal.Question q) {
            answer.setLabel(q.prompt());
            answer.setItems(IntStream.range(0, q.choices().size()).boxed().toList());
            answer.setItemLabelGenerator(i -> q.choices().get(i));
            answer.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    answer(e.getValue());
                }
            });
        } else {
            answer.setVisible(false);
        }
        return answer;
    }

    private Div createButtons() {
        hint.setId("challenge-hint");
        stuck.setId("challenge-stuck");
        restart.setId("challenge-restart");
        hint.addThemeVariants(ButtonVariant.LUMO_SMALL);
        stuck.addThemeVariants(ButtonVariant.LUMO_SMALL);
        restart.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        hint.addClickListener(e -> showNextHint());
        stuck.addClickListener(e -> markStuck());
        restart.addClickListener(e -> {
            answer.clear();
            result = null;
            solvedBefore = false;
            state = State.WORKING;
            update(attempt.startState());
            fireEvent(new RestartEvent(this));
        });
        buttons.add(hint, stuck, restart);
        buttons.addClassName("challenge-buttons");
        return buttons;
    }

    /** Checks the lesson as it is now against the goal and the rules, and shows the outcome. */
    public void update(LessonState now) {
        boolean question = attempt.challenge().goal() instanceof Goal.Question;
        if (question) {
            if (result == null) {
                show(attempt.check(now));
            }
            last = now;
            return;
        }
        if (state == State.STUCK && now.equals(stuckAt)) {
            return; // nothing changed since "I'm stuck" (e.g. a refused edit)
        }
        last = now;
        show(attempt.check(now));
    }

    /** The learner picked choice {@code chosen} (0-based) of a question. */
    public void answer(int chosen) {
        show(attempt.answer(chosen));
    }

    private void show(ChallengeAttempt.Result r) {
        result = r;
        state = r.solved() ? State.SOLVED : State.WORKING;
        stuckAt = null;
        render();
        if (r.solved() && !solvedBefore) {
            solvedBefore = true;
            fireEvent(new SolvedEvent(this));
        } else if (!r.solved()) {
            solvedBefore = false;
        }
    }

    private void render() {
        status.getElement().setAttribute("data-state", state.id());
        statusLabel.setText(switch (state) {
            case SOLVED -> "Solved! ";
            case STUCK -> "Stuck? ";
            case WORKING -> result.broken().isEmpty() ? "Not yet: " : "Doesn't count: ";
        });
        statusText.setText(state == State.STUCK && hintsShown == 0 ? "No more hints: try Start again."
                : state == State.STUCK ? "Read the newest hint below. " + result.goal().text()
                : result.goal().text());
        broken.removeAll();
        result.broken().forEach(b -> broken.add(new ListItem(b)));
        broken.setVisible(!result.broken().isEmpty());
        explanation.setText(result.explanation().orElse(""));
        explanation.setVisible(result.explanation().isPresent());
        List<String> all = attempt.challenge().hints();
        hint.setEnabled(hintsShown < all.size());
        hint.setText(hintsShown < all.size() ? "Hint (" + (hintsShown + 1) + " of " + all.size() + ")" : "No more hints");
    }

    private void showNextHint() {
        List<String> all = attempt.challenge().hints();
        if (hintsShown < all.size()) {
            ListItem item = new ListItem(all.get(hintsShown));
            item.setId("challenge-hint-" + (hintsShown + 1));
            hints.add(item);
            hintsShown++;
            render();
        }
    }

    private void markStuck() {
        if (state == State.SOLVED) {
            return;
        }
        showNextHint();
        state = State.STUCK;
        stuckAt = last;
        render();
        fireEvent(new StuckEvent(this));
    }

    /**
     * Shows the reference solution (e.g. a teacher revealed it to the class): the cells it changes, in words, with
     * "Try it on my copy" ({@link ApplySolutionEvent}: the owner loads {@link Challenge#solvedLesson()}); for a question,
     * the right answer. Then why it works: the explanation, with the numbers of the solved state. Idempotent.
     *
     * @param heading who revealed it, e.g. "Your teacher revealed the solution"
     */
    public void revealSolution(String heading) {
        Challenge c = attempt.challenge();
        solution.removeAll();
        H3 title = new H3(heading);
        solution.add(title);
        if (c.goal() instanceof Goal.Question q) {
            Paragraph answerText = new Paragraph("The answer: " + q.choices().get(q.answer()));
            answerText.setId("challenge-solution-answer");
            solution.add(answerText);
        } else {
            LessonState start = c.startState();
            Paragraph edits = new Paragraph("The reference solution sets " + c.solution().stream()
                    .map(e -> Change.cellName(e.matrix(), c.start().lesson(), e.row(), e.col()) + " from "
                            + Narration.f(e.matrix().of(start).get(e.row(), e.col())) + " to " + Narration.f(e.value()))
                    .collect(Collectors.joining("; ")) + ".");
            edits.setId("challenge-solution-edits");
            Button apply = new Button("Try it on my copy", e -> fireEvent(new ApplySolutionEvent(this)));
            apply.setId("challenge-apply-solution");
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
            solution.add(edits, apply);
        }
        ChallengeAttempt.Result solved = c.goal() instanceof Goal.Question q
                ? attempt.answer(q.answer()) : attempt.check(c.solvedState());
        solved.explanation().ifPresent(text -> {
            Paragraph why = new Paragraph(text);
            why.setId("challenge-solution-why");
            solution.add(why);
        });
        solution.setVisible(true);
    }

    /** Whether the reference solution is on show. */
    public boolean solutionRevealed() {
        return solution.isVisible();
    }

    /** Adds a control at the end of the panel's button row (e.g. a link to the other challenges). */
    public void addAction(com.vaadin.flow.component.Component action) {
        buttons.add(action);
    }

    public ChallengeAttempt attempt() {
        return attempt;
    }

    public State state() {
        return state;
    }

    /** The last check (goal, broken rules, solved, explanation). */
    public ChallengeAttempt.Result result() {
        return result;
    }

    /** How many hints are on screen. */
    public int hintsShown() {
        return hintsShown;
    }

    public Registration addStuckListener(ComponentEventListener<StuckEvent> listener) {
        return addListener(StuckEvent.class, listener);
    }

    public Registration addSolvedListener(ComponentEventListener<SolvedEvent> listener) {
        return addListener(SolvedEvent.class, listener);
    }

    public Registration addRestartListener(ComponentEventListener<RestartEvent> listener) {
        return addListener(RestartEvent.class, listener);
    }

    public Registration addApplySolutionListener(ComponentEventListener<ApplySolutionEvent> listener) {
        return addListener(ApplySolutionEvent.class, listener);
    }

    /** "Try it on my copy" under a revealed solution: the owner loads {@link Challenge#solvedLesson()}. */
    public static class ApplySolutionEvent extends ComponentEvent<ChallengePanel> {
        public ApplySolutionEvent(ChallengePanel source) {
            super(source, true);
        }
    }

    /** The learner pressed "I'm stuck" (a classroom may show the teacher a raised hand). */
    public static class StuckEvent extends ComponentEvent<ChallengePanel> {
        public StuckEvent(ChallengePanel source) {
            super(source, true);
        }
    }

    /** The challenge became solved (fired once per solve, again only after it was unsolved in between). */
    public static class SolvedEvent extends ComponentEvent<ChallengePanel> {
        public SolvedEvent(ChallengePanel source) {
            super(source, true);
        }
    }

    /** "Start again": the owner loads {@link ChallengeAttempt#startState()} (then calls {@link #update}). */
    public static class RestartEvent extends ComponentEvent<ChallengePanel> {
        public RestartEvent(ChallengePanel source) {
            super(source, true);
        }
    }
}
