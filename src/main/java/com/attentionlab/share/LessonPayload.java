package com.attentionlab.share;

import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Limits;
import com.attentionlab.engine.Matrix;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The payload inside a share code (version 1), before compression: flags (bit 0 causal, bit 1 scale, bit 2 biases),
 * heads, preset id, seed, sentence, tokens, then X, W_Q, W_K, W_V as rows, columns and every double's 64 bits, then
 * (only with bit 2) b_Q, b_K, b_V as one-row matrices. Links made before biases existed have bit 2 clear. Texts are
 * UTF-8 with a 2-byte length. Reading checks every size against the {@link Limits} before building anything.
 */
final class LessonPayload {

    private static final int MAX_TEXT_BYTES = 4096;

    private LessonPayload() {
    }

    static byte[] write(SharedLesson lesson) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            LessonState s = lesson.state();
            out.writeByte((s.causal() ? 1 : 0) | (s.scale() ? 2 : 0) | (s.hasBiases() ? 4 : 0));
            out.writeByte(s.heads());
            writeText(out, lesson.presetId());
            out.writeLong(lesson.seed());
            writeText(out, lesson.sentence());
            out.writeByte(s.tokens().size());
            for (String t : s.tokens()) {
                writeText(out, t);
            }
            writeMatrix(out, s.x());
            writeMatrix(out, s.wq());
            writeMatrix(out, s.wk());
            writeMatrix(out, s.wv());
            if (s.hasBiases()) {
                writeMatrix(out, s.bq());
                writeMatrix(out, s.bk());
                writeMatrix(out, s.bv());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen writing to memory
        }
    }

    static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeShort(b.length);
        out.write(b);
    }

    private static void writeMatrix(DataOutputStream out, Matrix m) throws IOException {
        out.writeByte(m.rows());
        out.writeByte(m.cols());
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                out.writeLong(Double.doubleToRawLongBits(m.get(i, j)));
            }
        }
    }

    static SharedLesson read(byte[] payload, Limits limits) throws IOException, ShareCodeException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        int flags = in.readUnsignedByte();
        if ((flags & ~7) != 0) {
            throw new ShareCodeException("the lesson code has unknown switches");
        }
        int heads = in.readUnsignedByte();
        String preset = readText(in);
        long seed = in.readLong();
        String sentence = readText(in);
        int n = in.readUnsignedByte();
        if (n < 1 || n > limits.maxTokens()) {
            throw new ShareCodeException("the lesson has " + n + " tokens; between 1 and " + limits.maxTokens()
                    + " are allowed");
        }
        List<String> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tokens.add(readText(in));
        }
        Matrix x = readMatrix(in, "x", limits);
        Matrix wq = readMatrix(in, "wq", limits);
        Matrix wk = readMatrix(in, "wk", limits);
        Matrix wv = readMatrix(in, "wv", limits);
        Matrix bq = null;
        Matrix bk = null;
        Matrix bv = null;
        if ((flags & 4) != 0) {
            bq = readMatrix(in, "bq", limits);
            bk = readMatrix(in, "bk", limits);
            bv = readMatrix(in, "bv", limits);
        }
        if (in.available() > 0) {
            throw new ShareCodeException("the lesson code has extra data at its end");
        }
        LessonState state = new LessonState(tokens, x, wq, wk, wv, heads, (flags & 1) != 0, (flags & 2) != 0,
                bq, bk, bv);
        limits.check(state);
        return new SharedLesson(state, sentence, preset, seed);
    }

    static String readText(DataInputStream in) throws IOException, ShareCodeException {
        int len = in.readUnsignedShort();
        if (len > MAX_TEXT_BYTES) {
            throw new ShareCodeException("the lesson code holds a text that is too long");
        }
        byte[] b = in.readNBytes(len);
        if (b.length != len) {
            throw new EOFException();
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ShareCodeException("the lesson code holds text that is not valid UTF-8");
        }
    }

    private static Matrix readMatrix(DataInputStream in, String field, Limits limits) throws IOException, ShareCodeException {
        int rows = in.readUnsignedByte();
        int cols = in.readUnsignedByte();
        int max = Math.max(limits.maxTokens(), limits.maxDimension());
        if (rows < 1 || cols < 1 || rows > max || cols > limits.maxDimension()) {
            throw new ShareCodeException("the lesson code gives " + field + " the shape (" + rows + "×" + cols
                    + "), outside the limits");
        }
        double[][] values = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                values[i][j] = Double.longBitsToDouble(in.readLong());
            }
        }
        return Matrix.of(values);
    }
}
