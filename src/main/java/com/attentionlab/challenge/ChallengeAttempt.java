package com.attentionlab.challenge;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.LessonState;

import java.util.List;
import java.util.Optional;

/**
 * One learner's go at a challenge: knows the start, and checks any current state against the goal and the rules.
 * Solved = the goal is met and every rule kept (an edit in a forbidden matrix, or one cell too many, does not
 * count). Immutable; the engine is the plain-Java one, so a check costs microseconds at lesson size.
 */
public final class ChallengeAttempt {

    private final Challenge challenge;
    private final AttentionEngine engine;
    private final LessonState start;
    private final AttentionTrace startTrace;

    public ChallengeAttempt(Challenge challenge) {
        this(challenge, new AttentionEngine());
    }

    public ChallengeAttempt(Challenge challenge, AttentionEngine engine) {
        this.challenge = challenge;
        this.engine = engine;
        this.start = challenge.startState();
        this.startTrace = engine.trace(start);
    }

    public Challenge challenge() {
        return challenge;
    }

    /** The state the learner starts from (load it into the lesson). */
    public LessonState startState() {
        return start;
    }

    /**
     * The outcome of a check.
     *
     * @param goal        the goal's check (passed, progress, value, text)
     * @param broken      the rules broken, in words; empty when all are kept
     * @param solved      goal passed and no rule broken
     * @param explanation the challenge's explanation with the numbers filled in, once solved
     */
    public record Result(Check goal, List<String> broken, boolean solved, Optional<String> explanation) {
        public Result {
            broken = List.copyOf(broken);
        }
    }

    /** Checks a state (runs the engine on it). */
    public Result check(LessonState now) {
        return check(now, engine.trace(now));
    }

    /** Checks a state whose trace the caller has already computed (the presenter has it after every edit). */
    public Result check(LessonState now, AttentionTrace trace) {
        Check c = challenge.goal().check(now, trace);
        List<String> broken = challenge.constraints().broken(start, now);
        boolean solved = c.passed() && broken.isEmpty();
        return new Result(c, broken, solved,
                solved ? Optional.of(challenge.explain(start, startTrace, now, trace)) : Optional.empty());
    }

    /** Checks the learner's answer to a question (0-based choice); on a goal on the numbers, never solved. */
    public Result answer(int chosen) {
        if (!(challenge.goal() instanceof Goal.Question q)) {
            return new Result(new Check(false, 0, Double.NaN, "This challenge is solved on the numbers, not by an answer."),
                    List.of(), false, Optional.empty());
        }
        Check c = q.answer(chosen);
        return new Result(c, List.of(), c.passed(),
                c.passed() ? Optional.of(challenge.explain(start, startTrace, start, startTrace)) : Optional.empty());
    }

    /** Solved by the reference solution (or answer)? The catalog checks this for every challenge at start-up. */
    Result checkReference() {
        return challenge.goal() instanceof Goal.Question ? answer(challenge.answer()) : check(challenge.solvedState());
    }
}
