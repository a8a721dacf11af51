package com.attentionlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level tokenization: words (letters, with inner apostrophes and hyphens), numbers, and every punctuation
 * mark as a token of its own. "it was tired." → [it, was, tired, .].
 */
public final class Tokenizer {

    /** Most tokens in a sentence the learner types. */
    public static final int MAX_TOKENS = 24;
    /** Most characters the sentence field accepts. */
    public static final int MAX_CHARS = 400;
    /** Most characters in one token. */
    public static final int MAX_TOKEN_CHARS = 32;

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}]*(?:['’-][\\p{L}\\p{M}]+)*|\\p{N}+(?:[.,]\\p{N}+)*|[^\\s\\p{L}\\p{N}]");

    private Tokenizer() {
    }

    /**
     * Splits a sentence into tokens.
     *
     * @throws IllegalArgumentException with a message for the learner when the sentence is empty, too long or
     *                                  has more than {@link #MAX_TOKENS} tokens
     */
    public static List<String> tokenize(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            throw new IllegalArgumentException("Type a sentence of at least one word.");
        }
        if (sentence.length() > MAX_CHARS) {
            throw new IllegalArgumentException("That sentence has " + sentence.length()
                    + " characters; the lesson takes at most " + MAX_CHARS + ".");
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String t = m.group();
            if (Character.isISOControl(t.codePointAt(0))) {
                continue;
            }
            if (t.length() > MAX_TOKEN_CHARS) {
                throw new IllegalArgumentException("The word \"" + t.substring(0, 12) + "…\" is longer than "
                        + MAX_TOKEN_CHARS + " characters.");
            }
            tokens.add(t);
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("Type a sentence of at least one word.");
        }
        if (tokens.size() > MAX_TOKENS) {
            throw new IllegalArgumentException("That sentence has " + tokens.size()
                    + " tokens; the lesson takes at most " + MAX_TOKENS + ". Try a shorter one.");
        }
        return tokens;
    }
}
