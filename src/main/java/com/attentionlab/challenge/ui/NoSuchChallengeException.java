package com.attentionlab.challenge.ui;

/** A challenge address that leads nowhere: an unknown id, or a challenge link that cannot be read. */
class NoSuchChallengeException extends RuntimeException {

    NoSuchChallengeException(String message) {
        super(message);
    }
}
