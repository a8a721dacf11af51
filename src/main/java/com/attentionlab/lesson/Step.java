package com.attentionlab.lesson;

import java.util.Arrays;
import java.util.Optional;

/** The lesson's steps, in order: the one list of them (slug in {@code /lesson/{step}}, title, summary). */
public enum Step {
    INTUITION("intuition", "Why attention", "the question every token asks"),
    EMBEDDING("embedding", "Embeddings", "the matrix X, one row per token, one named dimension per column"),
    PROJECTION("projection", "Q, K, V", "three projections of every token: queries, keys and values"),
    SCORES("scores", "Scores", "Q·Kᵀ / √d_k: how well each query matches each key, and why we divide"),
    SOFTMAX("softmax", "Softmax", "scores become weights that sum to 1"),
    WEIGHTED_SUM("weighted-sum", "Weighted sum", "each token gathers the values it attends to"),
    FLOW("flow", "Attention flow", "the whole picture as green lines between tokens"),
    MULTI_HEAD("multi-head", "Multi-head", "a look at the next lesson: several heads side by side");

    private final String slug;
    private final String title;
    private final String summary;

    Step(String slug, String title, String summary) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
    }

    /** What the step teaches, in a few words (the start page and the lesson's road map list these). */
    public String summary() {
        return summary;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** 1-based position, for "step 3 of 8". */
    public int number() {
        return ordinal() + 1;
    }

    public Optional<Step> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<Step> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    public static Optional<Step> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}
