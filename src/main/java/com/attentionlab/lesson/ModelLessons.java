package com.attentionlab.lesson;

import com.attentionlab.engine.InvalidLessonException;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;
import com.attentionlab.model.EncoderTrace;
import com.attentionlab.model.FloatMatrix;
import com.attentionlab.model.FloatVector;
import com.attentionlab.model.MiniLm;
import com.attentionlab.share.ModelHeads;
import com.attentionlab.share.ModelRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Lessons on a trained model's head: a sentence through all-MiniLM-L6-v2, and one head of one layer as a lesson
 * state the engine recomputes: X is the layer's input (T × 384), W_Q, W_K, W_V are the head's 384 × 32 column
 * slices, b_Q, b_K, b_V its biases. Later layers are not re-run after an edit: the lesson shows that one head.
 */
public final class ModelLessons implements ModelHeads {

    private final int maxTokens;

    /** @param maxTokens most tokens of a sentence, [CLS] and [SEP] included */
    public ModelLessons(int maxTokens) {
        this.maxTokens = maxTokens;
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** The model (loaded on first use). */
    public MiniLm model() {
        return MiniLm.shared();
    }

    /** The sentence through the model. */
    public MiniLm.Run run(String sentence) {
        return model().run(sentence, maxTokens);
    }

    @Override
    public LessonState resolve(ModelRef ref, String sentence) {
        if (!MiniLm.ID.equals(ref.model())) {
            throw new IllegalArgumentException("no model \"" + clip(ref.model()) + "\" here (this app has "
                    + MiniLm.ID + ", " + MiniLm.NAME + ")");
        }
        MiniLm m = model();
        if (ref.layer() >= m.layers() || ref.head() >= m.heads()) {
            throw new IllegalArgumentException("layer " + (ref.layer() + 1) + " head " + (ref.head() + 1)
                    + " does not exist: " + MiniLm.NAME + " has " + m.layers() + " layers of " + m.heads()
                    + " heads");
        }
        LessonState s = headState(run(sentence), ref.layer(), ref.head());
        for (ModelRef.Edit e : ref.edits()) {
            Editable target = Editable.fromId(e.matrix()).orElseThrow();
            Matrix current = target.of(s);
            if (e.row() >= current.rows() || e.col() >= current.cols()) {
                throw new InvalidLessonException(e.matrix(), "has no cell (" + e.row() + ", " + e.col() + ")");
            }
            s = target.replace(s, current.with(e.row(), e.col(), e.value()));
        }
        return s;
    }

    /** One head as a lesson state (X, the head's slices and biases; one head, scaled, not causal). */
    public static LessonState headState(MiniLm.Run run, int layer, int head) {
        EncoderTrace.Head h = run.trace().layer(layer).head(head);
        Slices w = SLICES.computeIfAbsent(layer * 1000 + head, k -> Slices.of(h));
        return new LessonState(run.tokens().pieces(), matrix(h.input()), w.wq, w.wk, w.wv, 1, false, true,
                w.bq, w.bk, w.bv);
    }

    /**
     * A head's weight slices and biases, the same for every sentence: made once per head and shared by every
     * lesson on it (immutable), so a model-mode tab holds only its own X and the matrices it edited (72 heads ×
     * ~300 KB at most).
     */
    private record Slices(Matrix wq, Matrix wk, Matrix wv, Matrix bq, Matrix bk, Matrix bv) {
        static Slices of(EncoderTrace.Head h) {
            return new Slices(matrix(h.queryWeights()), matrix(h.keyWeights()), matrix(h.valueWeights()),
                    row(h.queryBias()), row(h.keyBias()), row(h.valueBias()));
        }
    }

    private static final java.util.Map<Integer, Slices> SLICES = new java.util.concurrent.ConcurrentHashMap<>();

    /** All heads of a layer side by side (for the multi-head step): W's are 384 × 384, heads = 12. */
    public static LessonState layerState(MiniLm.Run run, int layer) {
        EncoderTrace.Layer l = run.trace().layer(layer);
        List<Matrix> wq = new ArrayList<>();
        List<Matrix> wk = new ArrayList<>();
        List<Matrix> wv = new ArrayList<>();
        List<Matrix> bq = new ArrayList<>();
        List<Matrix> bk = new ArrayList<>();
        List<Matrix> bv = new ArrayList<>();
        for (EncoderTrace.Head h : l.heads()) {
            wq.add(matrix(h.queryWeights()));
            wk.add(matrix(h.keyWeights()));
            wv.add(matrix(h.valueWeights()));
            bq.add(row(h.queryBias()));
            bk.add(row(h.keyBias()));
            bv.add(row(h.valueBias()));
        }
        return new LessonState(run.tokens().pieces(), matrix(l.input()), Matrix.concatColumns(wq),
                Matrix.concatColumns(wk), Matrix.concatColumns(wv), l.headCount(), false, true,
                Matrix.concatColumns(bq), Matrix.concatColumns(bk), Matrix.concatColumns(bv));
    }

    static Matrix matrix(FloatMatrix m) {
        return Matrix.of(m.toDoubleArray());
    }

    static Matrix row(FloatVector v) {
        return Matrix.of(new double[][] {v.toDoubleArray()});
    }

    private static String clip(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
