package com.attentionlab.challenge.ui;

/**
 * A challenge address that leads nowhere: an unknown id, or a challenge link that cannot be read. Public with a
 * no-argument constructor because the router creates it for {@link NoSuchChallengeView}.
 */
public class NoSuchChallengeException extends RuntimeException {

    public NoSuchChallengeException() {
        super("No such challenge.");
    }

    public NoSuchChallengeException(String message) {
        super(message);
    }
}
