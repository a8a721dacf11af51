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
 * <p>Six dimensions carry meaning (living, noun, pronoun, action, state, grammar) and two carry position: the cosine
 * and sine of {@link #POSITION_ANGLE}·position (StrictMath, so the numbers are the same on every machine), a
 * transformer's sinusoidal position encoding with one frequency. At 0.25 rad per token the 24 positions a sentence
 * may have go round the circle less than once (24 · 0.25 = 6 rad &lt; 2π), so no two positions share a vector,
 * while neighbours stay alike (cos 0.25 ≈ 0.97): attention can find "the token before me" by its position alone.
 *
 * <p>X is the word's meaning after {@link LayerNorm} (the previous lesson: each row of the six meaning columns has
 * mean 0 and variance 1), next to the position, which is kept out of the normalization. With hundreds of
 * dimensions a real model can afford to normalize meaning and position together; with eight, normalizing them
 * together would shift each token's position by an amount that depends on its word, and the position would no
 * longer say exactly where the token is.
 *
 * <p>Known words get hand-made vectors; any other word gets a deterministic one seeded by the word itself,
 * so the same sentence always gives the same numbers.
 */
public final class Vocabulary {

    public static final List<String> DIMENSIONS =
            List.of("living", "noun", "pronoun", "action", "state", "grammar", "pos cos", "pos sin");
    public static final int D_MODEL = DIMENSIONS.size();
    /** Angle per position of the position dimensions, in radians. */
    public static final double POSITION_ANGLE = 0.25;
    /** The meaning dimensions, the ones layer normalization acts on. */
    public static final int MEANING = 6;

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

    private static final double[] AUXILIARY = {0, 0, 0, 0.5, 0, 0.5};

    /**
     * The hand-made words: a few hundred common ones, enough for the sentences a class types (animals, people,
     * everyday things and places, pronouns, verbs, adjectives and the little grammar words). Every other word gets
     * a made-up vector and is marked as such wherever it appears.
     */
    private static final Map<String, double[]> WORDS = words();

    private static Map<String, double[]> words() {
        Map<String, double[]> w = new java.util.HashMap<>();
        put(w, FUNCTION, "the a an on in at under over into onto from by for of to with without about near behind "
                + "because and but or so if then than that this these those there here when while after before "
                + "too very not no yes just also again all some every each as up down out off away");
        put(w, ANIMAL, "cat cats dog dogs bird birds mouse mice horse fox animal animals cow sheep rabbit lion tiger "
                + "elephant fish duck frog bear monkey pig goat chicken snake owl wolf kitten puppy bee ant");
        put(w, PERSON, "teacher student child children kid kids girl boy woman man people person friend mother "
                + "father mom dad baby doctor farmer king queen driver player brother sister family");
        put(w, THING, "mat box table chair road book ball house tree car bus bike train cup bed door window phone "
                + "computer pen bag hat shoe apple cake bread water food toy rock stone street park garden school "
                + "city river field room kitchen forest bridge hill beach sea sky sun rain snow shop store wall floor "
                + "fence gate");
        put(w, PRONOUN_V, "it he she they him her them we us i me you its his their");
        put(w, VERB, "sat sit sits ran run runs slept sleep sleeps ate eat eats jumped jump jumps crossed cross "
                + "crosses read reads chased chase chases saw see sees walked walk walks went go goes came come "
                + "comes found find liked like likes wanted want played play plays looked look looks climbed "
                + "climb fell fall stopped stop waited wait barked bark sang sing flew fly swam swim ");
        put(w, AUXILIARY, "was is were are am be been did didn't does doesn't do don't could couldn't would wouldn't "
                + "can can't will won't had has have wasn't isn't weren't");
        put(w, ADJECTIVE, "tired happy hungry sleepy wide big small heavy soft old young fast slow warm cold wet dry "
                + "red loud quiet angry sad scared lazy brave full empty long short tall hot bright dark busy late "
                + "narrow deep high low hard new");
        return Map.copyOf(w);
    }

    private static void put(Map<String, double[]> w, double[] vector, String words) {
        for (String word : words.trim().split("\\s+")) {
            w.put(word, vector);
        }
    }

    private Vocabulary() {
    }

    /** Names of the columns of an X with d_model columns: the vocabulary's names at 8, else d0, d1, … */
    public static List<String> dimensionNames(int dModel) {
        return dModel == D_MODEL ? DIMENSIONS : IntStream.range(0, dModel).mapToObj(j -> "d" + j).toList();
    }

    /** True when the lesson's X is exactly the layer-normalized vocabulary embedding of its tokens (no hand edits). */
    public static boolean isEmbeddingOf(LessonState s) {
        return s.dModel() == D_MODEL && s.x().equals(embed(s.tokens()));
    }

    /** What the page says of a token the vocabulary does not know. */
    public static final String UNKNOWN_NOTE = "not in the lesson's vocabulary: features made up from the word";

    /** Indices of the tokens the vocabulary does not know (their meaning features are made up from the word). */
    public static List<Integer> unknown(List<String> tokens) {
        return IntStream.range(0, tokens.size()).filter(i -> !knows(tokens.get(i))).boxed().toList();
    }

    /**
     * Row i of X when the token's meaning is the named features (1 each, the others 0), layer-normalized like a
     * known word's, at the token's position.
     */
    public static double[] row(java.util.Set<String> features, int position) {
        double[] raw = new double[D_MODEL];
        for (String f : features) {
            int d = DIMENSIONS.indexOf(f);
            if (d < 0 || d >= MEANING) {
                throw new IllegalArgumentException("\"" + f + "\" is not a meaning feature; the features are "
                        + String.join(", ", DIMENSIONS.subList(0, MEANING)));
            }
            raw[d] = 1;
        }
        Matrix meaning = LayerNorm.apply(Matrix.of(new double[][] {java.util.Arrays.copyOf(raw, MEANING)}));
        double[] out = new double[D_MODEL];
        for (int j = 0; j < MEANING; j++) {
            out[j] = meaning.get(0, j);
        }
        out[POS_COS] = StrictMath.cos(POSITION_ANGLE * position);
        out[POS_SIN] = StrictMath.sin(POSITION_ANGLE * position);
        return out;
    }

    /** True when the word has a hand-made vector (case-insensitive). */
    public static boolean knows(String word) {
        return WORDS.containsKey(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
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

    /** X: the layer-normalized meaning next to the position, (n × 8). */
    public static Matrix embed(List<String> tokens) {
        Matrix raw = rawEmbedding(tokens);
        Matrix meaning = LayerNorm.apply(raw.columns(0, MEANING));
        return Matrix.build(raw.rows(), D_MODEL, (i, j) -> j < MEANING ? meaning.get(i, j) : raw.get(i, j));
    }

    /** The six meaning dimensions of a word: hand-made if known, else seeded by the word. */
    static double[] wordVector(String token) {
        double[] known = WORDS.get(token.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
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
