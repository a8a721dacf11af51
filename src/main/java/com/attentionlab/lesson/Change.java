package com.attentionlab.lesson;

import com.attentionlab.engine.Matrix;
import com.attentionlab.share.SharedLesson;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed from one lesson to the next, said the way a teacher would ("W_K[cat, k0]: 0.30 → 1.50"), with the
 * changed cells of each input matrix, so that a screen can name the change and highlight it for a few seconds.
 *
 * @param text  one line for people
 * @param cells the changed cells of X, W_Q, W_K, W_V (none when the whole lesson changed)
 */
public record Change(String text, Map<Editable, List<Cell>> cells) {

    public Change {
        cells = Map.copyOf(cells);
    }

    /** The change from {@code before} to {@code after}, or empty when they are the same lesson. */
    public static Optional<Change> between(SharedLesson before, SharedLesson after) {
        if (before == null || before.equals(after)) {
            return Optional.empty();
        }
        var a = before.state();
        var b = after.state();
        if (before.onModel() != after.onModel()) {
            return Optional.of(new Change(after.onModel() ? "Now on the trained model all-MiniLM-L6-v2"
                    : "Back to the hand-made lesson", Map.of()));
        }
        if (after.onModel() && (before.model().layer() != after.model().layer()
                || before.model().head() != after.model().head())) {
            return Optional.of(new Change(ModelNarration.headName(after.model().layer(), after.model().head())
                    + " of the trained model", Map.of()));
        }
        if (!a.tokens().equals(b.tokens())) {
            return Optional.of(new Change("New sentence: " + after.sentence(), Map.of()));
        }
        if (!before.presetId().equals(after.presetId()) || before.seed() != after.seed()) {
            return Optional.of(new Change("New weights: " + Preset.fromId(after.presetId()).map(p -> p.label(after.seed()))
                    .orElse(after.presetId()), Map.of()));
        }
        if (a.scale() != b.scale()) {
            return Optional.of(new Change(b.scale() ? "Scores divided by √d_k again" : "Scores no longer divided by √d_k",
                    Map.of()));
        }
        if (a.causal() != b.causal()) {
            return Optional.of(new Change(b.causal() ? "Causal mask on: tokens look back only" : "Causal mask off",
                    Map.of()));
        }
        if (before.onModel() != after.onModel()
                || after.onModel() && !before.model().unedited().equals(after.model().unedited())) {
            // another head of the model: every weight differs, so name the head, not thousands of cells
            return Optional.of(new Change(after.onModel() ? "Now layer " + (after.model().layer() + 1) + ", head "
                    + (after.model().head() + 1) + " of the trained model" : "Back to the hand-made lesson", Map.of()));
        }
        Map<Editable, List<Cell>> cells = new EnumMap<>(Editable.class);
        List<String> lines = new ArrayList<>();
        for (Editable m : Editable.values()) {
            Matrix x = m.of(a);
            Matrix y = m.of(b);
            if (x.rows() != y.rows() || x.cols() != y.cols()) {
                return Optional.of(new Change("New lesson", Map.of()));
            }
            List<Cell> changed = new ArrayList<>();
            for (int i = 0; i < x.rows(); i++) {
                for (int j = 0; j < x.cols(); j++) {
                    if (Double.compare(x.get(i, j), y.get(i, j)) != 0) {
                        changed.add(new Cell(i, j));
                        lines.add(cellName(m, after, i, j) + ": "
                                + Narration.f(x.get(i, j)) + " → " + Narration.f(y.get(i, j)));
                    }
                }
            }
            if (!changed.isEmpty()) {
                cells.put(m, List.copyOf(changed));
            }
        }
        if (lines.isEmpty()) {
            return Optional.of(new Change("The lesson changed", Map.of()));
        }
        String text = lines.size() == 1 ? lines.get(0) : lines.get(0) + " and " + (lines.size() - 1) + " more";
        return Optional.of(new Change(text, cells));
    }

    /** A cell the way a teacher names it: {@code W_K[cat, k0]} (X's rows are tokens, W's are the features). */
    public static String cellName(Editable m, SharedLesson l, int row, int col) {
        return m.label() + "[" + rowLabel(m, l, row) + ", " + colLabel(m, l, col) + "]";
    }

    private static String rowLabel(Editable m, SharedLesson l, int i) {
        if (m.isBias()) {
            return "bias";
        }
        return m == Editable.X ? l.state().tokens().get(i) : Vocabulary.dimensionNames(l.state().dModel()).get(i);
    }

    private static String colLabel(Editable m, SharedLesson l, int j) {
        return switch (m) {
            case X -> Vocabulary.dimensionNames(l.state().dModel()).get(j);
            case WQ, BQ -> "q" + j;
            case WK, BK -> "k" + j;
            case WV, BV -> "v" + j;
        };
    }
}
