package com.attentionlab.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.attentionlab.model.MiniLmWeights.HEADS;
import static com.attentionlab.model.MiniLmWeights.HEAD_SIZE;
import static com.attentionlab.model.MiniLmWeights.HIDDEN;
import static com.attentionlab.model.MiniLmWeights.LAYERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The golden sentence's known attention, and the trace's own consistency: what the lesson engine will recompute in
 * double from X, the weight slices and the biases gives the trace's numbers.
 */
class EncoderTraceTest {

    static final String GOLDEN = "The cat sat on the mat because it was tired";
    static final int CAT = 2;
    static final int IT = 8;
    static final int TIRED = 10;

    static MiniLmWeights weights;
    static EncoderTrace trace;

    @BeforeAll
    static void setUp() {
        weights = TestModel.weights();
        trace = new Encoder(weights).run(TestModel.ids(GOLDEN));
    }

    @Test
    void golden_itAndTiredAttendToCat() {
        assertThat(TestModel.tokens(GOLDEN)).containsExactly("[CLS]", "the", "cat", "sat", "on", "the", "mat",
                "because", "it", "was", "tired", "[SEP]");
        FloatMatrix layer6head12 = trace.layer(5).head(11).attentionWeights();
        System.out.printf("golden: layer 6 head 12 it→cat %.4f, tired→cat %.4f; layer 4 head 2 it→cat %.4f%n",
                layer6head12.get(IT, CAT), layer6head12.get(TIRED, CAT),
                trace.layer(3).head(1).attentionWeights().get(IT, CAT));

        assertThat(layer6head12.get(IT, CAT)).isBetween(0.66f, 0.70f);
        assertThat(layer6head12.get(TIRED, CAT)).isBetween(0.32f, 0.36f);
        assertThat(trace.layer(3).head(1).attentionWeights().get(IT, CAT)).isBetween(0.47f, 0.51f);
    }

    @Test
    void shapes() {
        int t = trace.tokens();
        assertThat(trace.layerCount()).isEqualTo(LAYERS);
        assertShape(trace.hiddenStates(), t, HIDDEN);
        for (EncoderTrace.Layer layer : trace.layers()) {
            assertShape(layer.input(), t, HIDDEN);
            assertShape(layer.queries(), t, HIDDEN);
            assertShape(layer.keys(), t, HIDDEN);
            assertShape(layer.values(), t, HIDDEN);
            assertShape(layer.headOutputs(), t, HIDDEN);
            assertShape(layer.output(), t, HIDDEN);
            assertThat(layer.heads()).hasSize(HEADS);
            for (EncoderTrace.Head head : layer.heads()) {
                assertShape(head.queryWeights(), HIDDEN, HEAD_SIZE);
                assertShape(head.keyWeights(), HIDDEN, HEAD_SIZE);
                assertShape(head.valueWeights(), HIDDEN, HEAD_SIZE);
                assertThat(head.queryBias().size()).isEqualTo(HEAD_SIZE);
                assertThat(head.keyBias().size()).isEqualTo(HEAD_SIZE);
                assertThat(head.valueBias().size()).isEqualTo(HEAD_SIZE);
                assertShape(head.queries(), t, HEAD_SIZE);
                assertShape(head.keys(), t, HEAD_SIZE);
                assertShape(head.values(), t, HEAD_SIZE);
                assertShape(head.scores(), t, t);
                assertShape(head.scaledScores(), t, t);
                assertShape(head.attentionWeights(), t, t);
                assertShape(head.output(), t, HEAD_SIZE);
            }
        }
    }

    /** The slices are the model's W_Q, W_K, W_V columns 32h … 32h + 31 and the same slice of the biases. */
    @Test
    void weightSlices_areTheHeadsColumnsOfTheModelsWeights() {
        for (int l = 0; l < LAYERS; l++) {
            for (int h = 0; h < HEADS; h++) {
                EncoderTrace.Head head = trace.layer(l).head(h);
                String prefix = "encoder.layer." + l + ".attention.self.";
                assertColumns(head.queryWeights(), weights.tensor(prefix + "query.weight"), h);
                assertColumns(head.keyWeights(), weights.tensor(prefix + "key.weight"), h);
                assertColumns(head.valueWeights(), weights.tensor(prefix + "value.weight"), h);
                for (int d = 0; d < HEAD_SIZE; d++) {
                    assertThat(head.queryBias().get(d)).isEqualTo(weights.tensor(prefix + "query.bias").get(0, h * 32 + d));
                    assertThat(head.keyBias().get(d)).isEqualTo(weights.tensor(prefix + "key.bias").get(0, h * 32 + d));
                    assertThat(head.valueBias().get(d)).isEqualTo(weights.tensor(prefix + "value.bias").get(0, h * 32 + d));
                }
            }
        }
    }

    /**
     * Every head recomputed in double from X, its weight slices and biases (as the lesson engine will): Q, K, V,
     * scaled scores, softmax and output agree with the trace to 1e-5; the raw scores Q·Kᵀ, which reach ±160, to
     * 2e-5 relative to their size (the float32 projections carry ~5e-6 into products of 32 terms). Each step
     * recomputed from the trace's own previous step agrees more closely. The figures are printed.
     */
    @Test
    void everyHead_recomputedInDoubleFromXSlicesAndBiases_givesTheTracesNumbers() {
        String[] steps = {"Q", "K", "V", "scores", "scaled", "weights", "output"};
        double[] absolute = new double[steps.length];
        double[] relative = new double[steps.length];
        double[] fromPrevious = new double[4];
        double largest = 0;
        for (EncoderTrace.Layer layer : trace.layers()) {
            double[][] x = layer.input().toDoubleArray();
            for (EncoderTrace.Head head : layer.heads()) {
                double[][] q = affine(x, head.queryWeights().toDoubleArray(), head.queryBias().toDoubleArray());
                double[][] k = affine(x, head.keyWeights().toDoubleArray(), head.keyBias().toDoubleArray());
                double[][] v = affine(x, head.valueWeights().toDoubleArray(), head.valueBias().toDoubleArray());
                double[][] scores = multiply(q, transpose(k));
                double[][] scaled = scale(scores, 1 / Math.sqrt(HEAD_SIZE));
                double[][] attention = softmaxRows(scaled);
                double[][] output = multiply(attention, v);
                FloatMatrix[] actual = {head.queries(), head.keys(), head.values(), head.scores(),
                        head.scaledScores(), head.attentionWeights(), head.output()};
                double[][][] expected = {q, k, v, scores, scaled, attention, output};
                for (int s = 0; s < steps.length; s++) {
                    absolute[s] = Math.max(absolute[s], diff(actual[s], expected[s], false));
                    relative[s] = Math.max(relative[s], diff(actual[s], expected[s], true));
                }
                for (double[] row : scores) {
                    for (double value : row) {
                        largest = Math.max(largest, Math.abs(value));
                    }
                }

                // each step from the trace's own previous step
                fromPrevious[0] = Math.max(fromPrevious[0], diff(head.scores(),
                        multiply(head.queries().toDoubleArray(), transpose(head.keys().toDoubleArray())), true));
                fromPrevious[1] = Math.max(fromPrevious[1], diff(head.scaledScores(),
                        scale(head.scores().toDoubleArray(), 1 / Math.sqrt(HEAD_SIZE)), true));
                fromPrevious[2] = Math.max(fromPrevious[2], diff(head.attentionWeights(),
                        softmaxRows(head.scaledScores().toDoubleArray()), false));
                fromPrevious[3] = Math.max(fromPrevious[3], diff(head.output(),
                        multiply(head.attentionWeights().toDoubleArray(), head.values().toDoubleArray()), false));
                for (int i = 0; i < trace.tokens(); i++) {
                    double sum = 0;
                    for (int j = 0; j < trace.tokens(); j++) {
                        sum += head.attentionWeights().get(i, j);
                    }
                    assertThat(sum).isCloseTo(1.0, within(1e-6));
                }
            }
        }
        StringBuilder report = new StringBuilder("heads recomputed in double from X, slices, biases, max |Δ| "
                + "(|Δ| / max(1, |value|)):");
        for (int s = 0; s < steps.length; s++) {
            report.append(String.format(" %s %.2g (%.2g)", steps[s], absolute[s], relative[s]));
        }
        System.out.println(report + String.format("; largest |score| %.1f; from the trace's previous step: "
                + "scores %.2g, scaled %.2g, weights %.2g, output %.2g", largest, fromPrevious[0], fromPrevious[1],
                fromPrevious[2], fromPrevious[3]));
        for (int s = 0; s < steps.length; s++) {
            if (!steps[s].equals("scores")) {
                assertThat(absolute[s]).as(steps[s]).isLessThan(1e-5);
            }
        }
        // raw scores reach ±160: Q and K each within 5e-6 give products within ~5e-5, 3e-7 of the largest score
        assertThat(relative[3]).as("scores").isLessThan(2e-5);
        assertThat(fromPrevious[0]).isLessThan(1e-5);
        assertThat(fromPrevious[1]).isLessThan(1e-6);
        assertThat(fromPrevious[2]).isLessThan(1e-6);
        assertThat(fromPrevious[3]).isLessThan(1e-5);
    }

    @Test
    void layersChain_andTheLastOutputIsTheHiddenStates() {
        for (int l = 0; l + 1 < LAYERS; l++) {
            assertThat(trace.layer(l).output().toFloatArray()).isEqualTo(trace.layer(l + 1).input().toFloatArray());
        }
        assertThat(trace.layer(LAYERS - 1).output().toFloatArray()).isEqualTo(trace.hiddenStates().toFloatArray());
        for (int h = 0; h < HEADS; h++) {
            assertThat(trace.layer(2).head(h).output().toFloatArray())
                    .isEqualTo(trace.layer(2).headOutputs().columns(h * HEAD_SIZE, HEAD_SIZE).toFloatArray());
        }
    }

    @Test
    void theTraceIsReadOnly_copiesAreCopies() {
        float before = trace.layer(0).head(0).attentionWeights().get(0, 0);
        float[][] copy = trace.layer(0).head(0).attentionWeights().toFloatArray();
        copy[0][0] = 42;
        int[] ids = trace.ids();
        ids[0] = 7;

        assertThat(trace.layer(0).head(0).attentionWeights().get(0, 0)).isEqualTo(before);
        assertThat(trace.ids()[0]).isEqualTo(101);
        assertThatThrownBy(() -> trace.layer(0).head(0).queries().get(0, HEAD_SIZE))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> trace.layer(LAYERS)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> trace.layer(0).head(HEADS)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void invalidIds_areRefused() {
        Encoder encoder = new Encoder(weights);

        assertThatThrownBy(() -> encoder.run(new int[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the encoder takes 1 to 512 token ids, not 0");
        assertThatThrownBy(() -> encoder.run(new int[513])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the encoder takes 1 to 512 token ids, not 513");
        assertThatThrownBy(() -> encoder.run(new int[] {101, 30522, 102})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token id 30522 at position 1 is outside the vocabulary (0 to 30521)");
        assertThatThrownBy(() -> encoder.run(new int[] {-1})).isInstanceOf(IllegalArgumentException.class);
        assertThat(encoder.run(new int[512]).tokens()).isEqualTo(512); // the longest input
    }

    // ---- double-precision reference -------------------------------------------------------------------------------

    private static double[][] affine(double[][] x, double[][] w, double[] b) {
        double[][] out = multiply(x, w);
        for (double[] row : out) {
            for (int j = 0; j < b.length; j++) {
                row[j] += b[j];
            }
        }
        return out;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] out = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    out[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return out;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static double[][] scale(double[][] m, double factor) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] *= factor;
            }
        }
        return out;
    }

    private static double[][] softmaxRows(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : m[i]) {
                max = Math.max(max, v);
            }
            double sum = 0;
            out[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = Math.exp(m[i][j] - max);
                sum += out[i][j];
            }
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] /= sum;
            }
        }
        return out;
    }

    /** max |actual − expected|, divided by max(1, |expected|) when {@code relative}. */
    private static double diff(FloatMatrix actual, double[][] expected, boolean relative) {
        assertThat(actual.rows()).isEqualTo(expected.length);
        assertThat(actual.cols()).isEqualTo(expected[0].length);
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double d = Math.abs(actual.get(i, j) - expected[i][j]);
                max = Math.max(max, relative ? d / Math.max(1, Math.abs(expected[i][j])) : d);
            }
        }
        return max;
    }

    private static void assertShape(FloatMatrix m, int rows, int cols) {
        assertThat(m.rows()).isEqualTo(rows);
        assertThat(m.cols()).isEqualTo(cols);
    }

    private static void assertColumns(FloatMatrix slice, FloatMatrix full, int head) {
        for (int r = 0; r < HIDDEN; r += 37) {
            for (int c = 0; c < HEAD_SIZE; c++) {
                assertThat(slice.get(r, c)).isEqualTo(full.get(r, head * HEAD_SIZE + c));
            }
        }
    }
}
