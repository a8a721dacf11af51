package com.attentionlab.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.attentionlab.model.Encoder;
import com.attentionlab.model.EncoderTrace;
import com.attentionlab.model.MiniLmWeights;
import com.attentionlab.model.OnnxOracle;
import com.attentionlab.model.TestModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * JMH: all-MiniLM-L6-v2 on one sentence of n tokens, single-threaded. {@link #javaTrace} is our plain-Java
 * {@link Encoder#run} with its full trace (every head's Q, K, V, scores, weights, outputs); {@link #onnxruntime} is
 * onnxruntime 1.20 running the unmodified ONNX graph (all graph optimizations, the default) with one intra-op and
 * one inter-op thread, sequential execution, from creating the input tensors to the hidden states as Java arrays.
 * Run by {@link ModelBenchmark}.
 *
 * <p>The ids are those of a real sentence (Hugging Face's tokenizer), cut to n: [CLS], n − 2 word pieces, [SEP].
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ModelJmh {

    static final String TEXT = "Attention lets every word in a sentence look at every other word and decide how much "
            + "each one matters for understanding it, so a pronoun can find the noun it refers to, a verb can find "
            + "its subject even when many words stand between them, and the model can build, layer after layer, a "
            + "richer picture of what the whole sentence means than any single word could give on its own.";

    /** [CLS], the first n − 2 word pieces of {@link #TEXT}, [SEP]. */
    static int[] ids(int n) {
        int[] all = TestModel.ids(TEXT);
        int[] ids = Arrays.copyOf(all, n);
        ids[n - 1] = all[all.length - 1];
        return ids;
    }

    @State(Scope.Benchmark)
    public static class Java {
        @Param({"8", "32", "64"})
        public int n;

        Encoder encoder;
        int[] ids;

        @Setup(Level.Trial)
        public void setUp() {
            encoder = new Encoder(MiniLmWeights.load());
            ids = ids(n);
        }
    }

    @State(Scope.Benchmark)
    public static class Ort {
        @Param({"8", "32", "64"})
        public int n;

        OrtEnvironment env;
        OrtSession session;
        long[] ids;
        long[] mask;
        long[] types;

        @Setup(Level.Trial)
        public void setUp() throws OrtException {
            env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                session = env.createSession(OnnxOracle.modelBytes(), options);
            }
            ids = Arrays.stream(ModelJmh.ids(n)).asLongStream().toArray();
            mask = new long[n];
            Arrays.fill(mask, 1);
            types = new long[n];
        }

        @TearDown(Level.Trial)
        public void tearDown() throws OrtException {
            session.close();
        }
    }

    @Benchmark
    public EncoderTrace javaTrace(Java s) {
        return s.encoder.run(s.ids);
    }

    @Benchmark
    public float[][][] onnxruntime(Ort s) throws OrtException {
        long[] shape = {1, s.ids.length};
        try (OnnxTensor a = OnnxTensor.createTensor(s.env, LongBuffer.wrap(s.ids), shape);
             OnnxTensor b = OnnxTensor.createTensor(s.env, LongBuffer.wrap(s.mask), shape);
             OnnxTensor c = OnnxTensor.createTensor(s.env, LongBuffer.wrap(s.types), shape);
             OrtSession.Result result = s.session.run(Map.of("input_ids", a, "attention_mask", b,
                     "token_type_ids", c))) {
            return (float[][][]) result.get(0).getValue();
        }
    }
}
