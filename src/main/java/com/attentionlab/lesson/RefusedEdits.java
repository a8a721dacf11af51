package com.attentionlab.lesson;

import com.attentionlab.engine.Limits;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one channel for refused edits: per editable matrix, the message of each cell whose last edit was refused
 * (the cell keeps its last valid value meanwhile). A later valid edit of the cell, a new sentence (for X) or a
 * reset clears it. Views read it after every change; nothing else reports a refusal.
 */
public final class RefusedEdits {

    private final Map<Editable, SortedMap<Cell, String>> byMatrix = new EnumMap<>(Editable.class);

    /** The refused cells of one matrix and why, in row-major order (read-only). */
    public SortedMap<Cell, String> of(Editable m) {
        SortedMap<Cell, String> cells = byMatrix.get(m);
        return cells == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(cells);
    }

    public boolean isEmpty() {
        return byMatrix.values().stream().allMatch(Map::isEmpty);
    }

    /**
     * Why the text a learner typed into a cell is refused, or empty when it is taken.
     *
     * @param parsed the text read by {@link NumberGrammar}
     * @param kept   the cell's current value, which stays
     */
    static Optional<String> reason(String text, Optional<Double> parsed, Limits limits, double kept) {
        String clipped = text == null ? "" : text.length() <= 20 ? text : text.substring(0, 20) + "…";
        String keeps = "; kept " + NumberGrammar.format(kept);
        if (parsed.isEmpty()) {
            return Optional.of("\"" + clipped + "\" is not a number" + keeps);
        }
        if (!limits.allows(parsed.get())) {
            return Optional.of("\"" + clipped + "\" is outside ±" + (long) limits.maxAbsValue() + keeps);
        }
        return Optional.empty();
    }

    void refuse(Editable m, Cell cell, String message) {
        byMatrix.computeIfAbsent(m, e -> new TreeMap<>()).put(cell, message);
    }

    void accept(Editable m, Cell cell) {
        SortedMap<Cell, String> cells = byMatrix.get(m);
        if (cells != null) {
            cells.remove(cell);
        }
    }

    void clear(Editable m) {
        byMatrix.remove(m);
    }

    void clear() {
        byMatrix.clear();
    }
}
