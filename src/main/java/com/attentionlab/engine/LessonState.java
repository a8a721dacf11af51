package com.attentionlab.engine;

import java.util.List;
import java.util.Objects;

/**
 * Everything the attention engine needs: the tokens, their embeddings and the projection weights.
 *
 * <p>Shapes: X is (n × d_model), one row per token; W_Q and W_K are (d_model × heads·d_k); W_V is
 * (d_model × heads·d_v). Head h uses columns [h·d_k, (h+1)·d_k) of W_Q and W_K and [h·d_v, (h+1)·d_v) of W_V,
 * the split PyTorch's {@code nn.MultiheadAttention} uses.
 *
 * <p>Biases are optional (zero when not given): Q = X·W_Q + b_Q, K = X·W_K + b_K, V = X·W_V + b_V, each bias one
 * row of as many columns as its weight matrix (what a trained model's linear layers have).
 *
 * <p>Immutable. The constructor checks the structure (shapes, finite numbers) and throws
 * {@link InvalidLessonException} naming the field; size limits are checked by {@link Limits#check}.
 *
 * @param tokens the tokens, one per row of X
 * @param x      the (normalized) token embeddings, (n × d_model)
 * @param wq     query weights, (d_model × heads·d_k)
 * @param wk     key weights, same shape as wq
 * @param wv     value weights, (d_model × heads·d_v)
 * @param heads  number of attention heads (≥ 1), dividing the columns of wq and wv
 * @param causal whether token i may only attend to tokens 0..i
 * @param scale  whether scores are divided by √d_k
 * @param bq     query bias, (1 × heads·d_k); null means zeros
 * @param bk     key bias, (1 × heads·d_k); null means zeros
 * @param bv     value bias, (1 × heads·d_v); null means zeros
 */
public record LessonState(List<String> tokens, Matrix x, Matrix wq, Matrix wk, Matrix wv,
                          int heads, boolean causal, boolean scale, Matrix bq, Matrix bk, Matrix bv)
        implements java.io.Serializable {

    /** A state without biases. */
    public LessonState(List<String> tokens, Matrix x, Matrix wq, Matrix wk, Matrix wv,
                       int heads, boolean causal, boolean scale) {
        this(tokens, x, wq, wk, wv, heads, causal, scale, null, null, null);
    }

    public LessonState {
        require(tokens, "tokens");
        require(x, "x");
        require(wq, "wq");
        require(wk, "wk");
        require(wv, "wv");
        if (tokens.isEmpty()) {
            throw new InvalidLessonException("tokens", "at least one token is required");
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) == null) {
                throw new InvalidLessonException("tokens[" + i + "]", "is missing");
            }
        }
        tokens = List.copyOf(tokens);
        requireFinite("x", x);
        requireFinite("wq", wq);
        requireFinite("wk", wk);
        requireFinite("wv", wv);
        if (tokens.size() != x.rows()) {
            throw new InvalidLessonException("tokens", tokens.size() + " tokens but x has " + x.rows()
                    + " rows " + x.shape() + "; x needs one row per token");
        }
        checkRows("wq", wq, x);
        checkRows("wk", wk, x);
        checkRows("wv", wv, x);
        if (wk.cols() != wq.cols()) {
            throw new InvalidLessonException("wk", "must have the same shape as wq " + wq.shape()
                    + ", got " + wk.shape());
        }
        bq = bias("bq", bq, wq);
        bk = bias("bk", bk, wk);
        bv = bias("bv", bv, wv);
        if (heads < 1) {
            throw new InvalidLessonException("heads", "must be at least 1, got " + heads);
        }
        if (wq.cols() % heads != 0) {
            throw new InvalidLessonException("heads", heads + " heads do not divide the " + wq.cols()
                    + " columns of wq " + wq.shape());
        }
        if (wv.cols() % heads != 0) {
            throw new InvalidLessonException("heads", heads + " heads do not divide the " + wv.cols()
                    + " columns of wv " + wv.shape());
        }
    }

    /** A one-head, non-causal, scaled state. */
    public static LessonState of(List<String> tokens, Matrix x, Matrix wq, Matrix wk, Matrix wv) {
        return new LessonState(tokens, x, wq, wk, wv, 1, false, true);
    }

    private static Matrix bias(String field, Matrix b, Matrix w) {
        if (b == null) {
            return Matrix.zeros(1, w.cols());
        }
        if (b.rows() != 1 || b.cols() != w.cols()) {
            throw new InvalidLessonException(field, "needs one number per column of w" + field.substring(1)
                    + " (" + w.cols() + "), got " + b.rows() * b.cols());
        }
        requireFinite(field, b);
        return b;
    }

    /** {@code b} fitted to {@code cols} columns: kept where it fits, zeros elsewhere. */
    private static Matrix fit(Matrix b, int cols) {
        return b.cols() == cols ? b : Matrix.build(1, cols, (i, j) -> j < b.cols() ? b.get(0, j) : 0);
    }

    /** True when any bias is not zero. */
    public boolean hasBiases() {
        return bq.maxAbs() != 0 || bk.maxAbs() != 0 || bv.maxAbs() != 0;
    }

    private static void require(Object o, String field) {
        if (o == null) {
            throw new InvalidLessonException(field, "is missing");
        }
    }

    private static void requireFinite(String field, Matrix m) {
        String at = m.firstNonFinite();
        if (at != null) {
            throw new InvalidLessonException(field + at, "is not a finite number");
        }
    }

    private static void checkRows(String field, Matrix w, Matrix x) {
        if (w.rows() != x.cols()) {
            throw new InvalidLessonException(field, "has " + w.rows() + " rows but x has " + x.cols()
                    + " columns (d_model); " + field + " is " + w.shape() + ", x is " + x.shape());
        }
    }

    public int n() {
        return tokens.size();
    }

    public int dModel() {
        return x.cols();
    }

    /** Columns of each head's Q and K. */
    public int dK() {
        return wq.cols() / heads;
    }

    /** Columns of each head's V. */
    public int dV() {
        return wv.cols() / heads;
    }

    public LessonState withX(Matrix m) {
        return new LessonState(tokens, m, wq, wk, wv, heads, causal, scale, bq, bk, bv);
    }

    public LessonState withWq(Matrix m) {
        return new LessonState(tokens, x, m, wk, wv, heads, causal, scale, fit(bq, m.cols()), bk, bv);
    }

    public LessonState withWk(Matrix m) {
        return new LessonState(tokens, x, wq, m, wv, heads, causal, scale, bq, fit(bk, m.cols()), bv);
    }

    public LessonState withWv(Matrix m) {
        return new LessonState(tokens, x, wq, wk, m, heads, causal, scale, bq, bk, fit(bv, m.cols()));
    }

    public LessonState withCausal(boolean c) {
        return new LessonState(tokens, x, wq, wk, wv, heads, c, scale, bq, bk, bv);
    }

    public LessonState withScale(boolean s) {
        return new LessonState(tokens, x, wq, wk, wv, heads, causal, s, bq, bk, bv);
    }

    /** The same state with these biases (null: zeros). */
    public LessonState withBiases(Matrix q, Matrix k, Matrix v) {
        return new LessonState(tokens, x, wq, wk, wv, heads, causal, scale, q, k, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LessonState s && heads == s.heads && causal == s.causal && scale == s.scale
                && tokens.equals(s.tokens) && x.equals(s.x) && wq.equals(s.wq) && wk.equals(s.wk)
                && wv.equals(s.wv) && bq.equals(s.bq) && bk.equals(s.bk) && bv.equals(s.bv);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tokens, x, wq, wk, wv, heads, causal, scale, bq, bk, bv);
    }
}
