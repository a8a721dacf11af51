package com.attentionlab.engine;

/**
 * Size limits for a lesson. Every size a user or client can choose has one, so that no request can make the
 * server allocate without bound.
 *
 * @param maxTokens      most tokens (rows of X)
 * @param maxDimension   most columns of any matrix: d_model, heads·d_k, heads·d_v
 * @param maxHeads       most attention heads
 * @param maxAbsValue    largest absolute value of an input entry (X, W_Q, W_K, W_V)
 * @param maxTokenLength most characters in one token
 */
public record Limits(int maxTokens, int maxDimension, int maxHeads, double maxAbsValue, int maxTokenLength)
        implements java.io.Serializable {

    /** 64 tokens, 64 for each dimension, 8 heads, values within ±1000, tokens of at most 64 characters. */
    public static final Limits DEFAULT = new Limits(64, 64, 8, 1000, 64);

    /**
     * What a share link may carry: the lessons the UI makes (24 tokens of at most 32 characters, d_model 8, up to two
     * heads of 4), so that the longest link stays far below the server's 16 KB request-header limit and a lesson
     * opened from a link costs a bounded amount of memory.
     */
    public static final Limits LINKS = new Limits(24, 8, 2, 1000, 32);

    /**
     * A lesson on a trained model's head (all-MiniLM-L6-v2): up to 64 tokens with [CLS] and [SEP], d_model 384, and
     * all 12 heads of a layer side by side; a word piece is at most 100 characters ([UNK] beyond).
     */
    public static final Limits MODEL = new Limits(64, 384, 12, 1000, 100);

    public Limits {
        if (maxTokens < 1 || maxDimension < 1 || maxHeads < 1 || !(maxAbsValue > 0) || maxTokenLength < 1) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /**
     * Checks a structurally valid state against these limits.
     *
     * @throws InvalidLessonException naming the first field over a limit
     */
    public void check(LessonState s) {
        if (s.tokens().size() > maxTokens) {
            throw new InvalidLessonException("tokens", s.tokens().size() + " tokens exceed the limit of " + maxTokens);
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            int len = s.tokens().get(i).length();
            if (len > maxTokenLength) {
                throw new InvalidLessonException("tokens[" + i + "]",
                        len + " characters exceed the limit of " + maxTokenLength);
            }
        }
        if (s.heads() > maxHeads) {
            throw new InvalidLessonException("heads", s.heads() + " heads exceed the limit of " + maxHeads);
        }
        checkMatrix("x", s.x());
        checkMatrix("wq", s.wq());
        checkMatrix("wk", s.wk());
        checkMatrix("wv", s.wv());
        checkMatrix("bq", s.bq());
        checkMatrix("bk", s.bk());
        checkMatrix("bv", s.bv());
    }

    private void checkMatrix(String field, Matrix m) {
        if (m.cols() > maxDimension) {
            throw new InvalidLessonException(field, m.cols() + " columns " + m.shape()
                    + " exceed the limit of " + maxDimension);
        }
        // rows need no check of their own: x has one row per token, and W_Q, W_K, W_V one per column of x
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                double v = m.get(i, j);
                if (Math.abs(v) > maxAbsValue) {
                    throw new InvalidLessonException(field + "[" + i + "][" + j + "]",
                            v + " is outside ±" + formatLimit(maxAbsValue));
                }
            }
        }
    }

    private static String formatLimit(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** True when v is a finite number within ±maxAbsValue. */
    public boolean allows(double v) {
        return Double.isFinite(v) && Math.abs(v) <= maxAbsValue;
    }
}
