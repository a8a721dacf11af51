package com.attentionlab.share;

import com.attentionlab.engine.LessonState;

import java.util.Objects;

/**
 * Everything a share link carries: the full lesson state, the sentence as the learner typed it, and the preset
 * (id and seed) that Reset returns to.
 */
public record SharedLesson(LessonState state, String sentence, String presetId, long seed) {

    public SharedLesson {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(presetId, "presetId");
    }
}
