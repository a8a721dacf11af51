package com.attentionlab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Scaled dot-product self-attention, step by step, keeping every intermediate.
 *
 * <pre>
 *   Q = X·W_Q + b_Q     K = X·W_K + b_K     V = X·W_V + b_V   (biases optional, zero by default)
 *   scores  = Q·Kᵀ
 *   scaled  = scores / √d_k            (or scores, when scaling is off)
 *   weights = softmax_row(mask(scaled)) (mask: −∞ above the diagonal when causal)
 *   output  = weights·V
 * </pre>
 *
 * Stateless and thread-safe; never modifies its input.
 */
public final class AttentionEngine implements java.io.Serializable {

    private final Limits limits;

    public AttentionEngine() {
        this(Limits.DEFAULT);
    }

    public AttentionEngine(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Runs attention on the state.
     *
     * @throws InvalidLessonException if the state is over a limit
     */
    public AttentionTrace trace(LessonState s) {
        limits.check(s);
        int dK = s.dK();
        int dV = s.dV();
        Matrix qAll = s.x().multiply(s.wq()).plusRow(s.bq()); // (n, heads·d_k)
        Matrix kAll = s.x().multiply(s.wk()).plusRow(s.bk()); // (n, heads·d_k)
        Matrix vAll = s.x().multiply(s.wv()).plusRow(s.bv()); // (n, heads·d_v)
        List<AttentionTrace.Head> heads = new ArrayList<>(s.heads());
        List<Matrix> outputs = new ArrayList<>(s.heads());
        for (int h = 0; h < s.heads(); h++) {
            Matrix q = qAll.columns(h * dK, (h + 1) * dK); // (n, d_k)
            Matrix k = kAll.columns(h * dK, (h + 1) * dK); // (n, d_k)
            Matrix v = vAll.columns(h * dV, (h + 1) * dV); // (n, d_v)
            Matrix scores = q.multiply(k.transpose()); // (n, n)
            Matrix scaled = s.scale() ? scores.divide(Math.sqrt(dK)) : scores; // (n, n)
            Matrix weights = (s.causal() ? scaled.causalMasked() : scaled).softmaxRows(); // (n, n)
            Matrix output = weights.multiply(v); // (n, d_v)
            heads.add(new AttentionTrace.Head(q, k, v, scores, scaled, weights, output, dK));
            outputs.add(output);
        }
        return new AttentionTrace(heads, Matrix.concatColumns(outputs)); // (n, heads·d_v)
    }
}
