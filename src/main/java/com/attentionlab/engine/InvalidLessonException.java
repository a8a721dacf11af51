package com.attentionlab.engine;

/**
 * A lesson state, or a request for one, that the engine refuses. The message starts with the field it is about
 * (e.g. {@code wq: has 5 rows but x has 6 columns}) so that a user or API client knows what to fix.
 */
public class InvalidLessonException extends IllegalArgumentException {

    private final String field;

    public InvalidLessonException(String field, String detail) {
        super(field + ": " + detail);
        this.field = field;
    }

    /** The field the problem is in, e.g. {@code x}, {@code wq}, {@code heads}, {@code tokens}. */
    public String field() {
        return field;
    }
}
