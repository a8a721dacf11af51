package com.attentionlab.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How one student of a room is doing on the room's current challenge: what the teacher's dashboard shows. Nothing but
 * a nickname identifies the student; the id is random, made anew each time a screen follows the room. Kept apart
 * from the room's {@link RoomRecord} (one entry per student, so 300 students never contend on one key) and gone when
 * the room ends.
 *
 * @param studentId      random, per follow
 * @param nickname       what the student chose (see {@link Classrooms#cleanNickname}); plain text
 * @param challengeId    the challenge worked on (an id of the catalog or an authored challenge's code)
 * @param state          as the student's screen last reported it; see {@link #stateAt} for what the teacher sees
 * @param edits          edits so far
 * @param startedAt      when the student got the challenge
 * @param solvedAt       when it was first solved; null until then
 * @param lastProgressAt the student's last edit (or the start)
 * @param lesson         the student's current lesson as its share code (what the teacher may show anonymously on
 *                       the projector); null if not reported or longer than {@link #MAX_LESSON}
 * @param usedSolution   the student applied the solution the teacher revealed before solving it on their own
 */
public record StudentProgress(String studentId, String nickname, String challengeId, State state, int edits,
                              Instant startedAt, Instant solvedAt, Instant lastProgressAt, String lesson,
                              boolean usedSolution) {

    /**
     * The longest share code a progress report carries (a hand-made lesson's code is a few hundred characters); a
     * longer one is dropped, so a report stays small whatever the student did.
     */
    public static final int MAX_LESSON = 12_000;

    /** What a student is doing. */
    public enum State {
        WORKING, SOLVED, STUCK;

        /** As in {@code data-state}: {@code working}, {@code solved}, {@code stuck}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public StudentProgress {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(nickname, "nickname");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastProgressAt, "lastProgressAt");
        if (edits < 0) {
            throw new IllegalArgumentException("edits must not be negative: " + edits);
        }
        if (lesson != null && (lesson.isEmpty() || lesson.length() > MAX_LESSON)) {
            lesson = null;
        }
    }

    /** Progress of a student who has not used a revealed solution. */
    public StudentProgress(String studentId, String nickname, String challengeId, State state, int edits,
                           Instant startedAt, Instant solvedAt, Instant lastProgressAt, String lesson) {
        this(studentId, nickname, challengeId, state, edits, startedAt, solvedAt, lastProgressAt, lesson, false);
    }

    /** Progress without the student's lesson. */
    public StudentProgress(String studentId, String nickname, String challengeId, State state, int edits,
                           Instant startedAt, Instant solvedAt, Instant lastProgressAt) {
        this(studentId, nickname, challengeId, state, edits, startedAt, solvedAt, lastProgressAt, null);
    }

    /** A student who has just got {@code challengeId}. */
    public static StudentProgress start(String studentId, String nickname, String challengeId, Instant now) {
        return new StudentProgress(studentId, nickname, challengeId, State.WORKING, 0, now, null, now);
    }

    /**
     * One more edit, after which the challenge is {@code solved} or not. Once solved it stays solved (the teacher sees
     * who got there, and when); "I'm stuck" holds until solved.
     */
    public StudentProgress edited(boolean solved, Instant now) {
        boolean done = state == State.SOLVED || solved;
        return new StudentProgress(studentId, nickname, challengeId,
                done ? State.SOLVED : state, edits + 1, startedAt,
                solvedAt != null ? solvedAt : solved ? now : null, now, lesson, usedSolution);
    }

    /** The student pressed "I'm stuck" (ignored once solved). */
    public StudentProgress stuck() {
        return state == State.SOLVED ? this : new StudentProgress(studentId, nickname, challengeId, State.STUCK, edits,
                startedAt, solvedAt, lastProgressAt, lesson, usedSolution);
    }

    /**
     * The student is about to apply the solution the teacher revealed: marked, unless it was already solved on the
     * student's own (then the own solve stands).
     */
    public StudentProgress usingSolution() {
        return state == State.SOLVED ? this : new StudentProgress(studentId, nickname, challengeId, state, edits,
                startedAt, solvedAt, lastProgressAt, lesson, true);
    }

    /** The same progress under another nickname. */
    public StudentProgress withNickname(String name) {
        return new StudentProgress(studentId, name, challengeId, state, edits, startedAt, solvedAt, lastProgressAt,
                lesson, usedSolution);
    }

    /** The same progress with the student's current lesson (a share code; dropped beyond {@link #MAX_LESSON}). */
    public StudentProgress withLesson(String shareCode) {
        return new StudentProgress(studentId, nickname, challengeId, state, edits, startedAt, solvedAt, lastProgressAt,
                shareCode, usedSolution);
    }

    /**
     * What the teacher sees at {@code now}: solved, stuck (the student said so, or made no progress for
     * {@code stuckAfter}), or working.
     */
    public State stateAt(Instant now, Duration stuckAfter) {
        if (state == State.WORKING && !lastProgressAt.plus(stuckAfter).isAfter(now)) {
            return State.STUCK;
        }
        return state;
    }

    /** Time taken: until solved, or until {@code now}. */
    public Duration timeTaken(Instant now) {
        Duration d = Duration.between(startedAt, solvedAt != null ? solvedAt : now);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
