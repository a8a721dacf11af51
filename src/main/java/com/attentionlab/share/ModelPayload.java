package com.attentionlab.share;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The payload of a version-2 code, a lesson on a trained model's head: model id, sentence, preset id and seed
 * (what Reset returns to), layer, head, then the edits (matrix, row, column, the double's 64 bits). Texts as in
 * {@link LessonPayload}. No weights: the reader resolves the reference with the app's model.
 */
final class ModelPayload {

    /** What a version-2 code holds before it is resolved. */
    record Parts(ModelRef ref, String sentence, String presetId, long seed) {
    }

    private ModelPayload() {
    }

    static byte[] write(SharedLesson lesson) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            ModelRef ref = lesson.model();
            LessonPayload.writeText(out, ref.model());
            LessonPayload.writeText(out, lesson.sentence());
            LessonPayload.writeText(out, lesson.presetId());
            out.writeLong(lesson.seed());
            out.writeByte(ref.layer());
            out.writeByte(ref.head());
            out.writeByte(ref.edits().size());
            for (ModelRef.Edit e : ref.edits()) {
                out.writeByte(ModelRef.Edit.MATRICES.indexOf(e.matrix()));
                out.writeShort(e.row());
                out.writeShort(e.col());
                out.writeLong(Double.doubleToRawLongBits(e.value()));
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Parts read(byte[] payload) throws IOException, ShareCodeException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        String model = LessonPayload.readText(in);
        String sentence = LessonPayload.readText(in);
        String preset = LessonPayload.readText(in);
        long seed = in.readLong();
        int layer = in.readUnsignedByte();
        int head = in.readUnsignedByte();
        int count = in.readUnsignedByte();
        if (count > ModelRef.MAX_EDITS) {
            throw new ShareCodeException("the lesson code holds " + count + " edits; at most " + ModelRef.MAX_EDITS
                    + " are allowed");
        }
        List<ModelRef.Edit> edits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int m = in.readUnsignedByte();
            if (m >= ModelRef.Edit.MATRICES.size()) {
                throw new ShareCodeException("the lesson code edits a matrix this app does not know");
            }
            int row = in.readUnsignedShort();
            int col = in.readUnsignedShort();
            double v = Double.longBitsToDouble(in.readLong());
            if (!Double.isFinite(v)) {
                throw new ShareCodeException("the lesson code holds a number that is not finite");
            }
            edits.add(new ModelRef.Edit(ModelRef.Edit.MATRICES.get(m), row, col, v));
        }
        if (in.available() > 0) {
            throw new ShareCodeException("the lesson code has extra data at its end");
        }
        return new Parts(new ModelRef(model, layer, head, edits), sentence, preset, seed);
    }
}
