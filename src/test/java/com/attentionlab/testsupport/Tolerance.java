package com.attentionlab.testsupport;

/**
 * The one tolerance for comparing computed numbers: far below anything the lesson shows (two decimals) and far
 * above double rounding at lesson size (the engine and numpy agree to ~1e-11 even where scores are near 1e5).
 */
public final class Tolerance {

    public static final double EPS = 1e-9;

    private Tolerance() {
    }
}
