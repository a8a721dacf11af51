package com.attentionlab.lesson;

import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;

import java.util.List;

/**
 * The multi-head step's look ahead: the lesson's own weights as head 0 and a "previous token" head as head 1, side
 * by side, so that the learner sees two heads answer different questions about the same X.
 */
final class MultiHeadPreview {

    private MultiHeadPreview() {
    }

    /**
     * The two-head state for {@code state}. A state that already has several heads is shown as it is; a state of
     * another shape (e.g. from the API or an old link) gets a second head that attends uniformly.
     */
    static LessonState of(LessonState state, long seed) {
        if (state.heads() > 1) {
            return state;
        }
        Preset.Weights second = Preset.PREVIOUS_TOKEN.weights(seed);
        if (second.wq().rows() != state.dModel() || state.dK() != Preset.D_K || state.dV() != Preset.D_K) {
            second = new Preset.Weights(Matrix.zeros(state.dModel(), state.dK()),
                    Matrix.zeros(state.dModel(), state.dK()), state.wv());
        }
        return new LessonState(state.tokens(), state.x(),
                Matrix.concatColumns(List.of(state.wq(), second.wq())),
                Matrix.concatColumns(List.of(state.wk(), second.wk())),
                Matrix.concatColumns(List.of(state.wv(), second.wv())), 2, state.causal(), state.scale());
    }
}
