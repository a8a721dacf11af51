package com.attentionlab.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * onnxruntime running all-MiniLM-L6-v2, as a test oracle: either the unmodified graph, or the graph with the six
 * {@code /encoder/layer.N/attention/self/Softmax_output_0} tensors (attention weights, [1, 12, T, T]) added as
 * extra graph outputs by appending ValueInfoProtos to GraphProto field 12.
 */
public final class OnnxOracle implements AutoCloseable {

    public static final String HIDDEN = "last_hidden_state";

    public static String softmaxOutput(int layer) {
        return "/encoder/layer." + layer + "/attention/self/Softmax_output_0";
    }

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    /** A session on {@code model} (ONNX bytes) with {@code threads} intra-op threads, sequential execution. */
    public OnnxOracle(byte[] model, int threads) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            session = env.createSession(model, options);
        }
    }

    public OrtSession session() {
        return session;
    }

    public List<String> outputNames() {
        return new ArrayList<>(session.getOutputNames());
    }

    /** The outputs for one unpadded sentence: name → values ([T][384] for the hidden states, [12][T][T] for attention). */
    public Map<String, Object> run(int[] ids) throws OrtException {
        int t = ids.length;
        long[] shape = {1, t};
        long[] inputIds = Arrays.stream(ids).asLongStream().toArray();
        long[] mask = new long[t];
        Arrays.fill(mask, 1);
        long[] types = new long[t];
        try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(inputIds), shape);
             OnnxTensor b = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor c = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", a, "attention_mask", b,
                     "token_type_ids", c))) {
            Map<String, Object> out = new HashMap<>();
            for (var e : result) {
                Object value = e.getValue().getValue();
                out.put(e.getKey(), value instanceof Object[] batch ? batch[0] : value); // drop the batch of 1
            }
            return out;
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }

    /** The model file's bytes, from the classpath. */
    public static byte[] modelBytes() {
        try (InputStream in = OnnxOracle.class.getResourceAsStream(MiniLmWeights.RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code model} with {@code outputs} appended to its graph's outputs: ModelProto field 7 (graph) gets one more
     * GraphProto field 12 (output) per name, a ValueInfoProto holding only the name (field 1); onnxruntime infers
     * the type. The graph's bytes are copied once, into an array of the exact size.
     */
    public static byte[] withExtraOutputs(byte[] model, List<String> outputs) throws IOException {
        ByteString.Output extra = ByteString.newOutput();
        CodedOutputStream e = CodedOutputStream.newInstance(extra);
        for (String name : outputs) {
            e.writeTag(12, WireFormat.WIRETYPE_LENGTH_DELIMITED);
            e.writeUInt32NoTag(CodedOutputStream.computeStringSize(1, name));
            e.writeString(1, name);
        }
        e.flush();
        byte[] added = extra.toByteString().toByteArray();

        CodedInputStream in = CodedInputStream.newInstance(model);
        in.setSizeLimit(Integer.MAX_VALUE);
        int tag;
        while ((tag = in.readTag()) != 0) {
            if (WireFormat.getTagFieldNumber(tag) == 7) {
                int tagStart = in.getTotalBytesRead() - CodedOutputStream.computeUInt32SizeNoTag(tag);
                int length = in.readRawVarint32();
                int graphStart = in.getTotalBytesRead();
                int newLength = length + added.length;
                int head = CodedOutputStream.computeUInt32SizeNoTag(tag) + CodedOutputStream.computeUInt32SizeNoTag(newLength);
                byte[] out = new byte[tagStart + head + newLength + (model.length - graphStart - length)];
                System.arraycopy(model, 0, out, 0, tagStart);
                CodedOutputStream o = CodedOutputStream.newInstance(out, tagStart, head);
                o.writeUInt32NoTag(tag);
                o.writeUInt32NoTag(newLength);
                o.flush();
                int p = tagStart + head;
                System.arraycopy(model, graphStart, out, p, length);
                System.arraycopy(added, 0, out, p + length, added.length);
                System.arraycopy(model, graphStart + length, out, p + newLength, model.length - graphStart - length);
                return out;
            }
            in.skipField(tag);
        }
        throw new IllegalArgumentException("no graph (ModelProto field 7) in the model");
    }
}
