package com.attentionlab.share;

import java.util.List;
import java.util.Objects;

/**
 * A lesson on one head of a trained model, as a link carries it: which model, layer and head (0-based), and the
 * cells the learner changed. Never the weights themselves: the app has the model, and the link stays short.
 *
 * @param model the model's id ({@code minilm})
 * @param layer 0-based layer
 * @param head  0-based head within the layer
 * @param edits changed cells of the head's W_Q, W_K, W_V slices and biases, oldest first
 */
public record ModelRef(String model, int layer, int head, List<Edit> edits) {

    /** Most edits a link carries; the oldest give way. */
    public static final int MAX_EDITS = 64;

    public ModelRef {
        Objects.requireNonNull(model, "model");
        edits = List.copyOf(edits);
        if (layer < 0 || head < 0) {
            throw new IllegalArgumentException("layer and head are 0-based and not negative");
        }
        if (edits.size() > MAX_EDITS) {
            throw new IllegalArgumentException("at most " + MAX_EDITS + " edits");
        }
    }

    public ModelRef(String model, int layer, int head) {
        this(model, layer, head, List.of());
    }

    /**
     * One changed cell.
     *
     * @param matrix {@code wq}, {@code wk}, {@code wv}, {@code bq}, {@code bk} or {@code bv}
     */
    public record Edit(String matrix, int row, int col, double value) {
        public static final List<String> MATRICES = List.of("wq", "wk", "wv", "bq", "bk", "bv");

        public Edit {
            if (!MATRICES.contains(matrix)) {
                throw new IllegalArgumentException("no model matrix " + matrix);
            }
        }
    }

    /** These edits and {@code e}, replacing an earlier edit of the same cell (the oldest give way past the cap). */
    public ModelRef with(Edit e) {
        java.util.ArrayList<Edit> next = new java.util.ArrayList<>(edits);
        next.removeIf(x -> x.matrix().equals(e.matrix()) && x.row() == e.row() && x.col() == e.col());
        next.add(e);
        while (next.size() > MAX_EDITS) {
            next.remove(0);
        }
        return new ModelRef(model, layer, head, next);
    }

    /** The same head without edits. */
    public ModelRef unedited() {
        return new ModelRef(model, layer, head);
    }
}
