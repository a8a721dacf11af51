package com.attentionlab.lesson;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a learner may type into a matrix cell, written once: the server parses with it, and the web component gets
 * the same pattern ({@link #PATTERN_SOURCE}) to decide when a typed text is a whole number worth sending.
 *
 * <p>Accepted: an optional sign ({@code +}, {@code -} or the typographic minus {@code −}), digits with at most one
 * decimal separator (a point, or a comma as many learners type it), an optional exponent ({@code 1e-3}), and
 * spaces around it. Everything else is not a number.
 */
public final class NumberGrammar {

    /**
     * The grammar as a regular expression that Java and JavaScript read alike (no look-arounds, no possessive
     * quantifiers, and the ASCII spaces spelled out: JavaScript's \s would also take a no-break space, Java's not).
     * Match it against the whole text.
     */
    public static final String PATTERN_SOURCE =
            "[ \\t\\n\\x0B\\f\\r]*[-+\u2212]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE][-+]?\\d+)?[ \\t\\n\\x0B\\f\\r]*";

    private static final Pattern PATTERN = Pattern.compile(PATTERN_SOURCE);

    private NumberGrammar() {
    }

    /**
     * The number a learner typed, or empty when the text is not one. Overflow such as {@code 1e999} parses to
     * infinity; the lesson's limits then refuse it.
     */
    public static Optional<Double> parse(String text) {
        if (text == null || !PATTERN.matcher(text).matches()) {
            return Optional.empty();
        }
        String t = text.strip().replace('\u2212', '-').replace(',', '.');
        return Optional.of(Double.parseDouble(t));
    }

    /** A value as the learner would type it back: whole numbers without ".0", others in full precision. */
    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
