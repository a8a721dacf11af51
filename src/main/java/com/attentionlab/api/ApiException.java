package com.attentionlab.api;

import org.springframework.http.HttpStatus;

/** A client error with the status to answer and a message for {@code {"error": ...}}. */
class ApiException extends RuntimeException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
