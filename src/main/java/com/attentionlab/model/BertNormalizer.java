package com.attentionlab.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Hugging Face's {@code BertNormalizer} (tokenizers' {@code normalizers/bert.rs}), in HF's order:
 * <ol>
 *   <li><b>clean text</b>: drop U+0000, U+FFFD and control characters ({@link BertChars#isControl}: Cc, Cf, Co
 *       but not tab/newline/CR, so zero-width spaces and joiners, soft hyphens and VT/FF vanish), then turn every
 *       whitespace character into a plain space;</li>
 *   <li><b>Chinese characters</b>: put a space on each side of every CJK ideograph
 *       ({@link BertChars#isChineseChar}), so each becomes its own word;</li>
 *   <li><b>strip accents</b>: NFD, then drop non-spacing marks (Mn): {@code é} → {@code e}, {@code 한} → its three
 *       jamo;</li>
 *   <li><b>lowercase</b>: Rust's {@code char::to_lowercase}, one character at a time: {@code Σ} is always
 *       {@code σ} (no final-sigma rule) and {@code İ} is {@code i} + U+0307 (which step 3, coming first, has
 *       already reduced to {@code I}).</li>
 * </ol>
 * Each output character remembers the span (UTF-16 indices) of the input character it came from, as HF's
 * {@code NormalizedString} alignments do, so every piece can point back at the original text. A lone surrogate
 * (not Unicode, it cannot reach HF's Rust code) counts as U+FFFD. Immutable and thread-safe.
 */
final class BertNormalizer {

    /**
     * Normalized text; {@code starts[i]}, {@code ends[i]} is the span in the original text of {@code text}'s char
     * {@code i} (the arrays may be longer than the text).
     */
    record Normalized(String text, int[] starts, int[] ends) {
    }

    private final boolean cleanText;
    private final boolean handleChineseChars;
    private final boolean stripAccents;
    private final boolean lowercase;

    BertNormalizer(boolean cleanText, boolean handleChineseChars, boolean stripAccents, boolean lowercase) {
        this.cleanText = cleanText;
        this.handleChineseChars = handleChineseChars;
        this.stripAccents = stripAccents;
        this.lowercase = lowercase;
    }

    /** Normalizes {@code text[from, to)}; the spans are indices into {@code text}. */
    Normalized normalize(String text, int from, int to) {
        Aligned cleaned = new Aligned(to - from + 8);
        for (int i = from; i < to; ) {
            int cp = codePointAt(text, i, to);
            int end = i + Character.charCount(cp);
            cleanAndSpace(cp, i, end, cleaned);
            i = end;
        }
        Aligned decomposed = stripAccents ? nfd(cleaned) : cleaned;
        if (!stripAccents && !lowercase) {
            return decomposed.done();
        }
        Aligned out = new Aligned(decomposed.length() + 8);
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.text.codePointAt(i);
            int start = decomposed.starts[i];
            int end = decomposed.ends[i];
            i += Character.charCount(cp);
            if (stripAccents && BertChars.isNonspacingMark(cp)) {
                continue;
            }
            if (lowercase && cp == 0x130) { // the one unconditional multi-character lowercase mapping
                out.append('i', start, end);
                out.append(0x307, start, end);
            } else {
                out.append(lowercase ? Character.toLowerCase(cp) : cp, start, end);
            }
        }
        return out.done();
    }

    /** Steps 1 and 2, which look at one character at a time. */
    private void cleanAndSpace(int cp, int start, int end, Aligned out) {
        if (cleanText) {
            if (cp == 0 || cp == 0xFFFD || isLoneSurrogate(cp) || BertChars.isControl(cp)) {
                return;
            }
            if (BertChars.isCleanTextWhitespace(cp)) {
                cp = ' ';
            }
        }
        if (handleChineseChars && BertChars.isChineseChar(cp)) {
            out.append(' ', start, end);
            out.append(cp, start, end);
            out.append(' ', start, end);
        } else {
            out.append(cp, start, end);
        }
    }

    /**
     * NFD of the whole text, keeping alignments: each character is decomposed on its own (its pieces keep its
     * span); if canonical reordering then moves combining marks across characters, each reordered cluster gets
     * the union of its characters' spans.
     */
    private static Aligned nfd(Aligned in) {
        String s = in.text.toString();
        if (Normalizer.isNormalized(s, Normalizer.Form.NFD)) {
            return in;
        }
        Aligned out = new Aligned(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int n = Character.charCount(s.codePointAt(i));
            String d = Normalizer.normalize(s.substring(i, i + n), Normalizer.Form.NFD);
            for (int j = 0; j < d.length(); ) {
                int c = d.codePointAt(j);
                out.append(c, in.starts[i], in.ends[i]);
                j += Character.charCount(c);
            }
            i += n;
        }
        String whole = Normalizer.normalize(s, Normalizer.Form.NFD);
        return whole.contentEquals(out.text) ? out : reordered(whole, out);
    }

    /** Aligns {@code whole} (NFD with reordering) using {@code pieces} (per-character NFD, same code points). */
    private static Aligned reordered(String whole, Aligned pieces) {
        int[] p = pieces.text.codePoints().toArray();
        int[] w = whole.codePoints().toArray();
        int[] pStart = new int[p.length];
        int[] pEnd = new int[p.length];
        for (int k = 0, i = 0; k < p.length; i += Character.charCount(p[k]), k++) {
            pStart[k] = pieces.starts[i];
            pEnd[k] = pieces.ends[i];
        }
        Aligned out = new Aligned(whole.length() + 8);
        for (int k = 0; k < w.length; ) {
            int m = k + 1;
            int start = pStart[k];
            int end = pEnd[k];
            if (p[k] != w[k]) { // the smallest window whose code points are a permutation of each other
                Map<Integer, Integer> balance = new HashMap<>();
                for (m = k; m == k || !balance.isEmpty(); m++) {
                    balance.merge(p[m], 1, (a, b) -> a + b == 0 ? null : a + b);
                    balance.merge(w[m], -1, (a, b) -> a + b == 0 ? null : a + b);
                    start = Math.min(start, pStart[m]);
                    end = Math.max(end, pEnd[m]);
                }
            }
            for (; k < m; k++) {
                out.append(w[k], start, end);
            }
        }
        return out;
    }

    private static boolean isLoneSurrogate(int cp) {
        return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
    }

    /** {@link String#codePointAt} that does not read a low surrogate past {@code limit}. */
    private static int codePointAt(String text, int i, int limit) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return c;
    }

    /** A growing string whose every char carries the span of the input character it came from. */
    private static final class Aligned {
        final StringBuilder text;
        int[] starts;
        int[] ends;

        Aligned(int capacity) {
            text = new StringBuilder(capacity);
            starts = new int[capacity];
            ends = new int[capacity];
        }

        int length() {
            return text.length();
        }

        void append(int cp, int start, int end) {
            int n = Character.charCount(cp);
            if (text.length() + n > starts.length) {
                int capacity = Math.max(starts.length * 2, text.length() + n);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
            for (int j = 0; j < n; j++) {
                starts[text.length() + j] = start;
                ends[text.length() + j] = end;
            }
            text.appendCodePoint(cp);
        }

        Normalized done() {
            return new Normalized(text.toString(), starts, ends);
        }
    }
}
