package com.attentionlab.challenge;

import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Editable;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of a challenge.
 *
 * @param editable        the matrices the learner may change (of X, W_Q, W_K, W_V); a change anywhere else breaks
 *                        the rules
 * @param maxChangedCells most cells that may differ from the start, over all matrices; null for no limit
 * @param hidden          matrices the screen hides ("mystery W_K"); the check does not care
 * @param switches        whether the √d_k and causal-mask switches may be changed
 */
public record Constraints(Set<Editable> editable, Integer maxChangedCells, Set<Editable> hidden, boolean switches) {

    /** Anything goes: every matrix, no limit, nothing hidden, switches free. */
    public static final Constraints NONE = new Constraints(EnumSet.copyOf(CellEdit.MATRICES), null, Set.of(), true);

    public Constraints {
        editable = editable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(editable));
        hidden = hidden.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hidden));
    }

    /** The editable matrices in lesson order (X, W_Q, W_K, W_V). */
    public List<Editable> editableInOrder() {
        return CellEdit.MATRICES.stream().filter(editable::contains).toList();
    }

    /** Cells of X, W_Q, W_K, W_V and the biases that differ from the start (shapes assumed equal). */
    public static int changedCells(LessonState start, LessonState now) {
        int n = 0;
        for (Editable e : Editable.values()) {
            n += changed(e.of(start), e.of(now));
        }
        return n;
    }

    private static int changed(Matrix a, Matrix b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            return Math.max(a.rows() * a.cols(), b.rows() * b.cols());
        }
        int n = 0;
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                if (Double.doubleToLongBits(a.get(i, j)) != Double.doubleToLongBits(b.get(i, j))) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The rules {@code now} breaks, compared with {@code start}, each in words; empty when all are kept.
     */
    public List<String> broken(LessonState start, LessonState now) {
        List<String> out = new ArrayList<>();
        if (!start.tokens().equals(now.tokens())) {
            out.add("The sentence changed: this challenge is about “" + String.join(" ", start.tokens()) + "”.");
            return out;
        }
        if (start.heads() != now.heads() || !start.wq().shape().equals(now.wq().shape())
                || !start.wv().shape().equals(now.wv().shape()) || !start.x().shape().equals(now.x().shape())) {
            out.add("The lesson's shape changed: go back to the challenge's start.");
            return out;
        }
        for (Editable e : Editable.values()) {
            if (!editable.contains(e) && changed(e.of(start), e.of(now)) > 0) {
                out.add(e.label() + " was changed, but this challenge lets you edit only " + editableWords() + ".");
            }
        }
        if (!switches && (start.causal() != now.causal() || start.scale() != now.scale())) {
            out.add("The " + (start.causal() != now.causal() ? "causal-mask" : "√d_k") + " switch was changed; "
                    + "this challenge keeps it as it started.");
        }
        if (maxChangedCells != null) {
            int n = changedCells(start, now);
            if (n > maxChangedCells) {
                out.add(n + " cells differ from the start, but at most " + maxChangedCells + " may"
                        + (maxChangedCells == 1 ? " (one edit)." : "."));
            }
        }
        return out;
    }

    private String editableWords() {
        List<String> labels = editableInOrder().stream().map(Editable::label).toList();
        if (labels.isEmpty()) {
            return "nothing";
        }
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }

    /** "edit only X or W_K; at most 1 changed cell; W_K hidden". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add("edit " + (editable.size() == CellEdit.MATRICES.size() ? "any matrix" : "only " + editableWords()));
        if (maxChangedCells != null) {
            parts.add("at most " + maxChangedCells + (maxChangedCells == 1 ? " changed cell" : " changed cells"));
        }
        if (!hidden.isEmpty()) {
            parts.add(CellEdit.MATRICES.stream().filter(hidden::contains).map(Editable::label)
                    .collect(Collectors.joining(", ")) + " hidden");
        }
        return String.join("; ", parts);
    }
}
