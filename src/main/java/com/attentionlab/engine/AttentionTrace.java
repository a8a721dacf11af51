package com.attentionlab.engine;

import java.util.List;

/**
 * Every intermediate of one attention pass.
 *
 * @param heads  one trace per head
 * @param output the heads' outputs side by side, (n × heads·d_v)
 */
public record AttentionTrace(List<Head> heads, Matrix output) implements java.io.Serializable {

    public AttentionTrace {
        heads = List.copyOf(heads);
    }

    /** The first (in the lesson usually the only) head. */
    public Head head() {
        return heads.get(0);
    }

    /**
     * One head's intermediates.
     *
     * @param q       queries Q = X·W_Q[:, head], (n × d_k)
     * @param k       keys K = X·W_K[:, head], (n × d_k)
     * @param v       values V = X·W_V[:, head], (n × d_v)
     * @param scores  raw scores Q·Kᵀ, (n × n)
     * @param scaled  scores ÷ √d_k when scaling is on, else equal to scores, (n × n)
     * @param weights row softmax of scaled (causal mask applied), (n × n); rows sum to 1
     * @param output  weights·V, (n × d_v)
     * @param dK      the head's d_k
     */
    public record Head(Matrix q, Matrix k, Matrix v, Matrix scores, Matrix scaled, Matrix weights, Matrix output,
                       int dK) implements java.io.Serializable {
    }
}
