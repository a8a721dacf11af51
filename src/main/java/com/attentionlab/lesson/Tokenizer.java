package com.attentionlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level tokenization: words (letters, with inner apostrophes and hyphens), numbers, and every punctuation mark
 * or symbol as a token of its own. "it was tired." → [it, was, tired, .]. Text written without spaces (Chinese,
 * Japanese) is split per character. An emoji is one token however many code points it takes (skin tones, variation
 * selectors, joined sequences such as 👩🏽‍💻); an invisible character never becomes a token of its own.
 */
public final class Tokenizer {

    /** Most tokens in a sentence the learner types. */
    public static final int MAX_TOKENS = 24;
    /** Most characters the sentence field accepts. */
    public static final int MAX_CHARS = 400;
    /** Most characters in one token. */
    public static final int MAX_TOKEN_CHARS = 32;

    private static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}";
    private static final String LETTER = "[\\p{L}&&[^" + CJK + "]]";
    private static final String LETTER_OR_MARK = "[\\p{L}\\p{M}&&[^" + CJK + "]]";
    private static final Pattern TOKEN = Pattern.compile(
            "[" + CJK + "]"                                                  // one character of CJK text
            + "|" + LETTER + LETTER_OR_MARK + "*(?:['’-]" + LETTER_OR_MARK + "+)*" // a word
            + "|\\p{N}+(?:[.,]\\p{N}+)*"                                      // a number
            + "|(?=[^\\s\\p{L}\\p{N}])\\X");                                   // a mark or symbol: a whole grapheme

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
        int lastEnd = -1;
        while (m.find()) {
            String t = m.group();
            if (t.codePoints().allMatch(Character::isISOControl)) {
                continue;
            }
            if (invisible(t)) {
                // a joiner, variation selector or combining mark on its own: part of the token before, if touching
                if (m.start() == lastEnd && !tokens.isEmpty()) {
                    tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + t);
                    lastEnd = m.end();
                }
                continue;
            }
            if (t.length() > MAX_TOKEN_CHARS) {
                throw new IllegalArgumentException("The word \"" + t.substring(0, 12) + "…\" is longer than "
                        + MAX_TOKEN_CHARS + " characters.");
            }
            tokens.add(t);
            lastEnd = m.end();
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

    /** True when nothing of the text is visible: control and format characters, marks, variation selectors. */
    private static boolean invisible(String t) {
        return t.codePoints().allMatch(c -> {
            int type = Character.getType(c);
            return type == Character.CONTROL || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
        });
    }
}
