package com.attentionlab.lesson.ui;

import com.attentionlab.chart.HeatmapData;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.Vocabulary;

import java.util.Arrays;
import java.util.List;

/**
 * The data of the figures of a trained model's head: X (T × 384) and the weight slices (384 × 32, shown turned, 32
 * rows × 384 columns, so that their columns line up with X's) as {@link com.attentionlab.chart.WeightMap}s; Q, K, V
 * and the biases as small heatmaps. Values are rounded for the browser (the tooltips print 3 decimals); the colour
 * scale is symmetric and spans the 99th percentile of |value| (a few outlier dimensions of X would wash out the
 * rest), so the extremes saturate.
 */
final class ModelFigures {

    static final int DIGITS = 3;

    private ModelFigures() {
    }

    /** X: one row per piece, one column per dimension. */
    static HeatmapData x(LessonState s) {
        return big("x", "X (" + s.x().rows() + " × " + s.dModel() + ")", s.tokens(),
                Vocabulary.dimensionNames(s.dModel()), s.x(), "X[{row}, {col}] = {value}", "piece", "dimension");
    }

    /** W_Q, W_K or W_V turned: one row per column of the head (q0…q31), one column per dimension of X. */
    static HeatmapData weights(Editable e, LessonState s) {
        Matrix w = e.of(s);
        List<String> heads = InputMatrices.colLabels(e, s);
        return big(e.id(), e.label() + " (" + w.rows() + " × " + w.cols() + "), turned", heads,
                Vocabulary.dimensionNames(s.dModel()), w.transpose(), e.label() + "[{col}, {row}] = {value}",
                "head column", "dimension of X");
    }

    /** Q, K or V of the head (T × 32), or a bias (1 × 32), as a small heatmap. */
    static HeatmapData small(String name, String title, List<String> rows, List<String> cols, Matrix m,
                             String tooltip) {
        double r = range(m);
        return new HeatmapData(name, title, rows, cols, rounded(m), -r, r, 2, tooltip, null, "", "", List.of(), "");
    }

    private static HeatmapData big(String name, String title, List<String> rows, List<String> cols, Matrix m,
                                   String tooltip, String rowAxis, String colAxis) {
        double r = range(m);
        return new HeatmapData(name, title, rows, cols, rounded(m), -r, r, DIGITS, tooltip, null, rowAxis, colAxis,
                List.of(), "");
    }

    /** The 99th percentile of |value| (at least 1e-6), the colour scale's end. */
    static double range(Matrix m) {
        double[] abs = Arrays.stream(m.toArray()).flatMapToDouble(Arrays::stream).map(Math::abs).sorted().toArray();
        if (abs.length == 0) {
            return 1;
        }
        double p = abs[Math.min(abs.length - 1, (int) Math.floor(0.99 * (abs.length - 1)))];
        return Math.max(1e-6, Math.round(p * 1000) / 1000.0);
    }

    private static double[][] rounded(Matrix m) {
        double[][] v = m.toArray();
        for (double[] row : v) {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.round(row[j] * 1000) / 1000.0;
            }
        }
        return v;
    }
}
