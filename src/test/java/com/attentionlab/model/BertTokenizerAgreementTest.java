package com.attentionlab.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our {@link BertTokenizer} against Hugging Face's own tokenizer (the Rust {@code tokenizers} library through DJL's
 * binding, offline, native code inside its jar), both built from all-MiniLM-L6-v2's tokenizer.json: same ids on
 * over a thousand varied lines, on every code point, and when truncating. The figures go to {@code docs/model.md}.
 */
class BertTokenizerAgreementTest {

    private static final BertTokenizer OURS = BertTokenizer.minilm();
    private static final int GENERATED_LINES = 1_300;
    private static final long SEED = 20_240_917L;
    private static final int CODE_POINTS_PER_LINE = 16;

    private static HuggingFaceTokenizer huggingFace;

    @BeforeAll
    static void loadHuggingFace() throws IOException {
        huggingFace = huggingFace(Map.of("truncation", "false"));
    }

    @AfterAll
    static void closeHuggingFace() {
        huggingFace.close();
    }

    /** The JSON asks for truncation and padding to 128; the oracle must do neither, and add [CLS] and [SEP]. */
    private static HuggingFaceTokenizer huggingFace(Map<String, String> truncation) throws IOException {
        Map<String, String> options = new HashMap<>(truncation);
        options.put("addSpecialTokens", "true");
        options.put("padding", "false");
        try (InputStream json = BertTokenizer.class.getResourceAsStream(BertTokenizer.MINILM_TOKENIZER)) {
            return HuggingFaceTokenizer.newInstance(json, options);
        }
    }

    @Test
    void oracle_addsClsAndSep_andNeitherTruncatesNorPads() {
        assertThat(huggingFace.encode("hello").getIds()).containsExactly(101, 7592, 102);
        assertThat(huggingFace.encode("word ".repeat(600)).getIds()).hasSize(602);
    }

    @Test
    void sameIdsAndSpansAsHuggingFace_onVariedLines() {
        List<String> lines = new ArrayList<>(AgreementLines.fromResource());
        int handWritten = lines.size();
        lines.addAll(AgreementLines.generated(GENERATED_LINES, SEED, OURS));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(1_000);

        Encoding[] theirs = huggingFace.batchEncode(lines);
        List<String> idDifferences = new ArrayList<>();
        List<String> spanDifferences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            Tokenized ours = OURS.tokenize(text);
            String where = (i < handWritten ? "file line " : "generated line ") + (i < handWritten ? i + 1 : i - handWritten);
            if (!Arrays.equals(ours.ids(), toInts(theirs[i].getIds()))) {
                idDifferences.add(describe(where, text, ours, theirs[i]));
            } else if (!Arrays.equals(ours.starts(), starts(text, theirs[i]))
                    || !Arrays.equals(ours.ends(), ends(text, theirs[i]))) {
                spanDifferences.add(describe(where, text, ours, theirs[i]));
            }
        }

        int identical = lines.size() - idDifferences.size();
        System.out.printf("Tokenizer agreement: %d lines (%d hand-written, %d generated), %d identical ids (%.2f %%),"
                        + " %d differ in ids, %d more differ only in spans%n", lines.size(), handWritten,
                lines.size() - handWritten, identical, 100.0 * identical / lines.size(), idDifferences.size(),
                spanDifferences.size());
        idDifferences.forEach(System.out::println);
        spanDifferences.forEach(System.out::println);
        assertThat(identical).as("lines with the same ids as Hugging Face, out of %d:%n%s", lines.size(),
                String.join("\n", idDifferences)).isGreaterThanOrEqualTo((int) Math.ceil(0.999 * lines.size()));
        assertThat(spanDifferences).as("lines whose spans differ").hasSizeLessThanOrEqualTo(lines.size() / 1000);
    }

    /**
     * Each code point in a few positions (inside a word, alone, after punctuation, after a capital), which checks
     * every character class and {@link BertChars}'s Unicode 8.0 corrections: all assigned code points except most
     * CJK ideographs (one range test covers them) and the private-use planes, plus a sample of the rest.
     */
    @Test
    void sameIdsAsHuggingFace_forEveryCodePoint() {
        int[] codePoints = IntStream.rangeClosed(0, Character.MAX_CODE_POINT).filter(cp -> probed(cp)).toArray();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < codePoints.length; i += CODE_POINTS_PER_LINE) {
            lines.add(Arrays.stream(codePoints, i, Math.min(codePoints.length, i + CODE_POINTS_PER_LINE))
                    .mapToObj(BertTokenizerAgreementTest::inContext).collect(Collectors.joining(" ")));
        }
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!sameIds(lines.get(i))) { // find the culprits
                Arrays.stream(codePoints, i * CODE_POINTS_PER_LINE,
                                Math.min(codePoints.length, (i + 1) * CODE_POINTS_PER_LINE))
                        .filter(cp -> !sameIds(inContext(cp)))
                        .forEach(cp -> differences.add(describe(String.format("U+%04X", cp), inContext(cp),
                                OURS.tokenize(inContext(cp)), huggingFace.encode(inContext(cp)))));
            }
        }
        System.out.printf("Tokenizer agreement: %d code points, %d differ%n", codePoints.length, differences.size());
        assertThat(differences).as("code points tokenized differently").isEmpty();
    }

    /** The code point inside a word, alone, after punctuation and after a capital letter. */
    private static String inContext(int cp) {
        String c = Character.toString(cp);
        return "ab" + c + "cd e" + c + " " + c + ".A" + c;
    }

    private static boolean sameIds(String text) {
        return Arrays.equals(OURS.tokenize(text).ids(), toInts(huggingFace.encode(text).getIds()));
    }

    private static boolean probed(int cp) {
        int type = Character.getType(cp);
        if (type == Character.SURROGATE) {
            return false; // not characters: a Java string can hold them, Rust's cannot
        }
        boolean sampled = cp % 97 == 0;
        boolean privateUsePlane = cp >= 0xF0000;
        return sampled || (type != Character.UNASSIGNED && !BertChars.isChineseChar(cp) && !privateUsePlane);
    }

    @Test
    void sameTruncationAsHuggingFace() throws IOException {
        List<String> lines = AgreementLines.fromResource();
        for (int maxTokens : new int[] {3, 5, 8, 16, 128}) {
            try (HuggingFaceTokenizer truncating = huggingFace(Map.of("truncation", "true",
                    "maxLength", Integer.toString(maxTokens)))) {
                for (String text : lines) {
                    assertThat(OURS.tokenize(text, maxTokens).ids()).as("%s at most %d", text, maxTokens)
                            .containsExactly(toInts(truncating.encode(text).getIds()));
                }
            }
        }
    }

    private static String describe(String where, String text, Tokenized ours, Encoding theirs) {
        return String.format("%s: %s%n  ours: %s %s%n  HF:   %s %s", where, escaped(text), ours.pieces(),
                Arrays.toString(ours.starts()), Arrays.toString(theirs.getTokens()),
                Arrays.toString(starts(text, theirs)));
    }

    /** The text with controls and invisible characters as {U+XXXX}, as in the resource file. */
    private static String escaped(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || Character.isWhitespace(c) && c != ' ') {
                sb.append(String.format("{U+%04X}", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static int[] toInts(long[] ids) {
        return Arrays.stream(ids).mapToInt(Math::toIntExact).toArray();
    }

    /** HF's spans count code points; ours count UTF-16 chars, as Java strings do. */
    private static int[] starts(String text, Encoding encoding) {
        return Arrays.stream(encoding.getCharTokenSpans())
                .mapToInt(span -> span == null ? -1 : text.offsetByCodePoints(0, span.getStart())).toArray();
    }

    private static int[] ends(String text, Encoding encoding) {
        return Arrays.stream(encoding.getCharTokenSpans())
                .mapToInt(span -> span == null ? -1 : text.offsetByCodePoints(0, span.getEnd())).toArray();
    }
}
