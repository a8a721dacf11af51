package com.attentionlab.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import static com.attentionlab.model.MiniLmWeights.HEADS;
import static com.attentionlab.model.MiniLmWeights.HEAD_SIZE;

/**
 * Everything {@link Encoder#run(int[])} computed for one sentence of T tokens: per layer its input X (T × 384),
 * Q, K, V and, per head, the head's slices of W_Q, W_K, W_V (384 × 32) and of their biases (32), its Q, K, V
 * (T × 32), scores Q·Kᵀ, scaled scores (÷ √32), attention weights (softmax of each row) and output (weights · V,
 * T × 32); and the final hidden states (T × 384). Immutable; every matrix is a read-only {@link FloatMatrix} view,
 * and the weight slices are views of the shared weights (the same for every sentence, never copied).
 *
 * <p>Layers and heads are numbered from 0 here (the usual "layer 6, head 12" is {@code layer(5).head(11)}).
 */
public final class EncoderTrace {

    private final int[] ids;
    private final Layer[] layers;
    private final float[][] hiddenStates;

    EncoderTrace(int[] ids, Layer[] layers, float[][] hiddenStates) {
        this.ids = ids;
        this.layers = layers;
        this.hiddenStates = hiddenStates;
    }

    public int tokens() {
        return ids.length;
    }

    public int[] ids() {
        return ids.clone();
    }

    public int layerCount() {
        return layers.length;
    }

    /** Layer {@code index}, 0 … 5. */
    public Layer layer(int index) {
        return layers[Objects.checkIndex(index, layers.length)];
    }

    public List<Layer> layers() {
        return List.of(layers);
    }

    /** The last layer's output: T × 384, what onnxruntime calls last_hidden_state. */
    public FloatMatrix hiddenStates() {
        return FloatMatrix.wrap(hiddenStates);
    }

    /** One encoder layer of the trace. */
    public static final class Layer {

        private final MiniLmWeights weights;
        private final int index;
        private final float[][] input;
        private final float[][] queryKeyValue;
        private final float[][][] scores;
        private final float[][][] scaled;
        private final float[][][] attention;
        private final float[][] context;
        private final float[][] output;

        Layer(MiniLmWeights weights, int index, float[][] input, float[][] queryKeyValue, float[][][] scores,
              float[][][] scaled, float[][][] attention, float[][] context, float[][] output) {
            this.weights = weights;
            this.index = index;
            this.input = input;
            this.queryKeyValue = queryKeyValue;
            this.scores = scores;
            this.scaled = scaled;
            this.attention = attention;
            this.context = context;
            this.output = output;
        }

        public int index() {
            return index;
        }

        /** X: the layer's input, T × 384 (the embeddings for layer 0, the previous layer's output otherwise). */
        public FloatMatrix input() {
            return FloatMatrix.wrap(input);
        }

        /** Q of all heads side by side, T × 384. */
        public FloatMatrix queries() {
            return FloatMatrix.columnsOf(queryKeyValue, MiniLmWeights.Layer.QUERY, MiniLmWeights.HIDDEN);
        }

        /** K of all heads side by side, T × 384. */
        public FloatMatrix keys() {
            return FloatMatrix.columnsOf(queryKeyValue, MiniLmWeights.Layer.KEY, MiniLmWeights.HIDDEN);
        }

        /** V of all heads side by side, T × 384. */
        public FloatMatrix values() {
            return FloatMatrix.columnsOf(queryKeyValue, MiniLmWeights.Layer.VALUE, MiniLmWeights.HIDDEN);
        }

        private MiniLmWeights.Layer weights() {
            return weights.layers[index];
        }

        /** The heads' outputs side by side, T × 384 (the input of the attention output projection). */
        public FloatMatrix headOutputs() {
            return FloatMatrix.wrap(context);
        }

        /** The layer's output, T × 384: the next layer's input, or the hidden states after the last layer. */
        public FloatMatrix output() {
            return FloatMatrix.wrap(output);
        }

        public int headCount() {
            return HEADS;
        }

        /** Head {@code h}, 0 … 11. */
        public Head head(int h) {
            return new Head(this, Objects.checkIndex(h, HEADS));
        }

        public List<Head> heads() {
            return IntStream.range(0, HEADS).mapToObj(this::head).toList();
        }
    }

    /** One head of one layer: a view of the layer's arrays, columns 32h … 32h + 31. */
    public static final class Head {

        private final Layer layer;
        private final int index;
        private final int col;

        private Head(Layer layer, int index) {
            this.layer = layer;
            this.index = index;
            this.col = index * HEAD_SIZE;
        }

        public int layerIndex() {
            return layer.index;
        }

        public int index() {
            return index;
        }

        /** X, the layer's input (T × 384), the same for every head of the layer. */
        public FloatMatrix input() {
            return layer.input();
        }

        /** This head's columns of W_Q, 384 × 32 (stored [in, out]: Q = X · W_Q + b_Q). */
        public FloatMatrix queryWeights() {
            return FloatMatrix.columnsOf(layer.weights().queryKeyValue, MiniLmWeights.Layer.QUERY + col, HEAD_SIZE);
        }

        public FloatMatrix keyWeights() {
            return FloatMatrix.columnsOf(layer.weights().queryKeyValue, MiniLmWeights.Layer.KEY + col, HEAD_SIZE);
        }

        public FloatMatrix valueWeights() {
            return FloatMatrix.columnsOf(layer.weights().queryKeyValue, MiniLmWeights.Layer.VALUE + col, HEAD_SIZE);
        }

        public FloatVector queryBias() {
            return FloatVector.viewOf(layer.weights().queryBias, col, HEAD_SIZE);
        }

        public FloatVector keyBias() {
            return FloatVector.viewOf(layer.weights().keyBias, col, HEAD_SIZE);
        }

        public FloatVector valueBias() {
            return FloatVector.viewOf(layer.weights().valueBias, col, HEAD_SIZE);
        }

        /** Q, T × 32. */
        public FloatMatrix queries() {
            return FloatMatrix.columnsOf(layer.queryKeyValue, MiniLmWeights.Layer.QUERY + col, HEAD_SIZE);
        }

        /** K, T × 32. */
        public FloatMatrix keys() {
            return FloatMatrix.columnsOf(layer.queryKeyValue, MiniLmWeights.Layer.KEY + col, HEAD_SIZE);
        }

        /** V, T × 32. */
        public FloatMatrix values() {
            return FloatMatrix.columnsOf(layer.queryKeyValue, MiniLmWeights.Layer.VALUE + col, HEAD_SIZE);
        }

        /** Q · Kᵀ, T × T. */
        public FloatMatrix scores() {
            return FloatMatrix.wrap(layer.scores[index]);
        }

        /** Q · Kᵀ ÷ √32, T × T. */
        public FloatMatrix scaledScores() {
            return FloatMatrix.wrap(layer.scaled[index]);
        }

        /** softmax of each row of the scaled scores, T × T: row i is how much token i attends to each token. */
        public FloatMatrix attentionWeights() {
            return FloatMatrix.wrap(layer.attention[index]);
        }

        /** attention weights · V, T × 32. */
        public FloatMatrix output() {
            return FloatMatrix.columnsOf(layer.context, col, HEAD_SIZE);
        }

        @Override
        public String toString() {
            return "layer " + layer.index + " head " + index;
        }
    }

    @Override
    public String toString() {
        return "EncoderTrace" + Arrays.toString(ids);
    }
}
