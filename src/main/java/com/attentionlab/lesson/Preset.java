package com.attentionlab.lesson;

import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static com.attentionlab.lesson.Vocabulary.ACTION;
import static com.attentionlab.lesson.Vocabulary.D_MODEL;
import static com.attentionlab.lesson.Vocabulary.GRAMMAR;
import static com.attentionlab.lesson.Vocabulary.LIVING;
import static com.attentionlab.lesson.Vocabulary.NOUN;
import static com.attentionlab.lesson.Vocabulary.POSITION_ANGLE;
import static com.attentionlab.lesson.Vocabulary.POS_COS;
import static com.attentionlab.lesson.Vocabulary.POS_SIN;
import static com.attentionlab.lesson.Vocabulary.PRONOUN;
import static com.attentionlab.lesson.Vocabulary.STATE;

/**
 * Ready-made projection weights W_Q, W_K, W_V (each 8 × 4, so d_k = d_v = 4), for the embedding space of
 * {@link Vocabulary}.
 */
public enum Preset {
    /**
     * "it" and "tired" attend to "cat".
     *
     * <p>Query column 0 asks "who is a living noun?": W_Q[pronoun][0] = W_Q[state][0] = 2.5, so a pronoun ("it")
     * or a state word ("tired") gets a large q₀. Key column 0 answers it: W_K[living][0] = 1.5 and
     * W_K[noun][0] = 0.3, so "cat" (living and a noun) gets a large k₀ while "mat" (a noun, not living) gets a
     * small one, and grammar words a negative one. Their product q₀·k₀ dominates the scores of "it" and "tired",
     * so both put their largest weight (after themselves, if at all) on "cat".
     *
     * <p>Column 1 lets verbs look for a living subject (W_Q[action][1] = 2 meets W_K[living][1] = 1);
     * columns 2 and 3 are left at zero for the learner to fill.
     *
     * <p>W_V copies four meaning dimensions into the value: living, noun, action, state. After attention the
     * output row of "it" therefore carries "living" — what it learned from "cat".
     */
    COREFERENCE("coreference", "Coreference (it → cat)"),
    /**
     * Every token attends to itself: W_Q = W_K read the position (cos, sin) scaled by 16, so q_i·k_j = 256·cos(θ(i − j))
     * plus a little meaning, largest for j = i.
     */
    SELF("self", "Attend to self"),
    /** W_Q = 0, so every score is 0 and every weight is 1/n: attention as a plain average. */
    UNIFORM("uniform", "Uniform"),
    /**
     * Every token attends to the one before it: W_Q rotates the position vector (cos θi, sin θi) back by one step
     * (θ = {@link Vocabulary#POSITION_ANGLE}) and scales it by 11; W_K reads the position scaled by 11. Then
     * q_i·k_j = 121·cos(θ(i − 1 − j)), largest for j = i − 1 in any sentence of up to 24 tokens. The scale is large
     * because neighbouring positions are alike (their cosine is 0.97): only a large score turns that small
     * difference into a clear weight.
     */
    PREVIOUS_TOKEN("previous-token", "Previous token"),
    /** Gaussian weights, N(0, 1), from a seed: the same seed always gives the same weights. */
    RANDOM("random", "Random (seed N)");

    public static final int D_K = 4;

    private final String id;
    private final String label;

    Preset(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Short stable id, e.g. for links. */
    public String id() {
        return id;
    }

    /** The label shown to the learner; for RANDOM see {@link #label(long)}. */
    public String label() {
        return label;
    }

    public String label(long seed) {
        return this == RANDOM ? "Random (seed " + seed + ")" : label;
    }

    /** A one-head lesson of these tokens: X from the vocabulary, this preset's weights. */
    public LessonState lesson(List<String> tokens, long seed, boolean causal, boolean scale) {
        Weights w = weights(seed);
        return new LessonState(tokens, Vocabulary.embed(tokens), w.wq(), w.wk(), w.wv(), 1,
                causal, scale);
    }

    /** The preset with this id; "previous", the previous-token preset's id in version-1 links before 2026-12, too. */
    public static Optional<Preset> fromId(String id) {
        String wanted = "previous".equals(id) ? PREVIOUS_TOKEN.id : id;
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }

    /** The three weight matrices of a preset. */
    public record Weights(Matrix wq, Matrix wk, Matrix wv) {
    }

    /** This preset's weights; the seed matters only for RANDOM. */
    public Weights weights(long seed) {
        double[][] wq = new double[D_MODEL][D_K];
        double[][] wk = new double[D_MODEL][D_K];
        double[][] wv = meaningValues();
        switch (this) {
            case COREFERENCE -> {
                wq[PRONOUN][0] = 2.5;
                wq[STATE][0] = 2.5;
                wk[LIVING][0] = 1.5;
                wk[NOUN][0] = 0.3;
                wq[ACTION][1] = 2;
                wk[LIVING][1] = 1;
            }
            case SELF -> {
                double s = 3;
                wq[POS_COS][0] = 16;
                wq[POS_SIN][1] = 16;
                wq[LIVING][2] = s / 2;
                wq[ACTION][2] = s / 2;
                wq[PRONOUN][2] = -s / 2;
                wq[NOUN][3] = s / 2;
                wq[STATE][3] = -s / 2;
                wq[GRAMMAR][3] = s / 2;
                for (int i = 0; i < D_MODEL; i++) {
                    wk[i] = wq[i].clone();
                }
            }
            case UNIFORM -> wk = meaningValues();
            case PREVIOUS_TOKEN -> {
                // q = 11 · R(−θ)·p: (c·cos + s·sin, −s·cos + c·sin) = 11 · (cos θ(i−1), sin θ(i−1)); k = 11 · p
                double c = Math.cos(POSITION_ANGLE);
                double s = Math.sin(POSITION_ANGLE);
                double scale = 11;
                wq[POS_COS][0] = round(scale * c);
                wq[POS_SIN][0] = round(scale * s);
                wq[POS_COS][1] = round(-scale * s);
                wq[POS_SIN][1] = round(scale * c);
                wk[POS_COS][0] = scale;
                wk[POS_SIN][1] = scale;
            }
            case RANDOM -> {
                Random r = new Random(seed);
                wq = gaussian(r);
                wk = gaussian(r);
                wv = gaussian(r);
            }
            default -> throw new IllegalStateException(name());
        }
        return new Weights(Matrix.of(wq), Matrix.of(wk), Matrix.of(wv));
    }

    /** W_V that copies living, noun, action and state into the four value columns. */
    private static double[][] meaningValues() {
        double[][] wv = new double[D_MODEL][D_K];
        wv[LIVING][0] = 1;
        wv[NOUN][1] = 1;
        wv[ACTION][2] = 1;
        wv[STATE][3] = 1;
        return wv;
    }

    private static double[][] gaussian(Random r) {
        double[][] w = new double[D_MODEL][D_K];
        for (double[] row : w) {
            for (int j = 0; j < row.length; j++) {
                row[j] = round(r.nextGaussian());
            }
        }
        return w;
    }

    /** Two decimals: presets should be numbers a learner can read and retype. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
