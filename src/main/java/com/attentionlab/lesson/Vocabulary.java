package com.attentionlab.lesson;

import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The lesson's tiny, interpretable embedding space: d_model = 8, each dimension with a name.
 *
 * <p>Six dimensions carry meaning (living, noun, pronoun, action, state, grammar) and two carry position
 * (cos and sin of 0.7·position via StrictMath, so the numbers are the same on every machine; as in a transformer's sinusoidal position encoding, with one frequency).
 * A token's raw embedding is its word vector plus its position vector; X is the raw embedding after
 * {@link LayerNorm} (the previous lesson), so every row of X has mean 0 and variance 1.
 *
 * <p>Known words get hand-made vectors; any other word gets a deterministic one seeded by the word itself,
 * so the same sentence always gives the same numbers.
 */
public final class Vocabulary {

    public static final List<String> DIMENSIONS =
            List.of("living", "noun", "pronoun", "action", "state", "grammar", "pos cos", "pos sin");
    public static final int D_MODEL = DIMENSIONS.size();
    /** Angle per position of the position dimensions. */
    public static final double POSITION_ANGLE = 0.7;

    static final int LIVING = 0;
    static final int NOUN = 1;
    static final int PRONOUN = 2;
    static final int ACTION = 3;
    static final int STATE = 4;
    static final int GRAMMAR = 5;
    static final int POS_COS = 6;
    static final int POS_SIN = 7;

    private static final double[] FUNCTION = {0, 0, 0, 0, 0, 1};
    private static final double[] ANIMAL = {1, 1, 0, 0, 0, 0};
    private static final double[] PERSON = {1, 1, 0, 0, 0, 0.2};
    private static final double[] THING = {0, 1, 0, 0, 0, 0};
    private static final double[] PRONOUN_V = {0, 0, 1, 0, 0, 0};
    private static final double[] VERB = {0, 0, 0, 1, 0, 0};
    private static final double[] ADJECTIVE = {0, 0, 0, 0, 1, 0};

    private static final Map<String, double[]> WORDS = Map.ofEntries(
            Map.entry("the", FUNCTION), Map.entry("a", FUNCTION), Map.entry("an", FUNCTION),
            Map.entry("on", FUNCTION), Map.entry("in", FUNCTION), Map.entry("at", FUNCTION),
            Map.entry("under", FUNCTION), Map.entry("because", FUNCTION), Map.entry("and", FUNCTION),
            Map.entry("but", FUNCTION), Map.entry("so", FUNCTION), Map.entry("of", FUNCTION),
            Map.entry("to", FUNCTION), Map.entry("with", FUNCTION),
            Map.entry("cat", ANIMAL), Map.entry("dog", ANIMAL), Map.entry("bird", ANIMAL),
            Map.entry("mouse", ANIMAL), Map.entry("horse", ANIMAL), Map.entry("fox", ANIMAL),
            Map.entry("teacher", PERSON), Map.entry("student", PERSON), Map.entry("child", PERSON),
            Map.entry("girl", PERSON), Map.entry("boy", PERSON), Map.entry("woman", PERSON),
            Map.entry("man", PERSON),
            Map.entry("mat", THING), Map.entry("box", THING), Map.entry("table", THING),
            Map.entry("chair", THING), Map.entry("road", THING), Map.entry("book", THING),
            Map.entry("ball", THING), Map.entry("house", THING), Map.entry("tree", THING),
            Map.entry("it", PRONOUN_V), Map.entry("he", PRONOUN_V), Map.entry("she", PRONOUN_V),
            Map.entry("they", PRONOUN_V), Map.entry("him", PRONOUN_V), Map.entry("her", PRONOUN_V),
            Map.entry("them", PRONOUN_V),
            Map.entry("sat", VERB), Map.entry("ran", VERB), Map.entry("slept", VERB), Map.entry("ate", VERB),
            Map.entry("jumped", VERB), Map.entry("crossed", VERB), Map.entry("read", VERB),
            Map.entry("chased", VERB), Map.entry("saw", VERB),
            Map.entry("was", new double[] {0, 0, 0, 0.5, 0, 0.5}),
            Map.entry("is", new double[] {0, 0, 0, 0.5, 0, 0.5}),
            Map.entry("were", new double[] {0, 0, 0, 0.5, 0, 0.5}),
            Map.entry("tired", ADJECTIVE), Map.entry("happy", ADJECTIVE), Map.entry("hungry", ADJECTIVE),
            Map.entry("sleepy", ADJECTIVE), Map.entry("wide", ADJECTIVE), Map.entry("big", ADJECTIVE),
            Map.entry("small", ADJECTIVE), Map.entry("heavy", ADJECTIVE), Map.entry("soft", ADJECTIVE));

    private Vocabulary() {
    }

    /** True when the word has a hand-made vector (case-insensitive). */
    /** Names of the columns of an X with d_model columns: the vocabulary's names at 8, else d0, d1, … */
    public static List<String> dimensionNames(int dModel) {
        return dModel == D_MODEL ? DIMENSIONS : IntStream.range(0, dModel).mapToObj(j -> "d" + j).toList();
    }

    /** True when the lesson's X is exactly the layer-normalized vocabulary embedding of its tokens (no hand edits). */
    public static boolean isEmbeddingOf(LessonState s) {
        return s.dModel() == D_MODEL && s.x().equals(embed(s.tokens()));
    }

    public static boolean knows(String word) {
        return WORDS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The raw embeddings (word + position), (n × 8), before layer normalization. */
    public static Matrix rawEmbedding(List<String> tokens) {
        return Matrix.build(tokens.size(), D_MODEL, (i, j) -> {
            if (j == POS_COS) {
                return StrictMath.cos(POSITION_ANGLE * i);
            }
            if (j == POS_SIN) {
                return StrictMath.sin(POSITION_ANGLE * i);
            }
            return wordVector(tokens.get(i))[j];
        });
    }

    /** X: the layer-normalized raw embeddings, (n × 8). */
    public static Matrix embed(List<String> tokens) {
        return LayerNorm.apply(rawEmbedding(tokens));
    }

    /** The six meaning dimensions of a word: hand-made if known, else seeded by the word. */
    static double[] wordVector(String token) {
        double[] known = WORDS.get(token.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        SplittableRandom r = new SplittableRandom(fnv1a(token.toLowerCase(Locale.ROOT)));
        double[] v = new double[6];
        for (int j = 0; j < v.length; j++) {
            v[j] = Math.round(r.nextDouble() * 100) / 100.0; // two decimals, in [0, 1]
        }
        return v;
    }

    /** FNV-1a over the UTF-8 bytes: a stable seed (String.hashCode is stable too, but only 32 bits). */
    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
