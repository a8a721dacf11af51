package com.attentionlab.lesson.ui;

import com.attentionlab.chart.Heatmap;
import com.attentionlab.chart.WeightMap;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.ModelNarration;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Step 3 on a trained model's head: Q = X·W_Q + b_Q (likewise K, V), each T × 32, as heatmaps; the head's slices
 * W_Q, W_K, W_V (384 × 32) turned to 32 × 384 so that their columns line up with X's; the biases. A click on a
 * cell of a slice or a bias opens the {@link CellEditor} for it (as a presenting teacher's click does).
 */
class ModelProjectionStep extends StepPanel {

    private final Heatmap q = new Heatmap("q");
    private final Heatmap k = new Heatmap("k");
    private final Heatmap v = new Heatmap("v");
    private final Map<Editable, WeightMap> slices = new EnumMap<>(Editable.class);
    private final Map<Editable, Heatmap> biases = new EnumMap<>(Editable.class);

    ModelProjectionStep(LessonPresenter presenter) {
        super(presenter, Step.PROJECTION);
        formula("Q = X W_Q + b_Q, \\qquad K = X W_K + b_K, \\qquad V = X W_V + b_V");
        mainFigure(figures(card("Query Q", "", q), card("Key K", "", k), card("Value V", "", v)))
                .addClassName("model-qkv");
        add(narration);
        text("Each token plays three roles, each a different view of its row of X made with a learned weight "
                        + "matrix: Q = X·W_Q + b_Q, and likewise K and V. This head's slices of the layer's weights "
                        + "are 384 × 32: every token's 384 numbers become 32 for its query, 32 for its key and 32 "
                        + "for its value. A trained model also adds a bias b, one learned number per column.",
                "Below, each slice is turned on its side (32 rows × 384 columns) so that its columns line up with "
                        + "X's: a query column q_c is row c of the turned W_Q, multiplied cell by cell with a row "
                        + "of X and added up, plus b_Q[c].");
        Paragraph edit = new Paragraph("Hover a cell to see its value; click one (or Tab to a map, move with the "
                + "arrow keys and press Enter) to change it. " + ModelNarration.ONLY_THIS_HEAD);
        edit.setId("model-edit-hint");
        edit.addClassName("note");
        add(edit);
        Div maps = new Div();
        maps.addClassName("model-slices");
        for (Editable e : List.of(Editable.WQ, Editable.WK, Editable.WV)) {
            WeightMap map = new WeightMap(e.id());
            map.addCellClickListener(ev -> edit(e, ev.col(), ev.row())); // turned: row = head column, col = dim
            slices.put(e, map);
            maps.add(map);
        }
        add(maps);
        Div bias = new Div();
        bias.addClassName("model-biases");
        for (Editable e : List.of(Editable.BQ, Editable.BK, Editable.BV)) {
            Heatmap map = new Heatmap(e.id());
            map.addCellClickListener(ev -> edit(e, ev.row(), ev.col()));
            biases.put(e, map);
            bias.add(map);
        }
        explanation("The biases b_Q, b_K, b_V", "One number per column of the head, added to every "
                + "token's query, key or value. Click one to change it.");
        add(bias);
        refresh();
    }

    private void edit(Editable e, int row, int col) {
        new CellEditor(presenter, e, row, col).open();
    }

    @Override
    void refresh() {
        var s = presenter.state();
        var h = presenter.trace().head();
        q.setData(small("q", "Q = X·W_Q + b_Q", s.tokens(), h.q(), "q"));
        k.setData(small("k", "K = X·W_K + b_K", s.tokens(), h.k(), "k"));
        v.setData(small("v", "V = X·W_V + b_V", s.tokens(), h.v(), "v"));
        slices.forEach((e, map) -> map.setData(ModelFigures.weights(e, s)));
        biases.forEach((e, map) -> map.setData(ModelFigures.small(e.id(), e.label(), List.of(e.label()),
                InputMatrices.colLabels(e, s), e.of(s), e.label() + "[{col}] = {value}")));
        narration.setText(Narration.projection(s, presenter.trace()));
    }

    private static com.attentionlab.chart.HeatmapData small(String name, String title, List<String> tokens,
                                                            Matrix m, String prefix) {
        return ModelFigures.small(name, title, tokens, Labels.columns(prefix, m.cols()), m,
                prefix.toUpperCase() + "[{row}, {col}] = {value}");
    }
}
