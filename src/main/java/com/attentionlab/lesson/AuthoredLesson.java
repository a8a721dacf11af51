package com.attentionlab.lesson;

import com.attentionlab.model.MiniLm;
import com.attentionlab.model.MiniLmWeights;
import com.attentionlab.share.ModelHeads;
import com.attentionlab.share.ModelRef;
import com.attentionlab.share.SharedLesson;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The readable link a teacher writes into slides: {@code /lesson/{step}?sentence=…&preset=…&seed=…}. Any part may
 * be left out (the lesson's sentence, the coreference preset, seed 7). The lesson it opens is then carried on as
 * an ordinary share code.
 *
 * <p>On a trained model's head: {@code /lesson/{step}?model=minilm&sentence=…&layer=6&head=12}, layer and head
 * counted from 1 as on the screen ({@link #ofModel}).
 */
public final class AuthoredLesson {

    /** The query parameters of an authored link. */
    public static final String SENTENCE = "sentence";
    public static final String PRESET = "preset";
    public static final String SEED = "seed";
    public static final String MODEL = "model";
    public static final String LAYER = "layer";
    public static final String HEAD = "head";

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

    /**
     * The lesson of an authored link on a trained model's head: the sentence through the model, and head
     * {@code head} of layer {@code layer}, both counted from 1 (as the model view and the lesson show them).
     *
     * @param heads    resolves a head on a sentence ({@link ModelLessons})
     * @param modelId  the model's id ({@code minilm}), or null for it
     * @param sentence the sentence, or null for the lesson's own
     * @param layer    1 … layers, or null for 1
     * @param head     1 … heads, or null for 1
     * @throws IllegalArgumentException saying which part is wrong and what would be right
     */
    public static SharedLesson ofModel(ModelHeads heads, String modelId, String sentence, String layer, String head) {
        String id = modelId == null ? MiniLm.ID : modelId.strip();
        if (!MiniLm.ID.equals(id)) {
            throw new IllegalArgumentException("there is no model \"" + clip(id) + "\" (this app has " + MiniLm.ID
                    + ", " + MiniLm.NAME + ")");
        }
        int l = oneBased(LAYER, layer, MiniLmWeights.LAYERS);
        int h = oneBased(HEAD, head, MiniLmWeights.HEADS);
        String text = sentence == null ? LessonPresenter.DEFAULT_SENTENCE : sentence.strip();
        ModelRef ref = new ModelRef(id, l - 1, h - 1);
        return new SharedLesson(heads.resolve(ref, text), text, Preset.COREFERENCE.id(), LessonPresenter.DEFAULT_SEED,
                ref);
    }

    /** True when a link's parameters ask for a model's head (any of model, layer, head). */
    public static boolean asksForModel(String modelId, String layer, String head) {
        return modelId != null || layer != null || head != null;
    }

    private static int oneBased(String what, String text, int count) {
        if (text == null) {
            return 1;
        }
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > count) {
            throw new IllegalArgumentException("the " + what + " \"" + clip(text) + "\" is not a whole number from 1 to "
                    + count + " (" + MiniLm.NAME + " has " + MiniLmWeights.LAYERS + " layers of " + MiniLmWeights.HEADS + " heads)");
        }
        return n;
    }

    private static String clip(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }
}
