package com.attentionlab.lesson;

import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;

import java.util.Arrays;
import java.util.Optional;

/** The four matrices a learner can edit. */
public enum Editable {
    X("x", "X"), WQ("wq", "W_Q"), WK("wk", "W_K"), WV("wv", "W_V");

    private final String id;
    private final String label;

    Editable(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name in ids and JSON: {@code x}, {@code wq}, {@code wk}, {@code wv}. */
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
        };
    }

    LessonState replace(LessonState s, Matrix m) {
        return switch (this) {
            case X -> s.withX(m);
            case WQ -> s.withWq(m);
            case WK -> s.withWk(m);
            case WV -> s.withWv(m);
        };
    }

    public static Optional<Editable> fromId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }
}
