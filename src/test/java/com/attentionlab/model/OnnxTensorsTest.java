package com.attentionlab.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ONNX reader on tiny models written with CodedOutputStream: layouts, renaming, and every refusal. */
class OnnxTensorsTest {

    @Test
    void readsRawDataAndFloatData_asRowsOfTheLastDimension() {
        byte[] model = new SyntheticOnnx()
                .raw("m", new long[] {2, 3}, 1, 2, 3, 4, 5, 6)
                .floatData("v", new long[] {4}, 0.5f, -1.5f, 2.5f, 1e-30f)
                .raw("cube", new long[] {2, 1, 2}, 1, 2, 3, 4)
                .build();

        OnnxTensors t = OnnxTensors.read(model);

        assertThat(t.names()).containsExactly("m", "v", "cube");
        FloatMatrix m = t.get("m").values();
        assertThat(m.rows()).isEqualTo(2);
        assertThat(m.cols()).isEqualTo(3);
        assertThat(m.toFloatArray()).isEqualTo(new float[][] {{1, 2, 3}, {4, 5, 6}});
        assertThat(t.get("v").dims()).containsExactly(4);
        assertThat(t.get("v").values().row(0)).containsExactly(0.5f, -1.5f, 2.5f, 1e-30f);
        assertThat(t.get("cube").values().toFloatArray()).isEqualTo(new float[][] {{1, 2}, {3, 4}});
        assertThat(t.get("cube").toFloatArray()).containsExactly(1, 2, 3, 4);
        assertThat(t.get("m").toFloatArray()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void anonymousMatMulWeight_takesTheModulePathOfItsNode() {
        byte[] model = new SyntheticOnnx()
                .node("MatMul", "/encoder/layer.0/attention/self/query/MatMul", "x", "onnx::MatMul_787")
                .node("MatMul", "/a/MatMul", "x", "onnx::MatMul_9")
                .node("MatMul", "/b/MatMul", "y", "onnx::MatMul_9")
                .raw("onnx::MatMul_787", new long[] {1, 2}, 7, 8)
                .raw("onnx::MatMul_9", new long[] {1}, 1)
                .build();

        OnnxTensors t = OnnxTensors.read(model);

        assertThat(t.names()).containsExactly("encoder.layer.0.attention.self.query.weight", "onnx::MatMul_9");
        assertThat(t.renamed()).containsEntry("onnx::MatMul_787", "encoder.layer.0.attention.self.query.weight");
        assertThat(t.get("onnx::MatMul_787").name()).isEqualTo("encoder.layer.0.attention.self.query.weight");
        assertThat(t.get("encoder.layer.0.attention.self.query.weight").onnxName()).isEqualTo("onnx::MatMul_787");
        // used by two MatMuls: which module it belongs to is ambiguous, so it keeps its ONNX name
        assertThat(t.contains("onnx::MatMul_9")).isTrue();
    }

    @Test
    void otherDataTypes_areListed_butReadingThemNamesTheTensorAndItsType() {
        byte[] model = new SyntheticOnnx().int64("embeddings.position_ids", 0, 1, 2).build();

        OnnxTensors.Tensor ids = OnnxTensors.read(model).get("embeddings.position_ids");

        assertThat(ids.isFloat()).isFalse();
        assertThat(ids.dataType()).isEqualTo(SyntheticOnnx.INT64);
        assertThatThrownBy(ids::values)
                .isInstanceOf(ModelFormatException.class)
                .hasMessage("ONNX tensor 'embeddings.position_ids' cannot be read: its data type is INT64 (7); "
                        + "only FLOAT (1) tensors are read");
    }

    @Test
    void externalData_isRefusedWhenRead() {
        OnnxTensors.Tensor t = OnnxTensors.read(new SyntheticOnnx().external("w", new long[] {2}).build()).get("w");

        assertThatThrownBy(t::values).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("'w'").hasMessageContaining("external file");
    }

    @Test
    void valuesThatDoNotFillTheShape_areRefusedAtOnce() {
        byte[] rawShort = new SyntheticOnnx().raw("w", new long[] {2, 2}, 1, 2, 3).build();
        byte[] floatLong = new SyntheticOnnx().floatData("b", new long[] {2}, 1, 2, 3).build();

        assertThatThrownBy(() -> OnnxTensors.read(rawShort)).isInstanceOf(ModelFormatException.class)
                .hasMessage("ONNX tensor 'w' [2, 2] needs 4 float32 values (16 bytes), the file has 12 bytes of "
                        + "raw_data");
        assertThatThrownBy(() -> OnnxTensors.read(floatLong)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("'b' [2] needs 2 float32 values").hasMessageContaining("3 values in float_data");
    }

    @Test
    void missingTensor_isNamed() {
        OnnxTensors t = OnnxTensors.read(new SyntheticOnnx().raw("a", new long[] {1}, 1).build());

        assertThat(t.find("nope")).isEmpty();
        assertThatThrownBy(() -> t.get("nope")).isInstanceOf(ModelFormatException.class)
                .hasMessage("the ONNX model has no tensor named 'nope' (it has 1 initializers)");
    }

    @Test
    void notAModel_isRefused() {
        assertThatThrownBy(() -> OnnxTensors.read("not a model at all".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ModelFormatException.class).hasMessageStartingWith("not a valid ONNX ModelProto");
        assertThatThrownBy(() -> OnnxTensors.read(new byte[0]))
                .isInstanceOf(ModelFormatException.class)
                .hasMessage("not an ONNX model: the ModelProto has no graph (field 7)");
    }
}
