package com.attentionlab.share;

/** A share code that cannot be read; the message says why, in words a learner can follow. */
public class ShareCodeException extends Exception {

    public ShareCodeException(String reason) {
        super(reason);
    }
}
