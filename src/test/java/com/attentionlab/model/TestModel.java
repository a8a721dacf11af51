package com.attentionlab.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

/**
 * The real model for tests, read once per test JVM (90 MB, shared by the test classes), and Hugging Face's tokenizer
 * (DJL, from the same jar's tokenizer.json) to turn sentences into ids.
 */
public final class TestModel {

    public static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";

    private static MiniLmWeights weights;
    private static HuggingFaceTokenizer tokenizer;

    private TestModel() {
    }

    public static synchronized MiniLmWeights weights() {
        if (weights == null) {
            weights = MiniLmWeights.load();
        }
        return weights;
    }

    /** Hugging Face's ids for {@code sentence}: [CLS] … [SEP], no padding, no truncation. */
    public static synchronized int[] ids(String sentence) {
        if (tokenizer == null) {
            try (InputStream in = TestModel.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
                tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Encoding encoding = tokenizer.encode(sentence);
        long[] mask = encoding.getAttentionMask();
        long[] ids = encoding.getIds();
        int n = (int) Arrays.stream(mask).sum();
        return Arrays.stream(ids).limit(n).mapToInt(Math::toIntExact).toArray();
    }

    /** The tokens of {@code sentence}, as the tokenizer writes them. */
    public static synchronized String[] tokens(String sentence) {
        ids(sentence);
        String[] tokens = tokenizer.encode(sentence).getTokens();
        return Arrays.copyOf(tokens, ids(sentence).length);
    }
}
