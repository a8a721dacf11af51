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
 */
public record LessonState(List<String> tokens, Matrix x, Matrix wq, Matrix wk, Matrix wv,
                          int heads, boolean causal, boolean scale) implements java.io.Serializable {

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
        return new LessonState(tokens, m, wq, wk, wv, heads, causal, scale);
    }

    public LessonState withWq(Matrix m) {
        return new LessonState(tokens, x, m, wk, wv, heads, causal, scale);
    }

    public LessonState withWk(Matrix m) {
        return new LessonState(tokens, x, wq, m, wv, heads, causal, scale);
    }

    public LessonState withWv(Matrix m) {
        return new LessonState(tokens, x, wq, wk, m, heads, causal, scale);
    }

    public LessonState withCausal(boolean c) {
        return new LessonState(tokens, x, wq, wk, wv, heads, c, scale);
    }

    public LessonState withScale(boolean s) {
        return new LessonState(tokens, x, wq, wk, wv, heads, causal, s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LessonState s && heads == s.heads && causal == s.causal && scale == s.scale
                && tokens.equals(s.tokens) && x.equals(s.x) && wq.equals(s.wq) && wk.equals(s.wk)
                && wv.equals(s.wv);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tokens, x, wq, wk, wv, heads, causal, scale);
    }
}
