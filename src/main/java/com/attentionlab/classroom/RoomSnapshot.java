package com.attentionlab.classroom;

import com.attentionlab.share.SharedLesson;

/**
 * What students see, as one immutable, versioned, full snapshot (never a delta): the teacher's lesson and step.
 *
 * @param version increases by one with every broadcast of the room
 * @param step    the step slug the teacher is on, e.g. {@code softmax}
 * @param lesson  the teacher's full lesson state
 * @param ended   true once the class has ended (students keep their last state)
 * @param teacherOnline false once no screen of the teacher has been open for a while (the class goes on when the
 *                      teacher comes back)
 * @param challenge the challenge the teacher posted (a catalog id or an authored challenge's code), null for none:
 *                  each student works on a private copy of its start
 * @param revealed  the teacher revealed the challenge's reference solution
 * @param explore   pacing: students may move between steps on their own (false: they stay on the teacher's step)
 */
public record RoomSnapshot(long version, String step, SharedLesson lesson, boolean ended, boolean teacherOnline,
                           String challenge, boolean revealed, boolean explore) {

    /** A snapshot with a challenge, its solution not revealed, students on the teacher's step. */
    public RoomSnapshot(long version, String step, SharedLesson lesson, boolean ended, boolean teacherOnline,
                        String challenge) {
        this(version, step, lesson, ended, teacherOnline, challenge, false, false);
    }

    /** A snapshot without a challenge. */
    public RoomSnapshot(long version, String step, SharedLesson lesson, boolean ended, boolean teacherOnline) {
        this(version, step, lesson, ended, teacherOnline, null, false, false);
    }

    /** The next version, with this content. */
    RoomSnapshot next(String newStep, SharedLesson newLesson, boolean nowEnded, boolean nowOnline) {
        return new RoomSnapshot(version + 1, newStep, newLesson, nowEnded, nowOnline, challenge, revealed, explore);
    }
}
