package com.attentionlab.model;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.attentionlab.model.MiniLmWeights.HIDDEN;
import static com.attentionlab.model.MiniLmWeights.LAYERS;
import static com.attentionlab.model.MiniLmWeights.layerName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * all-MiniLM-L6-v2's weights as read from the ONNX file: every tensor there with its shape, spot values read
 * independently, every weight checked against what onnxruntime computes with it, and clear messages when the file is
 * not what is expected.
 */
class MiniLmWeightsTest {

    static final String SENTENCE = "The cat sat on the mat because it was tired";
    static final String[] DENSE = {"attention.self.query", "attention.self.key", "attention.self.value",
            "attention.output.dense", "intermediate.dense", "output.dense"};

    static MiniLmWeights weights;
    static OnnxOracle probe;
    static Map<String, Object> probed;
    static int[] ids;

    /** onnxruntime with every dense layer's input, MatMul, Add and every LayerNorm's Div, Mul, Add as outputs. */
    @BeforeAll
    static void setUp() throws Exception {
        weights = TestModel.weights();
        List<String> outputs = new ArrayList<>(List.of("/embeddings/word_embeddings/Gather_output_0",
                "/embeddings/position_embeddings/Gather_output_0", "/embeddings/token_type_embeddings/Gather_output_0"));
        outputs.addAll(layerNormOutputs("/embeddings/LayerNorm"));
        for (int l = 0; l < LAYERS; l++) {
            for (String dense : DENSE) {
                String node = "/encoder/layer." + l + "/" + dense.replace('.', '/');
                outputs.add(node + "/MatMul_output_0");
                outputs.add(node + "/Add_output_0");
                outputs.add(denseInput(l, dense));
            }
            outputs.addAll(layerNormOutputs("/encoder/layer." + l + "/attention/output/LayerNorm"));
            outputs.addAll(layerNormOutputs("/encoder/layer." + l + "/output/LayerNorm"));
        }
        probe = new OnnxOracle(OnnxOracle.withExtraOutputs(OnnxOracle.modelBytes(),
                outputs.stream().distinct().filter(o -> !o.equals(OnnxOracle.HIDDEN)).toList()), 1);
        ids = TestModel.ids(SENTENCE);
        probed = probe.run(ids);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (probe != null) {
            probe.close();
        }
    }

    @Test
    void everyExpectedTensor_isThereWithItsShape() {
        Map<String, List<Integer>> expected = MiniLmWeights.expectedShapes();

        assertThat(expected).hasSize(5 + 16 * LAYERS);
        expected.forEach((name, shape) -> {
            FloatMatrix m = weights.tensor(name);
            List<Integer> actual = shape.size() == 1 ? List.of(m.cols()) : List.of(m.rows(), m.cols());
            assertThat(actual).as(name).isEqualTo(shape);
        });
        assertThat(expected).containsEntry("embeddings.word_embeddings.weight", List.of(30522, 384))
                .containsEntry("encoder.layer.5.intermediate.dense.weight", List.of(384, 1536))
                .containsEntry("encoder.layer.5.output.dense.weight", List.of(1536, 384))
                .containsEntry("encoder.layer.0.attention.self.query.bias", List.of(384));
        assertThatThrownBy(() -> weights.tensor("encoder.layer.6.output.dense.bias"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encoder.layer.6.output.dense.bias");
    }

    @Test
    void theFilesInitializers_namedAfterTheirModules() throws Exception {
        OnnxTensors tensors = OnnxTensors.read(OnnxOracle.modelBytes());

        assertThat(tensors.renamed()).hasSize(6 * LAYERS)
                .containsEntry("onnx::MatMul_787", "encoder.layer.0.attention.self.query.weight")
                .containsEntry("onnx::MatMul_864", "encoder.layer.5.output.dense.weight");
        List<String> expected = new ArrayList<>(MiniLmWeights.expectedShapes().keySet());
        expected.add("embeddings.position_ids");
        assertThat(tensors.names()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(tensors.get("embeddings.position_ids").isFloat()).isFalse(); // INT64: not decoded
    }

    /** Values read from the file's bytes with Python's struct module (little-endian float32 at the raw_data offset). */
    @Test
    void spotValues_matchAnIndependentRead() {
        assertBits("encoder.layer.0.attention.self.query.weight", 0, 0, 0xbe182fbe);     // onnx::MatMul_787
        assertBits("encoder.layer.0.attention.self.query.weight", 0, 1, 0x3d1354eb);
        assertBits("encoder.layer.0.attention.self.query.weight", 1, 0, 0x3d328156);
        assertBits("encoder.layer.0.attention.self.query.weight", 383, 383, 0xbdae91c0);
        assertBits("encoder.layer.5.output.dense.weight", 0, 0, 0xbd679d24);             // onnx::MatMul_864
        assertBits("encoder.layer.5.output.dense.weight", 1535, 383, 0x3aa17f66);
        assertBits("encoder.layer.5.output.dense.weight", 1000, 17, 0x3d79d3f7);
        assertBits("encoder.layer.3.intermediate.dense.bias", 0, 0, 0xbdaa30b1);
        assertBits("encoder.layer.3.intermediate.dense.bias", 0, 1535, 0xbdd3b87b);
        assertBits("embeddings.word_embeddings.weight", 1996, 0, 0xbb8b2c12);
        assertBits("embeddings.word_embeddings.weight", 4937, 5, 0x3c2129af);
        assertBits("embeddings.word_embeddings.weight", 30521, 383, 0x3b95c079);
    }

    private static void assertBits(String tensor, int row, int col, int bits) {
        assertThat(weights.tensor(tensor).get(row, col)).as(tensor + "[" + row + "][" + col + "]")
                .isEqualTo(Float.intBitsToFloat(bits));
    }

    /** onnxruntime's Gather outputs are rows of the embedding tables: bit for bit ours. */
    @Test
    void embeddings_areTheRowsOnnxruntimeGathers() {
        float[][] words = (float[][]) probed.get("/embeddings/word_embeddings/Gather_output_0");
        float[][] positions = (float[][]) probed.get("/embeddings/position_embeddings/Gather_output_0");
        float[][] types = (float[][]) probed.get("/embeddings/token_type_embeddings/Gather_output_0");
        for (int t = 0; t < ids.length; t++) {
            assertThat(weights.tensor("embeddings.word_embeddings.weight").row(ids[t])).isEqualTo(words[t]);
            assertThat(weights.tensor("embeddings.position_embeddings.weight").row(t)).isEqualTo(positions[t]);
            assertThat(weights.tensor("embeddings.token_type_embeddings.weight").row(0)).isEqualTo(types[t]);
        }
        assertLayerNorm("embeddings.LayerNorm", "/embeddings/LayerNorm");
    }

    /**
     * Every dense layer: onnxruntime's MatMul output equals its input times our matrix (so every value and the
     * [in, out] orientation are right), its Add output minus its MatMul output is our bias.
     */
    @Test
    void everyDenseLayer_computesWhatOnnxruntimeComputes() {
        double worstProduct = 0;
        double worstBias = 0;
        for (int l = 0; l < LAYERS; l++) {
            for (String dense : DENSE) {
                String node = "/encoder/layer." + l + "/" + dense.replace('.', '/');
                float[][] in = (float[][]) probed.get(denseInput(l, dense));
                float[][] product = (float[][]) probed.get(node + "/MatMul_output_0");
                float[][] sum = (float[][]) probed.get(node + "/Add_output_0");
                double[][] w = weights.tensor(layerName(l, dense + ".weight")).toDoubleArray();
                float[] bias = weights.tensor(layerName(l, dense + ".bias")).row(0);
                for (int t = 0; t < in.length; t++) {
                    for (int j = 0; j < w[0].length; j++) {
                        double dot = 0;
                        for (int k = 0; k < w.length; k++) {
                            dot += in[t][k] * w[k][j];
                        }
                        worstProduct = Math.max(worstProduct, Math.abs(dot - product[t][j]));
                        worstBias = Math.max(worstBias, Math.abs((sum[t][j] - product[t][j]) - bias[j]));
                    }
                }
            }
            assertLayerNorm(layerName(l, "attention.output.LayerNorm"),
                    "/encoder/layer." + l + "/attention/output/LayerNorm");
            assertLayerNorm(layerName(l, "output.LayerNorm"), "/encoder/layer." + l + "/output/LayerNorm");
        }
        System.out.printf("dense layers against onnxruntime: max |x·W − MatMul| = %.2g, max |(Add − MatMul) − b| = "
                + "%.2g%n", worstProduct, worstBias);
        assertThat(worstProduct).isLessThan(1e-4);
        assertThat(worstBias).isLessThan(1e-5);
    }

    /** LayerNorm: Mul = Div · γ and Add_1 = Mul + β, with onnxruntime's Div, Mul and Add_1. */
    private static void assertLayerNorm(String tensor, String node) {
        float[][] div = (float[][]) probed.get(node + "/Div_output_0");
        float[][] mul = (float[][]) probed.get(node + "/Mul_output_0");
        float[][] add = (float[][]) probed.get(layerNormOutput(node));
        float[] gamma = weights.tensor(tensor + ".weight").row(0);
        float[] beta = weights.tensor(tensor + ".bias").row(0);
        for (int t = 0; t < div.length; t++) {
            for (int j = 0; j < HIDDEN; j++) {
                assertThat(div[t][j] * gamma[j]).as(tensor + ".weight").isEqualTo(mul[t][j]);
                assertThat(mul[t][j] + beta[j]).as(tensor + ".bias").isEqualTo(add[t][j]);
            }
        }
    }

    @Test
    void aMissingTensor_isNamed() throws Exception {
        byte[] model = OnnxOracle.modelBytes();
        replaceAll(model, "encoder.layer.2.output.dense.bias", "encoder.layer.2.output.dense.bia_");

        assertThatThrownBy(() -> MiniLmWeights.read(new ByteArrayInputStream(model)))
                .isInstanceOf(ModelFormatException.class)
                .hasMessage("not the all-MiniLM-L6-v2 weights: 1 problem: 'encoder.layer.2.output.dense.bias' is "
                        + "missing");
    }

    @Test
    void misShapedMistypedAndMissingTensors_areListedWithExpectedAndActual() {
        float[] v383 = new float[383];
        float[] v768 = new float[2 * 384];
        long[] int64 = new long[384];
        byte[] model = new SyntheticOnnx()
                .raw("embeddings.token_type_embeddings.weight", new long[] {2, 384}, v768)
                .int64("embeddings.LayerNorm.weight", int64)
                .raw("embeddings.LayerNorm.bias", new long[] {383}, v383)
                .build();

        assertThatThrownBy(() -> MiniLmWeights.from(OnnxTensors.read(model)))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith("not the all-MiniLM-L6-v2 weights: 100 problems: "
                        + "'embeddings.word_embeddings.weight' is missing; "
                        + "'embeddings.position_embeddings.weight' is missing; "
                        + "ONNX tensor 'embeddings.LayerNorm.weight' cannot be read: its data type is INT64 (7); "
                        + "only FLOAT (1) tensors are read; "
                        + "'embeddings.LayerNorm.bias' has shape [383], expected [384]; "
                        + "'encoder.layer.0.attention.self.query.weight' is missing; ")
                .hasMessageEndingWith("; and 92 more");
    }

    @Test
    void notAnOnnxFile_isRefused() {
        assertThatThrownBy(() -> MiniLmWeights.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(ModelFormatException.class);
    }

    static List<String> layerNormOutputs(String node) {
        return List.of(node + "/Div_output_0", node + "/Mul_output_0", layerNormOutput(node));
    }

    /** The last LayerNorm's output is the graph's output, last_hidden_state. */
    static String layerNormOutput(String node) {
        return node.equals("/encoder/layer." + (LAYERS - 1) + "/output/LayerNorm") ? OnnxOracle.HIDDEN
                : node + "/Add_1_output_0";
    }

    /** The input of a dense layer's MatMul in the graph. */
    static String denseInput(int l, String dense) {
        String layer = "/encoder/layer." + l;
        return switch (dense) {
            case "attention.self.query", "attention.self.key", "attention.self.value" -> l == 0
                    ? "/embeddings/LayerNorm/Add_1_output_0"
                    : "/encoder/layer." + (l - 1) + "/output/LayerNorm/Add_1_output_0";
            case "attention.output.dense" -> layer + "/attention/self/Reshape_3_output_0";
            case "intermediate.dense" -> layer + "/attention/output/LayerNorm/Add_1_output_0";
            case "output.dense" -> layer + "/intermediate/intermediate_act_fn/Mul_1_output_0";
            default -> throw new IllegalArgumentException(dense);
        };
    }

    private static void replaceAll(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        int replaced = 0;
        for (int i = 0; i + f.length <= bytes.length; i++) {
            if (bytes[i] == f[0] && Arrays.equals(bytes, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, bytes, i, t.length);
                replaced++;
            }
        }
        assertThat(replaced).isPositive();
    }
}
