package com.attentionlab.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 for the app: its tokenizer and encoder, loaded once per JVM on first use and shared by every
 * session, and the last few sentences' runs cached. Thread-safe: the weights and the tokenizer are immutable, a run
 * has its own arrays, and the cache is guarded.
 */
public final class MiniLm {

    /** The id links and the API use. */
    public static final String ID = "minilm";
    /** The model's name as people know it. */
    public static final String NAME = "all-MiniLM-L6-v2";
    /** Runs kept (at 64 tokens a run holds ~6 MB: 16 of them ~100 MB at worst, usually far less). */
    static final int CACHED_RUNS = 16;

    private static volatile MiniLm shared;

    private final BertTokenizer tokenizer;
    private final Encoder encoder;
    private final Map<String, Run> cache = new LinkedHashMap<>(CACHED_RUNS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Run> eldest) {
            return size() > CACHED_RUNS;
        }
    };

    /** One sentence through the model: its tokens and every step of every head. */
    public record Run(Tokenized tokens, EncoderTrace trace) {
    }

    MiniLm(BertTokenizer tokenizer, Encoder encoder) {
        this.tokenizer = tokenizer;
        this.encoder = encoder;
    }

    /** The model, loading it on first use (about a second; later calls return at once). */
    public static MiniLm shared() {
        MiniLm m = shared;
        if (m == null) {
            synchronized (MiniLm.class) {
                m = shared;
                if (m == null) {
                    m = new MiniLm(BertTokenizer.minilm(), new Encoder(MiniLmWeights.load()));
                    shared = m;
                }
            }
        }
        return m;
    }

    /** True once {@link #shared()} has loaded the model. */
    public static boolean loaded() {
        return shared != null;
    }

    public BertTokenizer tokenizer() {
        return tokenizer;
    }

    public int layers() {
        return MiniLmWeights.LAYERS;
    }

    public int heads() {
        return MiniLmWeights.HEADS;
    }

    /**
     * Runs a sentence (from the cache when it ran lately).
     *
     * @param maxTokens most tokens allowed, [CLS] and [SEP] included
     * @throws IllegalArgumentException with a message for people: empty sentence, too many tokens
     */
    public Run run(String sentence, int maxTokens) {
        String text = sentence == null ? "" : sentence.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the sentence is empty: type a few words");
        }
        int count = tokenizer.countTokens(text);
        if (count <= tokenizer.countTokens("")) {
            throw new IllegalArgumentException("the sentence has nothing the model reads (only control or invisible "
                    + "characters): type a few words");
        }
        if (count > maxTokens) {
            throw new IllegalArgumentException("the sentence makes " + count + " tokens with [CLS] and [SEP]; at most "
                    + maxTokens + " are allowed");
        }
        synchronized (cache) {
            Run cached = cache.get(text);
            if (cached != null) {
                return cached;
            }
        }
        Tokenized tokens = tokenizer.tokenize(text);
        Run run = new Run(tokens, encoder.run(tokens.ids()));
        synchronized (cache) {
            cache.put(text, run);
        }
        return run;
    }
}
