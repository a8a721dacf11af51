package com.attentionlab.model;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.attentionlab.model.MiniLmWeights.HEADS;
import static com.attentionlab.model.MiniLmWeights.LAYERS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain-Java encoder against onnxruntime on the same ONNX file: every head's attention weights (72 heads) and the
 * final hidden states within 1e-5, for sentences tokenized by Hugging Face's tokenizer.
 */
class EncoderAgreementTest {

    static final double TOLERANCE = 1e-5;

    static final String LONG = "Attention lets every word in a sentence look at every other word and decide how "
            + "much each one matters for understanding it, so a pronoun can find the noun it refers to, a verb can "
            + "find its subject even when many words stand between them, and the model can build, layer after "
            + "layer, a richer picture of what the whole sentence means than any single word could give on its own.";

    static List<String> sentences() {
        return List.of("Hello", LONG, "?!... ,;:", "I love 🍕 and 🐈 ☃", "The cat sat on the mat because it was tired");
    }

    static Encoder encoder;
    static OnnxOracle plain;
    static OnnxOracle withAttention;
    static double worstAttention;
    static double worstHidden;
    static double worstHiddenUnmodified;

    @BeforeAll
    static void setUp() throws Exception {
        encoder = new Encoder(TestModel.weights());
        byte[] model = OnnxOracle.modelBytes();
        plain = new OnnxOracle(model, 1);
        withAttention = new OnnxOracle(OnnxOracle.withExtraOutputs(model,
                IntStream.range(0, LAYERS).mapToObj(OnnxOracle::softmaxOutput).toList()), 1);
    }

    @AfterAll
    static void tearDown() throws Exception {
        System.out.printf("encoder against onnxruntime: max |Δ| attention %.2g, hidden states %.2g (graph with the "
                + "softmax outputs), %.2g (unmodified graph)%n", worstAttention, worstHidden, worstHiddenUnmodified);
        if (plain != null) {
            plain.close();
        }
        if (withAttention != null) {
            withAttention.close();
        }
    }

    @Test
    void theOraclesOutputs() {
        assertThat(plain.outputNames()).containsExactly("last_hidden_state");
        assertThat(withAttention.outputNames()).containsExactly("last_hidden_state",
                "/encoder/layer.0/attention/self/Softmax_output_0", "/encoder/layer.1/attention/self/Softmax_output_0",
                "/encoder/layer.2/attention/self/Softmax_output_0", "/encoder/layer.3/attention/self/Softmax_output_0",
                "/encoder/layer.4/attention/self/Softmax_output_0", "/encoder/layer.5/attention/self/Softmax_output_0");
    }

    @Test
    void theSentences_coverTheTokenizersCases() {
        assertThat(TestModel.tokens("Hello")).containsExactly("[CLS]", "hello", "[SEP]");
        assertThat(TestModel.ids(LONG).length).isGreaterThan(60);
        assertThat(TestModel.tokens("?!... ,;:")).containsExactly("[CLS]", "?", "!", ".", ".", ".", ",", ";", ":",
                "[SEP]");
        assertThat(TestModel.tokens("I love 🍕 and 🐈 ☃")).containsExactly("[CLS]", "i", "love", "[UNK]", "and",
                "[UNK]", "[UNK]", "[SEP]");
        assertThat(TestModel.ids("The cat sat on the mat because it was tired"))
                .containsExactly(101, 1996, 4937, 2938, 2006, 1996, 13523, 2138, 2009, 2001, 5458, 102);
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void everyHeadsAttention_andTheHiddenStates_matchOnnxruntime(String sentence) throws Exception {
        int[] ids = TestModel.ids(sentence);
        EncoderTrace trace = encoder.run(ids);
        Map<String, Object> expected = withAttention.run(ids);

        double attention = 0;
        for (int l = 0; l < LAYERS; l++) {
            float[][][] heads = (float[][][]) expected.get(OnnxOracle.softmaxOutput(l));
            assertThat(heads).hasDimensions(HEADS, ids.length);
            for (int h = 0; h < HEADS; h++) {
                double d = maxAbsDiff(trace.layer(l).head(h).attentionWeights(), heads[h]);
                assertThat(d).as("layer %d head %d", l, h).isLessThanOrEqualTo(TOLERANCE);
                attention = Math.max(attention, d);
            }
        }
        double hidden = maxAbsDiff(trace.hiddenStates(), (float[][]) expected.get(OnnxOracle.HIDDEN));
        double hiddenUnmodified = maxAbsDiff(trace.hiddenStates(), (float[][]) plain.run(ids).get(OnnxOracle.HIDDEN));
        System.out.printf("%3d tokens: max |Δ| attention %.2g, hidden %.2g / %.2g (unmodified graph)%n", ids.length,
                attention, hidden, hiddenUnmodified);
        assertThat(hidden).isLessThanOrEqualTo(TOLERANCE);
        assertThat(hiddenUnmodified).isLessThanOrEqualTo(TOLERANCE);
        synchronized (EncoderAgreementTest.class) {
            worstAttention = Math.max(worstAttention, attention);
            worstHidden = Math.max(worstHidden, hidden);
            worstHiddenUnmodified = Math.max(worstHiddenUnmodified, hiddenUnmodified);
        }
    }

    /** One encoder, several threads at once: each trace is what a run alone gives, bit for bit. */
    @Test
    void concurrentRuns_giveTheNumbersOfSingleRuns() throws Exception {
        List<int[]> inputs = sentences().stream().map(TestModel::ids).toList();
        List<EncoderTrace> alone = inputs.stream().map(encoder::run).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<EncoderTrace>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int[] ids : inputs) {
                    futures.add(pool.submit(() -> encoder.run(ids)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                EncoderTrace together = futures.get(i).get();
                EncoderTrace single = alone.get(i % inputs.size());
                assertThat(together.hiddenStates().toFloatArray()).isEqualTo(single.hiddenStates().toFloatArray());
                assertThat(together.layer(5).head(11).attentionWeights().toFloatArray())
                        .isEqualTo(single.layer(5).head(11).attentionWeights().toFloatArray());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static double maxAbsDiff(FloatMatrix actual, float[][] expected) {
        assertThat(actual.rows()).isEqualTo(expected.length);
        assertThat(actual.cols()).isEqualTo(expected[0].length);
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                max = Math.max(max, Math.abs(actual.get(i, j) - expected[i][j]));
            }
        }
        return max;
    }
}
