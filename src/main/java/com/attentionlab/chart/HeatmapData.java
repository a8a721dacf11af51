package com.attentionlab.chart;

import java.util.List;

/**
 * What a {@link Heatmap} shows: plain data, no functions. The JS module owns the colour scale (viridis, colour-blind
 * safe), the cell size, the printed numbers and the tooltips.
 *
 * @param name      short name; the "Show numbers" table gets the id {@code matrix-<name>}
 * @param title     the chart's title, also its accessible name
 * @param rowLabels one label per row (query tokens)
 * @param colLabels one label per column (key tokens)
 * @param values    rows × cols finite numbers
 * @param min       value at the bottom of the colour scale
 * @param max       value at the top of the colour scale
 * @param digits    decimals printed in cells and tables
 * @param tooltip   tooltip text with {row}, {col} and {value} placeholders, e.g.
 *                  {@code score({row}, {col}) = q_{row} · k_{col} / √4 = {value}}
 * @param masked    rows × cols flags of cells masked out (drawn grey), or null
 * @param rowAxis   what the rows are, e.g. "query token"
 * @param colAxis   what the columns are, e.g. "key token"
 * @param marked    indices of labels (rows and columns alike) to mark, e.g. words the lesson does not know
 * @param markNote  what a mark means, read out with the label and shown on hover
 */
public record HeatmapData(String name, String title, List<String> rowLabels, List<String> colLabels,
                          double[][] values, double min, double max, int digits, String tooltip,
                          boolean[][] masked, String rowAxis, String colAxis, List<Integer> marked, String markNote) {

    public HeatmapData {
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException(values.length + " rows of values but " + rowLabels.size()
                    + " row labels");
        }
        for (double[] row : values) {
            if (row.length != colLabels.size()) {
                throw new IllegalArgumentException(row.length + " columns of values but " + colLabels.size()
                        + " column labels");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("a heatmap shows finite numbers only");
                }
            }
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
        rowLabels = List.copyOf(rowLabels);
        colLabels = List.copyOf(colLabels);
        marked = marked == null ? List.of() : List.copyOf(marked);
    }

    /** The value at row i, column j. */
    public double value(int i, int j) {
        return values[i][j];
    }
}
