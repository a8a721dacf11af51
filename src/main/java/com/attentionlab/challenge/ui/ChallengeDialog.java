package com.attentionlab.challenge.ui;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeCodeException;
import com.attentionlab.challenge.ChallengeCodec;
import com.attentionlab.challenge.Constraints;
import com.attentionlab.challenge.Goal;
import com.attentionlab.challenge.Level;
import com.attentionlab.challenge.Start;
import com.attentionlab.challenge.TokenRef;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.Step;
import com.attentionlab.share.SharedLesson;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Authoring a challenge from the lesson as it is now: the current state is the start (so it must not meet the goal
 * yet), the goal is picked from a menu, and the result is a {@code /challenge/custom?c=…} link. No reference solution:
 * {@link ChallengeCodec} allows an authored challenge without one, and the goal is checked live anyway. The link is
 * decoded again before it is shown, so the teacher sees every problem a learner's browser would (the start already
 * meets the goal, a size limit) in words.
 */
class ChallengeDialog extends Dialog {

    /** The goals a teacher can pick. */
    enum GoalKind {
        STRONGEST_KEY("Strongest key: a token attends most to another"),
        THRESHOLD_SELF("Threshold: a token gives itself at least a weight"),
        PREVIOUS_TOKEN("Pattern: every token attends most to the one before");

        final String label;

        GoalKind(String label) {
            this.label = label;
        }
    }

    private final SharedLesson lesson;
    private final Step step;
    private final UnaryOperator<String> absolute;
    private final TextField title = new TextField("Title");
    private final TextArea story = new TextArea("Task, in words");
    private final Select<GoalKind> goal = new Select<>();
    private final Select<Integer> query = new Select<>();
    private final Select<Integer> key = new Select<>();
    private final NumberField threshold = new NumberField("Weight at least");
    private final CheckboxGroup<Editable> editable = new CheckboxGroup<>("Matrices the learner may edit");
    private final IntegerField maxCells = new IntegerField("At most this many changed cells (empty: no limit)");
    private final TextField hint = new TextField("A hint");
    private final TextArea explanation = new TextArea("Shown once solved");
    private final Paragraph problems = new Paragraph();
    private final TextField link = new TextField("Link to share");
    private final Anchor open = new Anchor();
    private String code;

    /**
     * @param lesson   the lesson now: the challenge's start
     * @param step     the step on screen: where the challenge is played (Softmax when on the first step, which has no
     *                 numbers)
     * @param absolute a path made absolute for the link ({@code PublicUrls::absolute})
     */
    ChallengeDialog(SharedLesson lesson, Step step, UnaryOperator<String> absolute) {
        this.lesson = lesson;
        this.step = step == Step.INTUITION ? Step.SOFTMAX : step;
        this.absolute = absolute;
        setId("challenge-dialog");
        setHeaderTitle("Make a challenge from this lesson");
        configureFields();
        Button make = new Button("Make the link", e -> make());
        make.setId("challenge-make");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button("Close", e -> close());
        close.setId("challenge-dialog-close");
        Paragraph note = new Paragraph("The lesson as it is now is the start; the learner edits from here until "
                + "the goal is met.");
        Div form = new Div(note, title, story, goal, query, key, threshold, editable, maxCells, hint, explanation,
                problems, link, open);
        form.addClassName("challenge-form");
        add(form);
        getFooter().add(close, make);
    }

    private void configureFields() {
        title.setId("challenge-author-title");
        title.setMaxLength(ChallengeCodec.MAX_TITLE);
        title.setValue("A challenge");
        story.setId("challenge-author-story");
        story.setMaxLength(ChallengeCodec.MAX_STORY);
        story.setValue("Change the numbers until the goal is met.");
        goal.setId("challenge-author-goal");
        goal.setLabel("Goal");
        goal.setItems(GoalKind.values());
        goal.setItemLabelGenerator(g -> g.label);
        goal.setValue(GoalKind.STRONGEST_KEY);
        goal.addValueChangeListener(e -> showGoalFields());
        List<String> tokens = lesson.state().tokens();
        List<Integer> rows = IntStream.range(0, tokens.size()).boxed().toList();
        query.setId("challenge-author-query");
        query.setLabel("Token (query)");
        query.setItems(rows);
        query.setItemLabelGenerator(i -> tokens.get(i));
        query.setValue(0);
        key.setId("challenge-author-key");
        key.setLabel("…attends most to (key)");
        key.setItems(rows);
        key.setItemLabelGenerator(i -> tokens.get(i));
        key.setValue(Math.min(1, tokens.size() - 1));
        threshold.setId("challenge-author-threshold");
        threshold.setMin(0.01);
        threshold.setMax(0.99);
        threshold.setStep(0.05);
        threshold.setValue(0.5);
        editable.setId("challenge-author-editable");
        editable.setItems(Editable.MATRICES);
        editable.setItemLabelGenerator(Editable::label);
        editable.setValue(EnumSet.copyOf(Editable.MATRICES));
        maxCells.setId("challenge-author-max");
        maxCells.setMin(1);
        maxCells.setMax(ChallengeCodec.MAX_EDITS);
        hint.setId("challenge-author-hint");
        hint.setMaxLength(ChallengeCodec.MAX_HINT);
        hint.setValue("Look at the scores of that row first.");
        explanation.setId("challenge-author-explanation");
        explanation.setMaxLength(ChallengeCodec.MAX_EXPLANATION);
        explanation.setValue("Well done: the weights follow the scores, and the scores follow your edits.");
        problems.setId("challenge-author-problems");
        problems.addClassName("challenge-author-problems");
        problems.setVisible(false);
        link.setId("challenge-author-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        open.setId("challenge-author-open");
        open.setText("Open the challenge");
        open.setTarget("_blank");
        open.setVisible(false);
        showGoalFields();
    }

    private void showGoalFields() {
        GoalKind k = goal.getValue();
        query.setVisible(k != GoalKind.PREVIOUS_TOKEN);
        key.setVisible(k == GoalKind.STRONGEST_KEY);
        threshold.setVisible(k == GoalKind.THRESHOLD_SELF);
    }

    /** Builds the challenge, encodes it and reads the code back; shows the link or what is wrong. */
    void make() {
        code = null;
        link.setVisible(false);
        open.setVisible(false);
        List<String> wrong = new ArrayList<>();
        Optional<Challenge> c = build(wrong);
        if (c.isPresent()) {
            try {
                String encoded = ChallengeCodec.encode(c.get());
                ChallengeCodec.decode(encoded); // the checks a learner's browser makes: the start must not pass
                code = encoded;
            } catch (ChallengeCodeException e) {
                wrong.add(e.getMessage());
            }
        }
        problems.setText(wrong.isEmpty() ? "" : "Not yet: " + String.join(" ", wrong));
        problems.setVisible(!wrong.isEmpty());
        if (code != null) {
            String location = ChallengeView.customLocation(code);
            link.setValue(absolute.apply(location));
            link.setVisible(true);
            open.setHref(location);
            open.setVisible(true);
        }
    }

    private Optional<Challenge> build(List<String> wrong) {
        Start start;
        try {
            start = Start.from(lesson);
        } catch (IllegalArgumentException e) {
            wrong.add("This lesson cannot be a challenge's start: " + e.getMessage() + ".");
            return Optional.empty();
        }
        if (title.getValue().isBlank()) {
            wrong.add("Give it a title.");
        }
        if (story.getValue().isBlank()) {
            wrong.add("Say what to do in the task.");
        }
        if (explanation.getValue().isBlank()) {
            wrong.add("Say what the learner should see once solved.");
        }
        if (editable.getValue().isEmpty()) {
            wrong.add("Let the learner edit at least one matrix.");
        }
        Goal g = goal(wrong);
        if (!wrong.isEmpty()) {
            return Optional.empty();
        }
        Constraints rules = new Constraints(editable.getValue(), maxCells.getValue(), java.util.Set.of(), false);
        List<String> hints = hint.getValue().isBlank() ? List.of("Watch the scores row of the token you edit.")
                : List.of(hint.getValue().strip());
        return Optional.of(new Challenge(ChallengeView.CUSTOM, title.getValue().strip(), Level.PRACTICE, step,
                story.getValue().strip(), start, g, rules, hints, List.of(), explanation.getValue().strip()));
    }

    private Goal goal(List<String> wrong) {
        List<String> tokens = lesson.state().tokens();
        return switch (goal.getValue()) {
            case STRONGEST_KEY -> {
                if (query.getValue() == null || key.getValue() == null) {
                    wrong.add("Pick the two tokens.");
                    yield null;
                }
                if (query.getValue().equals(key.getValue())) {
                    wrong.add("Pick two different tokens (for a token on itself, use the threshold goal).");
                    yield null;
                }
                yield new Goal.StrongestKey(ref(tokens, query.getValue()), ref(tokens, key.getValue()));
            }
            case THRESHOLD_SELF -> {
                Double v = threshold.getValue();
                if (query.getValue() == null || v == null || !(v > 0 && v < 1)) {
                    wrong.add("Pick the token and a weight between 0 and 1 (e.g. 0.5).");
                    yield null;
                }
                yield new Goal.Threshold(ref(tokens, query.getValue()), null, true, v);
            }
            case PREVIOUS_TOKEN -> new Goal.Pattern(Goal.PatternKind.PREVIOUS_TOKEN, 0);
        };
    }

    /** The token at a row as the goal names it: its text and which occurrence ("the#2"). */
    static TokenRef ref(List<String> tokens, int row) {
        String text = tokens.get(row);
        int occurrence = 1;
        for (int i = 0; i < row; i++) {
            if (tokens.get(i).equalsIgnoreCase(text)) {
                occurrence++;
            }
        }
        return new TokenRef(text, occurrence);
    }

    /** The code of the last link made, or null. */
    String code() {
        return code;
    }
}
