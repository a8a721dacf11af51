package com.attentionlab.model;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The initializers (weights) of an ONNX model, read with protobuf's wire-format reader and no generated classes:
 * ModelProto (graph = 7) → GraphProto (node = 1, initializer = 5) → TensorProto (dims = 1, data_type = 2,
 * float_data = 4, name = 8, raw_data = 9 as little-endian values, data_location = 14) and NodeProto (input = 1,
 * name = 3, op_type = 4).
 *
 * <p>Only float32 tensors (data_type 1) stored inside the file are decoded; any other tensor is listed with its type,
 * and asking for its values fails with a message that names it and its type. The model is read as a stream: a big
 * tensor's bytes are decoded row by row, so no copy of the whole file is kept.
 *
 * <p>PyTorch's exporter leaves the weight matrices of {@code nn.Linear} layers anonymous ({@code onnx::MatMul_787}).
 * Each such initializer that is input 1 of exactly one MatMul node is renamed after that node's module path:
 * {@code /encoder/layer.0/attention/self/query/MatMul} → {@code encoder.layer.0.attention.self.query.weight}, the
 * name PyTorch gives it. Note the layout: such a matrix is stored as [in, out] (the MatMul's right operand), the
 * transpose of PyTorch's [out, in]. {@link #get(String)} also finds a renamed tensor by its original ONNX name.
 */
public final class OnnxTensors {

    /** TensorProto.DataType FLOAT. */
    public static final int FLOAT = 1;

    private static final String ANONYMOUS_PREFIX = "onnx::";
    private static final int CHUNK_BYTES = 1 << 16;

    private final Map<String, Tensor> byName;
    private final Map<String, String> renamed;

    private OnnxTensors(Map<String, Tensor> byName, Map<String, String> renamed) {
        this.byName = Collections.unmodifiableMap(byName);
        this.renamed = Collections.unmodifiableMap(renamed);
    }

    /** Reads every initializer of the ONNX model in {@code model}; does not close it. */
    public static OnnxTensors read(InputStream model) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(new BufferedInputStream(model, CHUNK_BYTES), CHUNK_BYTES);
        in.setSizeLimit(Integer.MAX_VALUE);
        try {
            return readModel(in);
        } catch (InvalidProtocolBufferException e) {
            throw new ModelFormatException("not a valid ONNX ModelProto: " + e.getMessage(), e);
        }
    }

    public static OnnxTensors read(byte[] model) {
        try {
            return read(new ByteArrayInputStream(model));
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail to read
        }
    }

    /** Every initializer's name (anonymous MatMul weights under their module path), in file order. */
    public Set<String> names() {
        return byName.keySet();
    }

    public boolean contains(String name) {
        return find(name).isPresent();
    }

    /** The tensor with this name, or this original ONNX name. */
    public Optional<Tensor> find(String name) {
        Tensor t = byName.get(name);
        if (t == null && renamed.containsKey(name)) {
            t = byName.get(renamed.get(name));
        }
        return Optional.ofNullable(t);
    }

    /** The tensor with this name, or this original ONNX name; a {@link ModelFormatException} if there is none. */
    public Tensor get(String name) {
        return find(name).orElseThrow(() -> new ModelFormatException("the ONNX model has no tensor named '" + name
                + "' (it has " + byName.size() + " initializers)"));
    }

    /** Original ONNX name → the name given here, for the anonymous MatMul weights that were renamed. */
    public Map<String, String> renamed() {
        return renamed;
    }

    /** One initializer: name, shape, data type and, for float32, its values. Immutable. */
    public static final class Tensor {

        private final String name;
        private final String onnxName;
        private final long[] dims;
        private final int dataType;
        private final float[][] rows;
        private final String unreadable;

        private Tensor(String name, String onnxName, long[] dims, int dataType, float[][] rows, String unreadable) {
            this.name = name;
            this.onnxName = onnxName;
            this.dims = dims;
            this.dataType = dataType;
            this.rows = rows;
            this.unreadable = unreadable;
        }

        private Tensor renamedTo(String newName) {
            return new Tensor(newName, onnxName, dims, dataType, rows, unreadable);
        }

        public String name() {
            return name;
        }

        /** The name in the ONNX file (differs from {@link #name()} for renamed MatMul weights). */
        public String onnxName() {
            return onnxName;
        }

        public long[] dims() {
            return dims.clone();
        }

        /** TensorProto.DataType: 1 = FLOAT, 7 = INT64, … */
        public int dataType() {
            return dataType;
        }

        /** True when the values were decoded: float32 and stored in the file. */
        public boolean isFloat() {
            return rows != null;
        }

        /**
         * The values as a read-only matrix: rank 2 as is, rank 1 and 0 as one row, higher ranks with their leading
         * dimensions flattened into rows.
         */
        public FloatMatrix values() {
            return FloatMatrix.wrap(rows());
        }

        /** A copy of the values, flat, in row-major order (the ONNX layout). */
        public float[] toFloatArray() {
            float[][] r = rows();
            int length = r.length == 0 ? 0 : r[0].length;
            float[] flat = new float[r.length * length];
            for (int i = 0; i < r.length; i++) {
                System.arraycopy(r[i], 0, flat, i * length, length);
            }
            return flat;
        }

        /** The values as rows of the last dimension (shared, never to be changed). */
        float[][] rows() {
            if (rows == null) {
                throw new ModelFormatException("ONNX tensor '" + name + "'" + (onnxName.equals(name) ? ""
                        : " (" + onnxName + ")") + " cannot be read: " + unreadable);
            }
            return rows;
        }

        @Override
        public String toString() {
            return name + " " + dataTypeName(dataType) + " " + Arrays.toString(dims);
        }
    }

    /** The name of a TensorProto.DataType, as in onnx.proto. */
    static String dataTypeName(int type) {
        String[] names = {"UNDEFINED", "FLOAT", "UINT8", "INT8", "UINT16", "INT16", "INT32", "INT64", "STRING", "BOOL",
                "FLOAT16", "DOUBLE", "UINT32", "UINT64", "COMPLEX64", "COMPLEX128", "BFLOAT16"};
        return type >= 0 && type < names.length ? names[type] + " (" + type + ")" : "data type " + type;
    }

    // ---- wire format -------------------------------------------------------------------------------------------

    private static final int LENGTH_DELIMITED = WireFormat.WIRETYPE_LENGTH_DELIMITED;

    private static OnnxTensors readModel(CodedInputStream in) throws IOException {
        Graph graph = null;
        int tag;
        while ((tag = in.readTag()) != 0) {
            if (WireFormat.getTagFieldNumber(tag) == 7 && WireFormat.getTagWireType(tag) == LENGTH_DELIMITED) {
                int limit = in.pushLimit(in.readRawVarint32());
                graph = readGraph(in);
                in.popLimit(limit);
            } else {
                in.skipField(tag);
            }
        }
        if (graph == null) {
            throw new ModelFormatException("not an ONNX model: the ModelProto has no graph (field 7)");
        }
        return graph.resolve();
    }

    private static final class Node {
        final List<String> inputs = new ArrayList<>();
        String name = "";
        String opType = "";
    }

    private static final class Graph {
        final List<Node> nodes = new ArrayList<>();
        final List<Tensor> initializers = new ArrayList<>();

        OnnxTensors resolve() {
            Map<String, List<Node>> matMulUses = new HashMap<>();
            for (Node node : nodes) {
                if (node.opType.equals("MatMul") && node.inputs.size() >= 2) {
                    matMulUses.computeIfAbsent(node.inputs.get(1), k -> new ArrayList<>()).add(node);
                }
            }
            Map<String, Tensor> byName = new LinkedHashMap<>();
            Map<String, String> renamed = new LinkedHashMap<>();
            for (Tensor t : initializers) {
                String name = t.name;
                List<Node> uses = matMulUses.getOrDefault(name, List.of());
                if (name.startsWith(ANONYMOUS_PREFIX) && uses.size() == 1 && uses.get(0).name.endsWith("/MatMul")) {
                    String path = uses.get(0).name;
                    path = path.substring(path.startsWith("/") ? 1 : 0, path.length() - "/MatMul".length());
                    name = path.replace('/', '.') + ".weight";
                    renamed.put(t.name, name);
                }
                if (byName.containsKey(name)) {
                    throw new ModelFormatException("two ONNX initializers are named '" + name + "'"
                            + (name.equals(t.name) ? "" : " (one of them renamed from " + t.name + ")"));
                }
                byName.put(name, name.equals(t.name) ? t : t.renamedTo(name));
            }
            return new OnnxTensors(byName, renamed);
        }
    }

    private static Graph readGraph(CodedInputStream in) throws IOException {
        Graph graph = new Graph();
        int tag;
        while ((tag = in.readTag()) != 0) {
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 1 && WireFormat.getTagWireType(tag) == LENGTH_DELIMITED) {
                int limit = in.pushLimit(in.readRawVarint32());
                graph.nodes.add(readNode(in));
                in.popLimit(limit);
            } else if (field == 5 && WireFormat.getTagWireType(tag) == LENGTH_DELIMITED) {
                int limit = in.pushLimit(in.readRawVarint32());
                graph.initializers.add(readTensor(in));
                in.popLimit(limit);
            } else {
                in.skipField(tag);
            }
        }
        return graph;
    }

    private static Node readNode(CodedInputStream in) throws IOException {
        Node node = new Node();
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> node.inputs.add(in.readString());
                case 3 -> node.name = in.readString();
                case 4 -> node.opType = in.readString();
                default -> in.skipField(tag);
            }
        }
        return node;
    }

    private static Tensor readTensor(CodedInputStream in) throws IOException {
        long[] dims = new long[0];
        int dataType = 0;
        String name = "";
        boolean external = false;
        float[][] rows = null;     // raw_data decoded as it was read
        byte[] raw = null;         // raw_data met before dims and data_type: decoded at the end
        float[] floatData = null;  // float_data
        int floatCount = 0;
        int tag;
        while ((tag = in.readTag()) != 0) {
            int field = WireFormat.getTagFieldNumber(tag);
            int wireType = WireFormat.getTagWireType(tag);
            switch (field) {
                case 1 -> {
                    if (wireType == LENGTH_DELIMITED) {
                        int limit = in.pushLimit(in.readRawVarint32());
                        while (!in.isAtEnd()) {
                            dims = append(dims, in.readInt64());
                        }
                        in.popLimit(limit);
                    } else {
                        dims = append(dims, in.readInt64());
                    }
                }
                case 2 -> dataType = in.readInt32();
                case 4 -> {
                    if (wireType == LENGTH_DELIMITED) {
                        int bytes = in.readRawVarint32();
                        floatData = floatData == null ? new float[bytes / 4] : Arrays.copyOf(floatData,
                                floatCount + bytes / 4);
                        int limit = in.pushLimit(bytes);
                        while (!in.isAtEnd()) {
                            floatData[floatCount++] = in.readFloat();
                        }
                        in.popLimit(limit);
                    } else {
                        if (floatData == null || floatCount == floatData.length) {
                            floatData = Arrays.copyOf(floatData == null ? new float[0] : floatData,
                                    Math.max(16, floatCount * 2));
                        }
                        floatData[floatCount++] = in.readFloat();
                    }
                }
                case 8 -> name = in.readString();
                case 9 -> {
                    int bytes = in.readRawVarint32();
                    if (dataType == FLOAT && dims.length > 0) {
                        rows = readFloatRows(in, name, dims, bytes);
                    } else if (dataType != 0 && dataType != FLOAT) {
                        in.skipRawBytes(bytes); // not decoded: only float32 is read
                    } else {
                        raw = in.readRawBytes(bytes);
                    }
                }
                case 14 -> external = in.readEnum() == 1;
                default -> in.skipField(tag);
            }
        }
        if (dataType != FLOAT) {
            return new Tensor(name, name, dims, dataType, null, "its data type is " + dataTypeName(dataType)
                    + "; only FLOAT (1) tensors are read");
        }
        if (external) {
            return new Tensor(name, name, dims, dataType, null,
                    "its values are stored in an external file; only values inside the model file are read");
        }
        if (rows == null) {
            long count = elementCount(name, dims);
            Shape shape = new Shape(name, dims);
            if (raw != null) {
                if (raw.length != count * 4) {
                    throw sizeMismatch(name, dims, count, raw.length + " bytes of raw_data");
                }
                rows = shape.rows();
                decode(raw, rows, 0, shape.rowCount);
            } else if (floatData != null || count == 0) {
                if (floatCount != count) {
                    throw sizeMismatch(name, dims, count, floatCount + " values in float_data");
                }
                rows = shape.rows();
                for (int r = 0; r < shape.rowCount; r++) {
                    System.arraycopy(floatData, r * shape.rowLength, rows[r], 0, shape.rowLength);
                }
            } else {
                throw new ModelFormatException("ONNX tensor '" + name + "' " + Arrays.toString(dims)
                        + " has no values (neither raw_data nor float_data)");
            }
        }
        return new Tensor(name, name, dims, dataType, rows, null);
    }

    private static float[][] readFloatRows(CodedInputStream in, String name, long[] dims, int bytes)
            throws IOException {
        long count = elementCount(name, dims);
        if (bytes != count * 4) {
            throw sizeMismatch(name, dims, count, bytes + " bytes of raw_data");
        }
        Shape shape = new Shape(name, dims);
        float[][] rows = shape.rows();
        int rowBytes = shape.rowLength * 4;
        int rowsPerChunk = rowBytes == 0 ? shape.rowCount : Math.max(1, CHUNK_BYTES / rowBytes);
        for (int r = 0; r < shape.rowCount; r += rowsPerChunk) {
            int n = Math.min(rowsPerChunk, shape.rowCount - r);
            byte[] chunk = in.readRawBytes(n * rowBytes);
            decode(chunk, rows, r, n);
        }
        return rows;
    }

    /** Rows of the last dimension. */
    private static final class Shape {
        final int rowCount;
        final int rowLength;

        Shape(String name, long[] dims) {
            elementCount(name, dims);
            long length = dims.length == 0 ? 1 : dims[dims.length - 1];
            long count = 1;
            for (int i = 0; i < dims.length - 1; i++) {
                count *= dims[i];
            }
            rowCount = (int) count;
            rowLength = (int) length;
        }

        float[][] rows() {
            return new float[rowCount][rowLength];
        }
    }

    /** Little-endian float32 values from {@code bytes} into {@code rowCount} rows starting at {@code firstRow}. */
    private static void decode(byte[] bytes, float[][] rows, int firstRow, int rowCount) {
        var floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        for (int r = firstRow; r < firstRow + rowCount; r++) {
            floats.get(rows[r]);
        }
    }

    private static long elementCount(String name, long[] dims) {
        long count = 1;
        for (long d : dims) {
            if (d < 0) {
                throw new ModelFormatException("ONNX tensor '" + name + "' has a negative dimension: "
                        + Arrays.toString(dims));
            }
            count *= d;
            if (count > Integer.MAX_VALUE - 8) {
                throw new ModelFormatException("ONNX tensor '" + name + "' " + Arrays.toString(dims)
                        + " is too large for one Java array");
            }
        }
        return count;
    }

    private static ModelFormatException sizeMismatch(String name, long[] dims, long count, String found) {
        return new ModelFormatException("ONNX tensor '" + name + "' " + Arrays.toString(dims) + " needs " + count
                + " float32 values (" + count * 4 + " bytes), the file has " + found);
    }

    private static long[] append(long[] values, long value) {
        long[] out = Arrays.copyOf(values, values.length + 1);
        out[values.length] = value;
        return out;
    }
}
