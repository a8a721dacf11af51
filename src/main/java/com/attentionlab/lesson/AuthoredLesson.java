package com.attentionlab.lesson;

import com.attentionlab.share.SharedLesson;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The readable link a teacher writes into slides: {@code /lesson/{step}?sentence=…&preset=…&seed=…}. Any part may
 * be left out (the lesson's sentence, the coreference preset, seed 7). The lesson it opens is then carried on as
 * an ordinary share code.
 */
public final class AuthoredLesson {

    /** The query parameters of an authored link. */
    public static final String SENTENCE = "sentence";
    public static final String PRESET = "preset";
    public static final String SEED = "seed";

    private AuthoredLesson() {
    }

    /**
     * The lesson an authored link describes.
     *
     * @param sentence the sentence, or null for the lesson's own
     * @param presetId a preset id ({@code coreference}, {@code self}, {@code uniform}, {@code previous-token},
     *                 {@code random}), or null for coreference
     * @param seed     a whole number ≥ 0 for the random preset, or null for the default seed
     * @throws IllegalArgumentException saying which part is wrong and what would be right
     */
    public static SharedLesson of(String sentence, String presetId, String seed) {
        Preset preset = presetId == null ? Preset.COREFERENCE : Preset.fromId(presetId).orElseThrow(() ->
                new IllegalArgumentException("there is no preset \"" + clip(presetId) + "\" (try one of "
                        + Arrays.stream(Preset.values()).map(Preset::id).collect(Collectors.joining(", ")) + ")"));
        long s = LessonPresenter.DEFAULT_SEED;
        if (seed != null) {
            try {
                s = Long.parseLong(seed.strip());
            } catch (NumberFormatException e) {
                s = -1;
            }
            if (s < 0 || s > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the seed \"" + clip(seed) + "\" is not a whole number from 0 to "
                        + Integer.MAX_VALUE);
            }
        }
        String text = sentence == null ? LessonPresenter.DEFAULT_SENTENCE : sentence.strip();
        return new SharedLesson(preset.lesson(Tokenizer.tokenize(text), s, false, true), text, preset.id(), s);
    }

    private static String clip(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }
}
