package com.attentionlab.model;

import java.util.Arrays;

/**
 * The character classes Hugging Face's BERT normalizer and pre-tokenizer use (tokenizers' {@code normalizers/bert.rs}
 * and {@code pre_tokenizers/bert.rs}), with Rust's and HF's definitions rather than Java's look-alikes:
 * {@link Character#isWhitespace} leaves out the no-break spaces and counts U+001C..U+001F, Rust's
 * {@code char::is_whitespace} does the opposite, so the Unicode White_Space list is spelled out here.
 *
 * <p>General categories: HF takes them from the {@code unicode_categories} crate, whose tables are Unicode 8.0;
 * Java 17's are Unicode 13.0. {@link #type} bridges the two, so that every code point is classified as HF does
 * (checked code point by code point in {@code BertTokenizerAgreementTest}; a JDK with newer Unicode tables would
 * show up there).
 */
final class BertChars {

    /**
     * Code points (inclusive ranges) that Unicode 9.0 to 13.0 added as non-spacing marks, format characters or
     * punctuation (Adlam, Newa, Masaram Gondi, Sogdian, ... and a few in older scripts). HF's Unicode 8.0 tables
     * have no category for them, so HF keeps them inside words (and the word becomes [UNK]) where Java's
     * categories would strip, drop or split them.
     */
    private static final int[] ADDED_AFTER_UNICODE_8 = {
            0x07FD, 0x07FD, 0x08D3, 0x08E2, 0x09FD, 0x09FE, 0x0A76, 0x0A76, 0x0AFA, 0x0AFF, 0x0B55, 0x0B55,
            0x0C04, 0x0C04, 0x0C77, 0x0C77, 0x0C84, 0x0C84, 0x0D00, 0x0D00, 0x0D3B, 0x0D3C, 0x0D81, 0x0D81,
            0x0EBA, 0x0EBA, 0x1885, 0x1886, 0x1ABF, 0x1AC0, 0x1DF6, 0x1DF9, 0x1DFB, 0x1DFB, 0x2E43, 0x2E4F,
            0x2E52, 0x2E52, 0xA82C, 0xA82C, 0xA8C5, 0xA8C5, 0xA8FF, 0xA8FF, 0xA9BD, 0xA9BD, 0x10D24, 0x10D27,
            0x10EAB, 0x10EAD, 0x10F46, 0x10F50, 0x10F55, 0x10F59, 0x110CD, 0x110CD, 0x111CF, 0x111CF,
            0x1123E, 0x1123E, 0x1133B, 0x1133B, 0x11438, 0x1143F, 0x11442, 0x11444, 0x11446, 0x11446, 0x1144B, 0x1144F,
            0x1145A, 0x1145B, 0x1145D, 0x1145E, 0x11660, 0x1166C, 0x1182F, 0x11837, 0x11839, 0x1183B, 0x1193B, 0x1193C,
            0x1193E, 0x1193E, 0x11943, 0x11946, 0x119D4, 0x119D7, 0x119DA, 0x119DB, 0x119E0, 0x119E0, 0x119E2, 0x119E2,
            0x11A01, 0x11A0A, 0x11A33, 0x11A38, 0x11A3B, 0x11A47, 0x11A51, 0x11A56, 0x11A59, 0x11A5B, 0x11A8A, 0x11A96,
            0x11A98, 0x11A9C, 0x11A9E, 0x11AA2, 0x11C30, 0x11C36, 0x11C38, 0x11C3D, 0x11C3F, 0x11C3F, 0x11C41, 0x11C45,
            0x11C70, 0x11C71, 0x11C92, 0x11CA7, 0x11CAA, 0x11CB0, 0x11CB2, 0x11CB3, 0x11CB5, 0x11CB6, 0x11D31, 0x11D36,
            0x11D3A, 0x11D3A, 0x11D3C, 0x11D3D, 0x11D3F, 0x11D45, 0x11D47, 0x11D47, 0x11D90, 0x11D91, 0x11D95, 0x11D95,
            0x11D97, 0x11D97, 0x11EF3, 0x11EF4, 0x11EF7, 0x11EF8, 0x11FFF, 0x11FFF, 0x13430, 0x13438, 0x16E97, 0x16E9A,
            0x16F4F, 0x16F4F, 0x16FE2, 0x16FE2, 0x16FE4, 0x16FE4, 0x1E000, 0x1E006, 0x1E008, 0x1E018, 0x1E01B, 0x1E021,
            0x1E023, 0x1E024, 0x1E026, 0x1E02A, 0x1E130, 0x1E136, 0x1E2EC, 0x1E2EF, 0x1E944, 0x1E94A, 0x1E95E, 0x1E95F
    };

    /**
     * Code points that were punctuation (Po) in Unicode 8.0 and changed category since: U+166D CANADIAN SYLLABICS
     * CHI SIGN (a symbol, So, since Unicode 12) and U+111C9 SHARADA SANDHI MARK (a non-spacing mark, Mn, since 11).
     */
    private static boolean wasPunctuationInUnicode8(int cp) {
        return cp == 0x166D || cp == 0x111C9;
    }

    private BertChars() {
    }

    /** The general category as HF's Unicode 8.0 tables have it, for the categories these classes look at. */
    static int type(int cp) {
        if (wasPunctuationInUnicode8(cp)) {
            return Character.OTHER_PUNCTUATION;
        }
        int i = Arrays.binarySearch(ADDED_AFTER_UNICODE_8, cp);
        boolean inRange = i >= 0 || (-i - 1) % 2 == 1; // found, or between a range's first and last code point
        return inRange ? Character.UNASSIGNED : Character.getType(cp);
    }

    /** Rust's {@code char::is_whitespace}: the Unicode White_Space property. */
    static boolean isWhitespace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
                || cp == 0x205F || cp == 0x3000;
    }

    /**
     * HF's {@code is_whitespace} in the normalizer: tab, newline and carriage return, plus {@link #isWhitespace}.
     * (The clean-text step drops the other control characters first, so VT, FF and U+0085 never get here.)
     */
    static boolean isCleanTextWhitespace(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || isWhitespace(cp);
    }

    /**
     * HF's {@code is_control}: categories Cc (control), Cf (format: zero-width space and joiner, soft hyphen,
     * BOM, ...) and Co (private use), except tab, newline and carriage return, which count as whitespace.
     */
    static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = type(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE;
    }

    /**
     * HF's {@code is_chinese_char}: the CJK Unified Ideographs blocks and their extensions A..E plus the
     * compatibility ideographs, exactly the ranges in {@code normalizers/bert.rs} (so not kana or Hangul).
     */
    static boolean isChineseChar(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F)
                || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B920 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /**
     * HF's {@code is_bert_punc}: ASCII punctuation (33..47, 58..64, 91..96, 123..126, so also {@code $+<=>^`|~},
     * which Unicode calls symbols) or any Unicode punctuation category (Pc, Pd, Ps, Pe, Pi, Pf, Po).
     */
    static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        switch (type(cp)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    /** Category Mn (non-spacing mark): what HF's strip-accents step drops after NFD. */
    static boolean isNonspacingMark(int cp) {
        return type(cp) == Character.NON_SPACING_MARK;
    }
}
