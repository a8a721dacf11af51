package com.attentionlab.model;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Builds tiny ONNX ModelProtos on the wire format with CodedOutputStream, to test the reader's edge cases. */
final class SyntheticOnnx {

    static final int INT64 = 7;

    private final List<ByteString> nodes = new ArrayList<>();
    private final List<ByteString> initializers = new ArrayList<>();

    /** A float32 initializer with its values in raw_data (little-endian), as PyTorch's exporter writes them. */
    SyntheticOnnx raw(String name, long[] dims, float... values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            bytes.putFloat(v);
        }
        return tensor(name, dims, OnnxTensors.FLOAT, out -> out.writeBytes(9, ByteString.copyFrom(bytes.array())));
    }

    /** A float32 initializer with its values in float_data (packed). */
    SyntheticOnnx floatData(String name, long[] dims, float... values) {
        return tensor(name, dims, OnnxTensors.FLOAT, out -> {
            out.writeTag(4, 2);
            out.writeUInt32NoTag(values.length * 4);
            for (float v : values) {
                out.writeFloatNoTag(v);
            }
        });
    }

    /** An INT64 initializer (raw_data). */
    SyntheticOnnx int64(String name, long... values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            bytes.putLong(v);
        }
        return tensor(name, new long[] {values.length}, INT64,
                out -> out.writeBytes(9, ByteString.copyFrom(bytes.array())));
    }

    /** A float32 initializer whose values live in an external file (data_location = EXTERNAL). */
    SyntheticOnnx external(String name, long[] dims) {
        return tensor(name, dims, OnnxTensors.FLOAT, out -> out.writeEnum(14, 1));
    }

    /** A raw tensor: dims (packed), data_type, name, then whatever {@code body} writes. */
    SyntheticOnnx tensor(String name, long[] dims, int dataType, Body body) {
        initializers.add(message(out -> {
            if (dims.length > 0) {
                out.writeTag(1, 2);
                int size = 0;
                for (long d : dims) {
                    size += CodedOutputStream.computeInt64SizeNoTag(d);
                }
                out.writeUInt32NoTag(size);
                for (long d : dims) {
                    out.writeInt64NoTag(d);
                }
            }
            out.writeInt32(2, dataType);
            out.writeString(8, name);
            body.write(out);
        }));
        return this;
    }

    SyntheticOnnx node(String opType, String name, String... inputs) {
        nodes.add(message(out -> {
            for (String in : inputs) {
                out.writeString(1, in);
            }
            out.writeString(2, name + "_output_0");
            out.writeString(3, name);
            out.writeString(4, opType);
        }));
        return this;
    }

    byte[] build() {
        ByteString graph = message(out -> {
            for (ByteString n : nodes) {
                out.writeBytes(1, n);
            }
            out.writeString(2, "synthetic");
            for (ByteString t : initializers) {
                out.writeBytes(5, t);
            }
        });
        return message(out -> {
            out.writeInt64(1, 8);             // ir_version
            out.writeString(2, "attention-lab-test");
            out.writeBytes(7, graph);
        }).toByteArray();
    }

    interface Body {
        void write(CodedOutputStream out) throws IOException;
    }

    private static ByteString message(Body body) {
        try {
            ByteString.Output bytes = ByteString.newOutput();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            body.write(out);
            out.flush();
            return bytes.toByteString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
