package com.attentionlab.classroom;

import com.attentionlab.share.SharedLesson;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything the cluster knows of one room, as one immutable value (what {@link RoomStore} keeps per join code).
 * Every change makes a new record with a higher {@code revision}; changes students see also raise {@code version}.
 * Counts are kept per node, so a node that dies takes its students and teacher screens with it
 * ({@link #withNodes}).
 *
 * @param code                the join code
 * @param key                 the teacher's control key (never shown to students, never in a URL)
 * @param revision            raised by every change of the record (the stores' healing compares it)
 * @param version             the snapshot's version: raised by every change students see
 * @param step                the teacher's step slug
 * @param lesson              the teacher's lesson
 * @param ended               the class has ended
 * @param teacherOnline       what students see of the teacher's presence
 * @param lastTeacherActivity the teacher's last change (a room ends after the idle timeout without one)
 * @param teacherLeftAt       when the last teacher screen closed; null while one is open (or none ever was)
 * @param teacherScreens      open teacher screens per node
 * @param followers           following students per node
 * @param handovers           one-time handover codes and when they expire
 * @param challenge           the challenge the teacher posted (a catalog id or an authored challenge's code), or
 *                            null for none
 * @param studentNumbers      the last "Student N" number given to a student without a nickname
 * @param revealed            the teacher revealed the posted challenge's reference solution to the class
 * @param explore             pacing: students may move between steps on their own (false: their screens stay on
 *                            the teacher's step)
 */
public record RoomRecord(String code, String key, long revision, long version, String step, SharedLesson lesson,
                         boolean ended, boolean teacherOnline, Instant lastTeacherActivity, Instant teacherLeftAt,
                         Map<String, Integer> teacherScreens, Map<String, Integer> followers,
                         Map<String, Instant> handovers, String challenge, int studentNumbers, boolean revealed,
                         boolean explore) {

    public RoomRecord {
        teacherScreens = Map.copyOf(teacherScreens);
        followers = Map.copyOf(followers);
        handovers = Map.copyOf(handovers);
    }

    /** A record without a challenge, no student numbered yet (as before challenges). */
    public RoomRecord(String code, String key, long revision, long version, String step, SharedLesson lesson,
                      boolean ended, boolean teacherOnline, Instant lastTeacherActivity, Instant teacherLeftAt,
                      Map<String, Integer> teacherScreens, Map<String, Integer> followers,
                      Map<String, Instant> handovers) {
        this(code, key, revision, version, step, lesson, ended, teacherOnline, lastTeacherActivity, teacherLeftAt,
                teacherScreens, followers, handovers, null, 0, false, false);
    }

    /** A new room at version 1, teacher online. */
    static RoomRecord open(String code, String key, SharedLesson lesson, String step, Instant now) {
        return new RoomRecord(code, key, 1, 1, step, lesson, false, true, now, null, Map.of(), Map.of(), Map.of());
    }

    /** What students see. */
    public RoomSnapshot snapshot() {
        return new RoomSnapshot(version, step, lesson, ended, teacherOnline, challenge, revealed, explore);
    }

    /**
     * The teacher posts a challenge (null: ends the current one), as the next version; a new challenge starts with its
     * solution not revealed.
     */
    RoomRecord withChallenge(String newChallenge, Instant now) {
        if (java.util.Objects.equals(newChallenge, challenge)) {
            return this;
        }
        return new RoomRecord(code, key, revision + 1, version + 1, step, lesson, ended, teacherOnline, now,
                teacherLeftAt, teacherScreens, followers, handovers, newChallenge, studentNumbers, false, explore);
    }

    /** The record at step {@code newStep} as the next version (null or the same step: unchanged). */
    RoomRecord atStep(String newStep) {
        if (newStep == null || newStep.equals(step)) {
            return this;
        }
        return new RoomRecord(code, key, revision + 1, version + 1, newStep, lesson, ended, teacherOnline, lastTeacherActivity,
                teacherLeftAt, teacherScreens, followers, handovers, challenge, studentNumbers, revealed, explore);
    }

    /** The teacher reveals the current challenge's reference solution, as the next version (nothing without one). */
    RoomRecord withSolutionRevealed(Instant now) {
        if (challenge == null || revealed) {
            return this;
        }
        return new RoomRecord(code, key, revision + 1, version + 1, step, lesson, ended, teacherOnline, now,
                teacherLeftAt, teacherScreens, followers, handovers, challenge, studentNumbers, true, explore);
    }

    /** Pacing: students may explore the steps ({@code true}) or stay on the teacher's step, as the next version. */
    RoomRecord withExplore(boolean nowExplore, Instant now) {
        if (nowExplore == explore) {
            return this;
        }
        return new RoomRecord(code, key, revision + 1, version + 1, step, lesson, ended, teacherOnline, now,
                teacherLeftAt, teacherScreens, followers, handovers, challenge, studentNumbers, revealed, nowExplore);
    }

    /** One more student numbered ("Student N" with N = the new {@link #studentNumbers}); students see no change. */
    RoomRecord withNextStudentNumber() {
        return new RoomRecord(code, key, revision + 1, version, step, lesson, ended, teacherOnline,
                lastTeacherActivity, teacherLeftAt, teacherScreens, followers, handovers, challenge,
                studentNumbers + 1, revealed, explore);
    }

    /** Following students on all nodes. */
    public int followerCount() {
        return followers.values().stream().mapToInt(Integer::intValue).sum();
    }

    int teacherScreenCount() {
        return teacherScreens.values().stream().mapToInt(Integer::intValue).sum();
    }

    private RoomRecord with(long newVersion, String newStep, SharedLesson newLesson, boolean nowEnded,
                            boolean nowOnline, Instant activity, Instant leftAt, Map<String, Integer> screens,
                            Map<String, Integer> follow, Map<String, Instant> hand) {
        return new RoomRecord(code, key, revision + 1, newVersion, newStep, newLesson, nowEnded, nowOnline, activity,
                leftAt, screens, follow, hand, challenge, studentNumbers, revealed, explore);
    }

    /** The teacher's new step and lesson, as the next version. */
    RoomRecord publish(String newStep, SharedLesson newLesson, Instant now) {
        return with(version + 1, newStep, newLesson, false, teacherOnline, now, teacherLeftAt, teacherScreens,
                followers, handovers);
    }

    /** The last version: ended, with the given content (the teacher's latest, even if not yet broadcast). */
    RoomRecord end(String lastStep, SharedLesson lastLesson) {
        return ended ? this : with(version + 1, lastStep, lastLesson, true, teacherOnline, lastTeacherActivity,
                teacherLeftAt, teacherScreens, Map.of(), handovers);
    }

    /** {@code node} now has {@code n} following students. */
    RoomRecord withFollowers(String node, int n) {
        return with(version, step, lesson, ended, teacherOnline, lastTeacherActivity, teacherLeftAt, teacherScreens,
                put(followers, node, n), handovers);
    }

    /** A teacher screen opened on {@code node}: students see the teacher online (a new version if they did not). */
    RoomRecord teacherArrived(String node) {
        Map<String, Integer> screens = put(teacherScreens, node, teacherScreens.getOrDefault(node, 0) + 1);
        boolean comesBack = !ended && !teacherOnline;
        return with(comesBack ? version + 1 : version, step, lesson, ended, true, lastTeacherActivity, null, screens,
                followers, handovers);
    }

    /** A teacher screen closed on {@code node}; when it was the last one anywhere, the teacher left now. */
    RoomRecord teacherLeft(String node, Instant now) {
        Map<String, Integer> screens = put(teacherScreens, node, Math.max(0, teacherScreens.getOrDefault(node, 0) - 1));
        boolean none = screens.values().stream().mapToInt(Integer::intValue).sum() == 0;
        return with(version, step, lesson, ended, teacherOnline, lastTeacherActivity, none ? now : teacherLeftAt,
                screens, followers, handovers);
    }

    /**
     * Only the counts of live nodes: a node that died took its students and screens with it. If that leaves no
     * teacher screen, the teacher left {@code now}. The same record when nothing changes.
     */
    RoomRecord withNodes(Set<String> live, Instant now) {
        if (live.containsAll(teacherScreens.keySet()) && live.containsAll(followers.keySet())) {
            return this;
        }
        Map<String, Integer> screens = new HashMap<>(teacherScreens);
        screens.keySet().retainAll(live);
        Map<String, Integer> follow = new HashMap<>(followers);
        follow.keySet().retainAll(live);
        boolean hadScreens = teacherScreenCount() > 0;
        boolean none = screens.values().stream().mapToInt(Integer::intValue).sum() == 0;
        return with(version, step, lesson, ended, teacherOnline, lastTeacherActivity,
                hadScreens && none ? now : teacherLeftAt, screens, follow, handovers);
    }

    /** True when no teacher screen has been open since {@code cutoff} (one was open once and closed). */
    boolean teacherGoneSince(Instant cutoff) {
        return teacherScreenCount() == 0 && teacherLeftAt != null && !teacherLeftAt.isAfter(cutoff);
    }

    /** Students see the teacher offline (a new version), if the teacher has been gone since {@code cutoff}. */
    RoomRecord checkPresence(Instant cutoff) {
        return !ended && teacherOnline && teacherGoneSince(cutoff)
                ? with(version + 1, step, lesson, false, false, lastTeacherActivity, teacherLeftAt, teacherScreens,
                followers, handovers)
                : this;
    }

    RoomRecord withHandover(String token, Instant expires) {
        Map<String, Instant> h = new HashMap<>(handovers);
        h.put(token, expires);
        return with(version, step, lesson, ended, teacherOnline, lastTeacherActivity, teacherLeftAt, teacherScreens,
                followers, h);
    }

    /** The record without {@code token} and without expired codes. */
    RoomRecord withoutHandover(String token, Instant now) {
        Map<String, Instant> h = new HashMap<>(handovers);
        h.remove(token);
        h.values().removeIf(e -> e.isBefore(now));
        return h.equals(handovers) ? this : with(version, step, lesson, ended, teacherOnline, lastTeacherActivity,
                teacherLeftAt, teacherScreens, followers, h);
    }

    private static <V> Map<String, V> put(Map<String, V> map, String node, V value) {
        Map<String, V> m = new HashMap<>(map);
        if (value instanceof Integer i && i == 0) {
            m.remove(node);
        } else {
            m.put(node, value);
        }
        return m;
    }
}
