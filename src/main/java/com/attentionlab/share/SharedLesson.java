package com.attentionlab.share;

import com.attentionlab.engine.LessonState;

import java.util.Objects;

/**
 * Everything a share link carries: the full lesson state, the sentence as the learner typed it, and the preset
 * (id and seed) that Reset returns to. On a trained model's head, {@code model} says which head and what was
 * edited; the state is then what that reference resolves to, and the link carries the reference, not the state.
 */
public record SharedLesson(LessonState state, String sentence, String presetId, long seed, ModelRef model) {

    public SharedLesson {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(presetId, "presetId");
    }

    /** A hand-made lesson (no model). */
    public SharedLesson(LessonState state, String sentence, String presetId, long seed) {
        this(state, sentence, presetId, seed, null);
    }

    public boolean onModel() {
        return model != null;
    }
}
