package com.attentionlab.model;

import java.util.Arrays;
import java.util.Objects;

import static com.attentionlab.model.MiniLmWeights.HEADS;
import static com.attentionlab.model.MiniLmWeights.HEAD_SIZE;
import static com.attentionlab.model.MiniLmWeights.HIDDEN;
import static com.attentionlab.model.MiniLmWeights.LAYERS;
import static com.attentionlab.model.MiniLmWeights.LAYER_NORM_EPS;
import static com.attentionlab.model.MiniLmWeights.MAX_POSITIONS;
import static com.attentionlab.model.MiniLmWeights.VOCABULARY;

/**
 * all-MiniLM-L6-v2's encoder (BERT) in plain Java, for one unpadded sentence, keeping every step of every head in
 * an {@link EncoderTrace}. It computes what the ONNX graph computes, in the same order:
 * <ol>
 *   <li>embeddings: word + token type 0, + position; LayerNorm (ε = 1e-12);</li>
 *   <li>per layer, per head h (columns 32h … 32h + 31): Q = X·W_Q + b_Q, K, V likewise; scores = Q·Kᵀ;
 *       scaled = scores ÷ √32; weights = softmax of each row; output = weights·V. No mask: every token of a single
 *       unpadded sentence may attend to every other;</li>
 *   <li>the heads' outputs side by side · W_O + b_O, + X, LayerNorm; GELU(· W_1 + b_1) · W_2 + b_2, + that, LayerNorm:
 *       the next layer's X.</li>
 * </ol>
 * Products are float32 (see {@link MatMul}); LayerNorm statistics, softmax and GELU are computed in double and
 * stored as float. Thread-safe: the weights are immutable and each run has its own arrays.
 */
public final class Encoder {

    private static final float SQRT_HEAD_SIZE = (float) Math.sqrt(HEAD_SIZE);

    private final MiniLmWeights weights;

    public Encoder(MiniLmWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    public MiniLmWeights weights() {
        return weights;
    }

    /**
     * Runs the encoder over one sentence's token ids (with [CLS] and [SEP] as the tokenizer gives them).
     *
     * @throws IllegalArgumentException for no ids, more than 512, or an id outside the vocabulary
     */
    public EncoderTrace run(int[] ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.length == 0 || ids.length > MAX_POSITIONS) {
            throw new IllegalArgumentException("the encoder takes 1 to " + MAX_POSITIONS + " token ids, not "
                    + ids.length);
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= VOCABULARY) {
                throw new IllegalArgumentException("token id " + ids[i] + " at position " + i
                        + " is outside the vocabulary (0 to " + (VOCABULARY - 1) + ")");
            }
        }
        int tokens = ids.length;
        float[][] x = embed(ids);
        EncoderTrace.Layer[] layers = new EncoderTrace.Layer[LAYERS];
        for (int l = 0; l < LAYERS; l++) {
            MiniLmWeights.Layer w = weights.layers[l];
            float[][] qkv = MatMul.linear(x, w.queryKeyValue, w.queryKeyValueBias); // Q | K | V, T × 1152
            float[][] kT = transpose(qkv, MiniLmWeights.Layer.KEY, HIDDEN);
            float[][] vT = transpose(qkv, MiniLmWeights.Layer.VALUE, HIDDEN);
            float[][] context = new float[tokens][HIDDEN];
            float[][][] scores = new float[HEADS][][];
            float[][][] scaled = new float[HEADS][][];
            float[][][] attention = new float[HEADS][][];
            for (int h = 0; h < HEADS; h++) {
                int col = h * HEAD_SIZE;
                float[][] s = new float[tokens][tokens];
                MatMul.attention(qkv, MiniLmWeights.Layer.QUERY + col, kT, col, HEAD_SIZE, s); // Q_h · K_hᵀ
                float[][] sc = new float[tokens][tokens];
                float[][] a = new float[tokens][tokens];
                for (int i = 0; i < tokens; i++) {
                    for (int j = 0; j < tokens; j++) {
                        sc[i][j] = s[i][j] / SQRT_HEAD_SIZE;
                    }
                    softmax(sc[i], a[i]);
                }
                // (weights · V_h)ᵀ = V_hᵀ · weightsᵀ: rows of T, so that the product runs along the tokens
                float[][] outT = new float[HEAD_SIZE][tokens];
                MatMul.attention(Arrays.copyOfRange(vT, col, col + HEAD_SIZE), 0, transpose(a), 0, tokens, outT);
                for (int d = 0; d < HEAD_SIZE; d++) {
                    float[] src = outT[d];
                    for (int i = 0; i < tokens; i++) {
                        context[i][col + d] = src[i];
                    }
                }
                scores[h] = s;
                scaled[h] = sc;
                attention[h] = a;
            }
            float[][] attended = MatMul.linear(context, w.attentionOutput, w.attentionOutputBias);
            addLayerNorm(attended, x, w.attentionNormWeight, w.attentionNormBias);
            float[][] inner = MatMul.linear(attended, w.intermediate, w.intermediateBias);
            Gelu.applyInPlace(inner);
            float[][] out = MatMul.linear(inner, w.output, w.outputBias);
            addLayerNorm(out, attended, w.outputNormWeight, w.outputNormBias);
            layers[l] = new EncoderTrace.Layer(weights, l, x, qkv, scores, scaled, attention, context, out);
            x = out;
        }
        return new EncoderTrace(ids.clone(), layers, x);
    }

    private float[][] embed(int[] ids) {
        float[][] x = new float[ids.length][HIDDEN];
        float[] type = weights.tokenTypeEmbeddings[0];
        for (int t = 0; t < ids.length; t++) {
            float[] word = weights.wordEmbeddings[ids[t]];
            float[] position = weights.positionEmbeddings[t];
            float[] row = x[t];
            for (int j = 0; j < HIDDEN; j++) {
                row[j] = (word[j] + type[j]) + position[j];
            }
            layerNorm(row, weights.embeddingNormWeight, weights.embeddingNormBias);
        }
        return x;
    }

    /** {@code x = LayerNorm(x + residual)}, row by row, in place. */
    private static void addLayerNorm(float[][] x, float[][] residual, float[] gamma, float[] beta) {
        for (int t = 0; t < x.length; t++) {
            float[] row = x[t];
            float[] r = residual[t];
            for (int j = 0; j < row.length; j++) {
                row[j] += r[j];
            }
            layerNorm(row, gamma, beta);
        }
    }

    static void layerNorm(float[] row, float[] gamma, float[] beta) {
        double sum = 0;
        for (float v : row) {
            sum += v;
        }
        double mean = sum / row.length;
        double squares = 0;
        for (float v : row) {
            double d = v - mean;
            squares += d * d;
        }
        double inv = 1 / Math.sqrt(squares / row.length + LAYER_NORM_EPS);
        for (int j = 0; j < row.length; j++) {
            row[j] = (float) ((row[j] - mean) * inv * gamma[j] + beta[j]);
        }
    }

    /** Numerically stable softmax of {@code in} into {@code out}. */
    static void softmax(float[] in, float[] out) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : in) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] e = new double[in.length];
        for (int j = 0; j < in.length; j++) {
            e[j] = Math.exp((double) in[j] - max);
            sum += e[j];
        }
        for (int j = 0; j < in.length; j++) {
            out[j] = (float) (e[j] / sum);
        }
    }

    /** Columns {@code [from, from + count)} of m, transposed: count × rows. */
    private static float[][] transpose(float[][] m, int from, int count) {
        int rows = m.length;
        float[][] t = new float[count][rows];
        for (int i = 0; i < rows; i++) {
            float[] row = m[i];
            for (int j = 0; j < count; j++) {
                t[j][i] = row[from + j];
            }
        }
        return t;
    }

    private static float[][] transpose(float[][] m) {
        return transpose(m, 0, m[0].length);
    }
}
