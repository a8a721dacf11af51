package com.attentionlab.challenge;

/** A challenge link that cannot be read or a challenge too big to be one; the message says why, in plain words. */
public class ChallengeCodeException extends Exception {

    public ChallengeCodeException(String message) {
        super(message);
    }
}
