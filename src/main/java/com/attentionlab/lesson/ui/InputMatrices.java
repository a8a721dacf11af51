package com.attentionlab.lesson.ui;

import com.attentionlab.engine.LessonState;
import com.attentionlab.lesson.Cell;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.Vocabulary;

import java.util.List;
import java.util.Map;

/**
 * How the four input matrices (X, W_Q, W_K, W_V) are labelled and shown, wherever they appear: editable in the
 * inputs panel, read-only in a step (where a presenting teacher edits them through the {@link CellEditor}).
 */
final class InputMatrices {

    private InputMatrices() {
    }

    /** X: one row per token; W: one row per dimension of X. */
    static List<String> rowLabels(Editable e, LessonState s) {
        if (e.isBias()) {
            return List.of("bias");
        }
        return e == Editable.X ? s.tokens() : Vocabulary.dimensionNames(s.dModel());
    }

    /** X: the dimensions; W_Q, W_K, W_V: q0, q1, … / k0, … / v0, …. */
    static List<String> colLabels(Editable e, LessonState s) {
        return switch (e) {
            case X -> Vocabulary.dimensionNames(s.dModel());
            case WQ, BQ -> Labels.columns("q", s.wq().cols());
            case WK, BK -> Labels.columns("k", s.wk().cols());
            case WV, BV -> Labels.columns("v", s.wv().cols());
        };
    }

    /** Shows the matrix {@code e} of the lesson in {@code grid}, with the refused edits of its cells. */
    static void show(MatrixGrid grid, Editable e, LessonState s, Map<Cell, String> refused) {
        grid.show(e.of(s), rowLabels(e, s), e == Editable.X, colLabels(e, s), refused);
    }

    /** A cell as people name it, e.g. {@code W_K[noun, k0]} (as the "what changed" line does). */
    static String cellName(Editable e, LessonState s, int row, int col) {
        return e.label() + "[" + rowLabels(e, s).get(row) + ", " + colLabels(e, s).get(col) + "]";
    }
}
