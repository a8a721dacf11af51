package com.attentionlab.lesson;

import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;

import java.util.Arrays;
import java.util.Optional;

/**
 * The matrices a learner can edit: X and the three weight matrices, and (on a trained model's head) the three
 * biases, each one row.
 */
public enum Editable {
    X("x", "X"), WQ("wq", "W_Q"), WK("wk", "W_K"), WV("wv", "W_V"),
    BQ("bq", "b_Q"), BK("bk", "b_K"), BV("bv", "b_V");

    /** The four matrices of a hand-made lesson. */
    public static final java.util.List<Editable> MATRICES = java.util.List.of(X, WQ, WK, WV);
    /** What a learner may edit on a trained model's head: its weight slices and biases. */
    public static final java.util.List<Editable> MODEL = java.util.List.of(WQ, WK, WV, BQ, BK, BV);

    private final String id;
    private final String label;

    Editable(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name in ids and JSON: {@code x}, {@code wq}, {@code wk}, {@code wv}, {@code bq}, {@code bk}, {@code bv}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Matrix of(LessonState s) {
        return switch (this) {
            case X -> s.x();
            case WQ -> s.wq();
            case WK -> s.wk();
            case WV -> s.wv();
            case BQ -> s.bq();
            case BK -> s.bk();
            case BV -> s.bv();
        };
    }

    public boolean isBias() {
        return this == BQ || this == BK || this == BV;
    }

    LessonState replace(LessonState s, Matrix m) {
        return switch (this) {
            case X -> s.withX(m);
            case WQ -> s.withWq(m);
            case WK -> s.withWk(m);
            case WV -> s.withWv(m);
            case BQ -> s.withBiases(m, s.bk(), s.bv());
            case BK -> s.withBiases(s.bq(), m, s.bv());
            case BV -> s.withBiases(s.bq(), s.bk(), m);
        };
    }

    public static Optional<Editable> fromId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }
}
