package com.attentionlab.share;

import com.attentionlab.engine.LessonState;

/**
 * Turns a {@link ModelRef} and a sentence back into the lesson state it stands for: the head's input X, its
 * weight slices and biases, with the edits applied. Implemented where the model lives; a codec without one
 * refuses model links.
 */
public interface ModelHeads {

    /**
     * @throws IllegalArgumentException (an {@code InvalidLessonException} or another) saying why the reference
     *                                  cannot be resolved: unknown model, layer or head out of range, sentence too long
     */
    LessonState resolve(ModelRef ref, String sentence);

    /** For codecs in tests and tools that have no model. */
    ModelHeads NONE = (ref, sentence) -> {
        throw new IllegalArgumentException("this app has no trained model to open it with");
    };
}
