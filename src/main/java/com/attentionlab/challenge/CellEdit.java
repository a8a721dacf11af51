package com.attentionlab.challenge;

import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Editable;

import java.util.List;

/**
 * One cell set to a value: a step of a reference solution, or of a challenge's start.
 *
 * @param matrix X, W_Q, W_K or W_V
 * @param row    0-based row (a token of X; a dimension of W)
 * @param col    0-based column
 * @param value  the new value
 */
public record CellEdit(Editable matrix, int row, int col, double value) {

    /** The matrices a challenge may name: those of a hand-made lesson. */
    public static final List<Editable> MATRICES = Editable.MATRICES;

    /** The state with this cell set (the matrix must be one of X, W_Q, W_K, W_V and the cell inside it). */
    public LessonState applyTo(LessonState s) {
        Matrix m = matrix.of(s).with(row, col, value);
        return replace(s, matrix, m);
    }

    /** Applies edits in order. */
    public static LessonState applyAll(LessonState s, List<CellEdit> edits) {
        LessonState out = s;
        for (CellEdit e : edits) {
            out = e.applyTo(out);
        }
        return out;
    }

    static LessonState replace(LessonState s, Editable which, Matrix m) {
        return switch (which) {
            case X -> s.withX(m);
            case WQ -> s.withWq(m);
            case WK -> s.withWk(m);
            case WV -> s.withWv(m);
            default -> throw new IllegalArgumentException(which.label() + " is not a matrix of a hand-made lesson");
        };
    }

    /** "W_K[0][0] = 1.5". */
    @Override
    public String toString() {
        return matrix.label() + "[" + row + "][" + col + "] = " + value;
    }
}
