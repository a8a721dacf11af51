package com.attentionlab.share;

import com.attentionlab.testsupport.TestLessons;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Limits;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.engine.AttentionEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class ShareCodecTest {

    private static final long SEED = 20261127L;
    private final ShareCodec codec = new ShareCodec(Limits.LINKS);

    /** A random lesson a link may carry: random shapes, heads, switches, unicode tokens, awkward doubles. */
    static SharedLesson randomLesson(Random r) {
        int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 24 : 12);
        int dModel = 1 + r.nextInt(8);
        int heads = 1 + r.nextInt(2);
        int dK = 1 + r.nextInt(4);
        int dV = 1 + r.nextInt(4);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tokens.add(randomText(r, 1 + r.nextInt(8)));
        }
        LessonState s = new LessonState(tokens, random(r, n, dModel), random(r, dModel, heads * dK),
                random(r, dModel, heads * dK), random(r, dModel, heads * dV), heads, r.nextBoolean(), r.nextBoolean());
        return new SharedLesson(s, randomText(r, r.nextInt(60)), "preset-" + r.nextInt(5), r.nextLong());
    }

    private static String randomText(Random r, int len) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzÄéß日本語 <>&\"'😀.,";
        StringBuilder sb = new StringBuilder();
        while (sb.codePointCount(0, sb.length()) < len) {
            sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, r.nextInt(
                    alphabet.codePointCount(0, alphabet.length())))));
        }
        return sb.toString();
    }

    private static Matrix random(Random r, int rows, int cols) {
        return Matrix.build(rows, cols, (i, j) -> switch (r.nextInt(6)) {
            case 0 -> 0.0;
            case 1 -> -0.0;
            case 2 -> Math.round(r.nextGaussian() * 100) / 100.0;
            case 3 -> Double.MIN_VALUE * r.nextInt(1000);
            case 4 -> (r.nextDouble() - 0.5) * 2000;
            default -> r.nextGaussian();
        });
    }

    @Test
    void biases_travelInTheLink_andALinkWithoutThemStillOpens() throws ShareCodeException {
        SharedLesson plain = randomLesson(new Random(SEED));
        LessonState s = plain.state();
        LessonState biased = s.withBiases(Matrix.build(1, s.wq().cols(), (i, j) -> j + 0.25),
                Matrix.build(1, s.wk().cols(), (i, j) -> -j), Matrix.build(1, s.wv().cols(), (i, j) -> 1e-3 * j));
        SharedLesson withBiases = new SharedLesson(biased, plain.sentence(), plain.presetId(), plain.seed());

        assertThat(codec.decode(codec.encode(withBiases))).isEqualTo(withBiases);
        assertThat(codec.decode(codec.encode(plain)).state().hasBiases()).isFalse();
        assertThat(codec.encode(plain)).isNotEqualTo(codec.encode(withBiases));
    }

    @Test
    void theLargestLessonALinkMayCarry_fitsTheCodeLimit_andALargerOneIsRefused() throws ShareCodeException {
        Random r = new Random(SEED);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            tokens.add("😀".repeat(16)); // 32 chars, 64 UTF-8 bytes each
        }
        LessonState max = new LessonState(tokens, Matrix.build(24, 8, (i, j) -> r.nextDouble()),
                Matrix.build(8, 8, (i, j) -> r.nextDouble()), Matrix.build(8, 8, (i, j) -> r.nextDouble()),
                Matrix.build(8, 8, (i, j) -> r.nextDouble()), 2, true, true);
        SharedLesson lesson = new SharedLesson(max, "😀".repeat(200), "random", Long.MIN_VALUE);

        String code = codec.encode(lesson);

        assertThat(code.length()).isLessThan(ShareCodec.MAX_CODE_LENGTH);
        assertThat(codec.decode(code)).isEqualTo(lesson);
        LessonState wider = new LessonState(tokens, Matrix.zeros(24, 9), Matrix.zeros(9, 4), Matrix.zeros(9, 4),
                Matrix.zeros(9, 4), 1, false, true);
        assertThatThrownBy(() -> codec.encode(new SharedLesson(wider, "", "random", 0)))
                .hasMessageContaining("9");
    }

    @Test
    void roundTrip_reproducesEveryBit_overThousandsOfRandomLessons() throws ShareCodeException {
        Random r = new Random(SEED);
        for (int k = 0; k < 3000; k++) {
            SharedLesson lesson = randomLesson(r);
            String code = codec.encode(lesson);

            SharedLesson back = codec.decode(code);

            assertThat(back).as("lesson %d", k).isEqualTo(lesson); // Matrix.equals compares the doubles' bits
            assertThat(code).matches("[A-Za-z0-9_-]+");
        }
    }

    @Test
    void negativeZero_survivesBitForBit() throws ShareCodeException {
        SharedLesson lesson = new SharedLesson(LessonState.of(List.of("a"), Matrix.of(new double[][] {{-0.0}}),
                Matrix.of(new double[][] {{1}}), Matrix.of(new double[][] {{1}}), Matrix.of(new double[][] {{1}})),
                "a", "coreference", 7);

        double back = codec.decode(codec.encode(lesson)).state().x().get(0, 0);

        assertThat(Double.doubleToRawLongBits(back)).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void everyTruncationAndSingleCharacterChange_isDecodedOrRejected_neverThrowsAnythingElse() {
        Random r = new Random(SEED + 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/.%";
        int rejected = 0;
        int decoded = 0;
        for (int k = 0; k < 5; k++) {
            String code = codec.encode(randomLesson(r));
            List<String> variants = new ArrayList<>();
            for (int cut = 0; cut < code.length(); cut++) {
                variants.add(code.substring(0, cut));
            }
            for (int i = 0; i < code.length(); i++) {
                for (int a = 0; a < alphabet.length(); a += 1 + r.nextInt(4)) {
                    if (alphabet.charAt(a) != code.charAt(i)) {
                        variants.add(code.substring(0, i) + alphabet.charAt(a) + code.substring(i + 1));
                    }
                }
            }
            for (String v : variants) {
                try {
                    SharedLesson back = codec.decode(v);
                    assertThat(back.state()).isNotNull();
                    decoded++;
                } catch (ShareCodeException e) {
                    assertThat(e.getMessage()).isNotBlank();
                    rejected++;
                } catch (RuntimeException e) {
                    fail("variant " + v + " threw " + e);
                }
            }
        }
        assertThat(rejected).isGreaterThan(1000);
        // a change in the last base64 character's unused bits can leave the bytes (and so the lesson) intact
        assertThat(decoded).isLessThan(rejected / 10);
    }

    @Test
    void malformedCodes_areRejectedWithAReason() {
        assertThatThrownBy(() -> codec.decode("")).isInstanceOf(ShareCodeException.class)
                .hasMessageContaining("no lesson code");
        assertThatThrownBy(() -> codec.decode("!!!")).hasMessageContaining("characters that do not belong");
        assertThatThrownBy(() -> codec.decode("AQ")).hasMessageContaining("too short");
        assertThatThrownBy(() -> codec.decode("x".repeat(70_000))).hasMessageContaining("too long");
        assertThatThrownBy(() -> codec.decode("CQAAAAAAAA")).hasMessageContaining("version 9");
    }

    @Test
    void stateOverTheLimits_isRejected() throws ShareCodeException {
        ShareCodec generous = new ShareCodec(new Limits(64, 64, 8, 1e6, 64));
        SharedLesson big = new SharedLesson(LessonState.of(List.of("a"), Matrix.of(new double[][] {{5000}}),
                Matrix.of(new double[][] {{1}}), Matrix.of(new double[][] {{1}}), Matrix.of(new double[][] {{1}})),
                "a", "coreference", 7);
        String code = generous.encode(big);

        assertThat(generous.decode(code)).isEqualTo(big);
        assertThatThrownBy(() -> codec.decode(code)).hasMessageContaining("outside ±1000");
    }

    @Test
    void largestLessonTheUiMakes_fitsInTomcatsDefault8KbHeader() {
        // the UI allows 24 tokens × 8 dimensions; fill every number with random doubles (incompressible)
        Random r = new Random(SEED);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            tokens.add("word" + i);
        }
        LessonState s = LessonState.of(tokens, Matrix.build(24, 8, (i, j) -> r.nextGaussian()),
                Matrix.build(8, 4, (i, j) -> r.nextGaussian()), Matrix.build(8, 4, (i, j) -> r.nextGaussian()),
                Matrix.build(8, 4, (i, j) -> r.nextGaussian()));
        String code = codec.encode(new SharedLesson(s, String.join(" ", tokens), "random", 1));

        System.out.println("Share code of a 24-token lesson with every number random: " + code.length());
        assertThat(code.length()).isLessThan(8000 - 200);
        // the API's largest lesson (64 tokens, 64 dimensions) is not something a link carries at all
        LessonState huge = LessonState.of(java.util.Collections.nCopies(64, "t"),
                Matrix.build(64, 64, (i, j) -> r.nextGaussian()), Matrix.build(64, 64, (i, j) -> r.nextGaussian()),
                Matrix.build(64, 64, (i, j) -> r.nextGaussian()), Matrix.build(64, 64, (i, j) -> r.nextGaussian()));
        assertThatThrownBy(() -> codec.encode(new SharedLesson(huge, "", "random", 1)))
                .hasMessageContaining("64 tokens exceed the limit of 24");
    }

    @Test
    void defaultLessonWithTenEdits_fitsIn2000Characters() {
        LessonPresenter p = TestLessons.presenter();
        Random r = new Random(SEED);
        for (int k = 0; k < 10; k++) {
            Editable m = Editable.values()[k % 4];
            Matrix current = m.of(p.state());
            p.editCell(m, r.nextInt(current.rows()), r.nextInt(current.cols()),
                    Double.toString(r.nextGaussian()));
        }
        String code = codec.encode(new SharedLesson(p.state(), p.sentence(), p.preset().id(), p.seed()));

        System.out.println("Share code of the default lesson with ten edits: " + code.length() + " characters");
        assertThat(code.length()).isLessThanOrEqualTo(2000);
    }
}
