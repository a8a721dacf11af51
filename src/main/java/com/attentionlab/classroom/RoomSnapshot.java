package com.attentionlab.classroom;

import com.attentionlab.share.SharedLesson;

/**
 * What students see, as one immutable, versioned, full snapshot (never a delta): the teacher's lesson and step.
 *
 * @param version increases by one with every broadcast of the room
 * @param step    the step slug the teacher is on, e.g. {@code softmax}
 * @param lesson  the teacher's full lesson state
 * @param ended   true once the class has ended (students keep their last state)
 */
public record RoomSnapshot(long version, String step, SharedLesson lesson, boolean ended) {
}
