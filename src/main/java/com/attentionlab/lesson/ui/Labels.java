package com.attentionlab.lesson.ui;

import com.attentionlab.chart.HeatmapData;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Readings;
import com.attentionlab.lesson.Vocabulary;

import java.util.ArrayList;
import java.util.List;

/** Axis labels and heatmap data for the lesson's matrices. */
final class Labels {

    private Labels() {
    }

    /** {@code prefix0, prefix1, …} for the columns of a projection. */
    static List<String> columns(String prefix, int count) {
        List<String> out = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            out.add(prefix + j);
        }
        return out;
    }

    static String format(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }

    /** Words the hand-made lesson does not know (a trained model's pieces are all known to it: none). */
    static List<Integer> marks(LessonState s) {
        return s.dModel() == Vocabulary.D_MODEL ? Vocabulary.unknown(s.tokens()) : List.of();
    }

    /** Heatmap of raw or scaled scores, its colour scale spanning the values. */
    static HeatmapData scores(String name, String title, LessonState s, Matrix m, int dK, boolean scaled) {
        String formula = scaled && s.scale()
                ? "score({row}, {col}) = q_{row} · k_{col} / √" + dK + " = {value}"
                : "score({row}, {col}) = q_{row} · k_{col} = {value}";
        Readings.Range range = Readings.values(m);
        double min = Math.min(0, range.min());
        double max = Math.max(min + 1e-9, range.max());
        return new HeatmapData(name, title, s.tokens(), s.tokens(), m.toArray(), min, max, 2, formula,
                null, "query token (asks)", "key token (is looked at)",
                marks(s), Vocabulary.UNKNOWN_NOTE);
    }

    /** Heatmap of attention weights on a fixed 0..1 scale; masked cells flagged when causal. */
    static HeatmapData weights(String name, String title, LessonState s, Matrix w) {
        boolean[][] masked = null;
        if (s.causal()) {
            masked = new boolean[w.rows()][w.cols()];
            for (int i = 0; i < w.rows(); i++) {
                for (int j = i + 1; j < w.cols(); j++) {
                    masked[i][j] = true;
                }
            }
        }
        return new HeatmapData(name, title, s.tokens(), s.tokens(), w.toArray(), 0, 1, 2,
                "weight({row} → {col}) = {value}", masked, "query token (asks)", "key token (is looked at)",
                marks(s), Vocabulary.UNKNOWN_NOTE);
    }

}
