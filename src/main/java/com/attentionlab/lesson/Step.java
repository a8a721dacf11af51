package com.attentionlab.lesson;

import java.util.Arrays;
import java.util.Optional;

/** The lesson's steps, in order, with the slug used in {@code /lesson/{step}}. */
public enum Step {
    INTUITION("intuition", "Why attention"),
    EMBEDDING("embedding", "Embeddings"),
    PROJECTION("projection", "Q, K, V"),
    SCORES("scores", "Scores"),
    SOFTMAX("softmax", "Softmax"),
    WEIGHTED_SUM("weighted-sum", "Weighted sum"),
    FLOW("flow", "Attention flow"),
    MULTI_HEAD("multi-head", "Multi-head");

    private final String slug;
    private final String title;

    Step(String slug, String title) {
        this.slug = slug;
        this.title = title;
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
