package com.attentionlab.challenge;

import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.LessonState;
import com.attentionlab.lesson.Step;
import com.attentionlab.share.SharedLesson;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A goal on the lesson's numbers, with its start, rules, hints, a reference solution and an explanation shown once
 * solved. Read from a data file by {@link ChallengeJson} (schema: docs/challenges.md); checked by
 * {@link ChallengeAttempt}.
 *
 * @param id          slug {@code [a-z0-9-]{1,40}}
 * @param title       short title
 * @param level       warm-up … build
 * @param step        the lesson step where it is played
 * @param story       the task, in words
 * @param start       the starting lesson
 * @param goal        what to reach
 * @param constraints which matrices may change, how many cells, what is hidden
 * @param hints       at least one, shown one at a time
 * @param solution    cell edits that, applied to the start, solve it (empty for a question: its answer is the goal's)
 * @param explanation shown once solved; {@code {before}} and {@code {after}} are the goal's main quantity at the start
 *                    and now, {@code {NAME.before}} and {@code {NAME.after}} any of its {@link Goal#quantities}
 */
public record Challenge(String id, String title, Level level, Step step, String story, Start start, Goal goal,
                        Constraints constraints, List<String> hints, List<CellEdit> solution, String explanation) {

    /** What an id looks like. */
    public static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9-]{1,40}");
    /** A placeholder in an explanation: {@code {before}}, {@code {score.after}}. */
    static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([a-z]+\\.)?(before|after)}");

    public Challenge {
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
    }

    /** The starting state. */
    public LessonState startState() {
        return start.state();
    }

    /** The start with the reference solution applied. */
    public LessonState solvedState() {
        return CellEdit.applyAll(startState(), solution);
    }

    /** The start's lesson (sentence, preset, seed) with the reference solution applied. */
    public SharedLesson solvedLesson() {
        SharedLesson s = start.lesson();
        return new SharedLesson(solvedState(), s.sentence(), s.presetId(), s.seed(), s.model());
    }

    /** Whether there is something to reveal: a question's answer, or reference solution edits (a link may have none). */
    public boolean hasReferenceSolution() {
        return goal instanceof Goal.Question || !solution.isEmpty();
    }

    /** The answer a question expects, or −1 for a goal on the numbers. */
    public int answer() {
        return goal instanceof Goal.Question q ? q.answer() : -1;
    }

    /**
     * The explanation with its placeholders filled from the goal's quantities at the start and now.
     */
    public String explain(LessonState startState, AttentionTrace startTrace, LessonState now, AttentionTrace nowTrace) {
        Map<String, Double> before = goal.quantities(startState, startTrace);
        Map<String, Double> after = goal.quantities(now, nowTrace);
        Matcher m = PLACEHOLDER.matcher(explanation);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) == null ? null : m.group(1).substring(0, m.group(1).length() - 1);
            Map<String, Double> q = "before".equals(m.group(2)) ? before : after;
            Double v = name == null ? q.values().stream().findFirst().orElse(null) : q.get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : number(v)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
