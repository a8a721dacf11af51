package com.attentionlab.classroom;

/** A classroom request that cannot be served (a limit reached, an unknown or ended room); the message says why. */
public class ClassroomException extends RuntimeException {

    public ClassroomException(String message) {
        super(message);
    }
}
