package com.attentionlab.challenge;

import java.util.Arrays;
import java.util.Optional;

/** How hard a challenge is, from a one-edit warm-up to a head built from scratch. */
public enum Level {
    WARM_UP("warm-up", "Warm-up"),
    PRACTICE("practice", "Practice"),
    PUZZLE("puzzle", "Puzzle"),
    BUILD("build", "Build a head");

    private final String id;
    private final String label;

    Level(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name in files: {@code warm-up}, {@code practice}, {@code puzzle}, {@code build}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Level> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
