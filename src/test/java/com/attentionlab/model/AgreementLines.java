package com.attentionlab.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Texts for {@link BertTokenizerAgreementTest}: the hand-written lines of {@code model/tokenizer-agreement.txt}
 * and lines generated from a seeded {@link Random} over pools of characters (letters of many scripts, accents and
 * combining marks, CJK, kana, Hangul, emoji with skin tones, ZWJ sequences and flags, punctuation, symbols,
 * whitespace, controls and zero-width characters, vocabulary words in mixed case, special tokens, long words).
 */
final class AgreementLines {

    private static final Pattern ESCAPE = Pattern.compile("\\{U\\+([0-9A-Fa-f]{4,6})}");

    private static final int[][] LETTER_POOLS = {
            range('a', 'z'), range('A', 'Z'), range('0', '9'),
            range(0xC0, 0x17F), // Latin-1 and Extended-A letters: accents, ß, Ł, Œ, ...
            range(0x1EA0, 0x1EF9), // Vietnamese
            range(0x386, 0x3CE), range(0x400, 0x45F), // Greek, Cyrillic
            concat(range(0x5D0, 0x5EA), range(0x5B0, 0x5BC)), // Hebrew with points
            concat(range(0x621, 0x64A), range(0x64B, 0x652)), // Arabic with harakat
            range(0x905, 0x94D), range(0xE01, 0xE3A), // Devanagari, Thai
            range(0x3041, 0x3096), range(0x30A1, 0x30FA), range(0xFF66, 0xFF9D), // kana, half-width katakana
            range(0xAC00, 0xD7A3), range(0x1100, 0x11FF), // Hangul syllables and jamo
            range(0x4E00, 0x9FFF), range(0x20000, 0x2A6DF), // CJK ideographs, extension B
            range(0xFF01, 0xFF5E), range(0x1D400, 0x1D6A5), // full-width forms, mathematical letters
            concat(range('a', 'z'), range(0x300, 0x36F)), // letters and combining marks
    };

    private static final int[] PUNCTUATION = concat(range(33, 47), range(58, 64), range(91, 96), range(123, 126),
            "“”‘’«»‹›–—…¡¿、。！？「」《》·•†‡§¶‰′″‼⁇".codePoints().toArray());

    private static final int[] SYMBOLS = "€£¥₹©®™°±×÷∑∞≈≠≤≥→←★♥✓½²³ℌﬁ①".codePoints().toArray();

    private static final int[] EMOJI = concat(range(0x1F600, 0x1F64F), range(0x1F300, 0x1F5FF),
            range(0x1F900, 0x1F9FF), range(0x2600, 0x26FF));

    private static final int[] WHITESPACE = concat(new int[] {'\t', '\n', '\r', 0x0B, 0x0C, 0x85, 0xA0, 0x1680,
            0x2028, 0x2029, 0x202F, 0x205F, 0x3000}, range(0x2000, 0x200A));

    private static final int[] INVISIBLE = concat(new int[] {0, 1, 7, 0x1B, 0x1F, 0x7F, 0x80, 0x9F, 0xAD, 0x61C,
            0x2060, 0xFEFF, 0xFFFD, 0xE000, 0xF8FF, 0xFE0E, 0xFE0F, 0x180E}, range(0x200B, 0x200F));

    private static final String[] SPECIAL = {"[CLS]", "[SEP]", "[MASK]", "[PAD]", "[UNK]", "[mask]", "[MASK"};

    private AgreementLines() {
    }

    /** The hand-written lines, {@code {U+XXXX}} escapes resolved, comments and empty lines left out. */
    static List<String> fromResource() {
        List<String> lines = new ArrayList<>();
        try (InputStream in = AgreementLines.class.getResourceAsStream("/model/tokenizer-agreement.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(unescape(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    static String unescape(String line) {
        Matcher m = ESCAPE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(sb).toString();
    }

    /** {@code count} lines from a Random seeded with {@code seed}; vocabulary words come from {@code tokenizer}. */
    static List<String> generated(int count, long seed, BertTokenizer tokenizer) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder line = new StringBuilder();
            int words = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 16);
            for (int w = 0; w < words; w++) {
                if (w > 0 || random.nextInt(10) == 0) {
                    separator(random, line);
                }
                word(random, tokenizer, line);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static void separator(Random random, StringBuilder line) {
        int kind = random.nextInt(20);
        if (kind < 13) {
            line.append(' ');
        } else if (kind < 15) {
            line.appendCodePoint(pick(random, WHITESPACE));
        } else if (kind < 17) {
            line.appendCodePoint(pick(random, PUNCTUATION));
        } else if (kind < 18) {
            line.appendCodePoint(pick(random, INVISIBLE));
        } // else: no separator, the words run together
    }

    private static void word(Random random, BertTokenizer tokenizer, StringBuilder line) {
        int kind = random.nextInt(100);
        if (kind < 35) {
            vocabularyWord(random, tokenizer, line);
        } else if (kind < 70) {
            int[] pool = LETTER_POOLS[random.nextInt(LETTER_POOLS.length)];
            int[] other = random.nextInt(5) == 0 ? LETTER_POOLS[random.nextInt(LETTER_POOLS.length)] : pool;
            for (int n = 1 + random.nextInt(10); n > 0; n--) {
                line.appendCodePoint(pick(random, random.nextBoolean() ? pool : other));
            }
        } else if (kind < 80) {
            emoji(random, line);
        } else if (kind < 85) {
            line.append(SPECIAL[random.nextInt(SPECIAL.length)]);
        } else if (kind < 90) {
            int[] pool = LETTER_POOLS[random.nextInt(5)];
            for (int n = 95 + random.nextInt(12); n > 0; n--) { // around max_input_chars_per_word (100)
                line.appendCodePoint(pick(random, pool));
            }
        } else if (kind < 95) {
            line.append(random.nextInt(100_000)).append(random.nextBoolean() ? "." : ",").append(random.nextInt(100));
        } else {
            line.appendCodePoint(pick(random, random.nextBoolean() ? SYMBOLS : INVISIBLE));
            vocabularyWord(random, tokenizer, line);
        }
    }

    /** One to three vocabulary pieces glued together, in lower, upper, capitalized or random case. */
    private static void vocabularyWord(Random random, BertTokenizer tokenizer, StringBuilder line) {
        StringBuilder word = new StringBuilder();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            String piece = tokenizer.piece(1000 + random.nextInt(tokenizer.vocabSize() - 1000)); // past [unusedN]
            word.append(piece.startsWith("##") ? piece.substring(2) : piece);
        }
        String w = word.toString();
        switch (random.nextInt(4)) {
            case 0 -> line.append(w);
            case 1 -> line.append(w.toUpperCase(Locale.ROOT));
            case 2 -> line.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            default -> w.codePoints().forEach(c -> line.appendCodePoint(
                    random.nextBoolean() ? Character.toUpperCase(c) : c));
        }
    }

    /** An emoji, maybe with a skin tone, a variation selector, a ZWJ and a second emoji; or a flag; or a keycap. */
    private static void emoji(Random random, StringBuilder line) {
        switch (random.nextInt(4)) {
            case 0 -> line.appendCodePoint(0x1F1E6 + random.nextInt(26)).appendCodePoint(0x1F1E6 + random.nextInt(26));
            case 1 -> line.append((char) ('0' + random.nextInt(10))).append("\uFE0F\u20E3");
            default -> {
                line.appendCodePoint(pick(random, EMOJI));
                if (random.nextBoolean()) {
                    line.appendCodePoint(0x1F3FB + random.nextInt(5));
                }
                if (random.nextBoolean()) {
                    line.append('\uFE0F');
                }
                if (random.nextBoolean()) {
                    line.append('\u200D').appendCodePoint(pick(random, EMOJI));
                }
            }
        }
    }

    private static int pick(Random random, int[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    private static int[] range(int first, int last) {
        return IntStream.rangeClosed(first, last).toArray();
    }

    private static int[] concat(int[]... arrays) {
        return Arrays.stream(arrays).flatMapToInt(Arrays::stream).toArray();
    }
}
