package com.attentionlab.lesson.ui;

import com.attentionlab.chart.BarChart;
import com.attentionlab.chart.Heatmap;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Readings;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Map;

/** Step 6: output = weights·V; one token's mix of the value vectors. */
class WeightedSumStep extends StepPanel {

    private final MatrixGrid v = new MatrixGrid("v", "V", false);
    private final Heatmap weights = new Heatmap("weights");
    private final MatrixGrid output = new MatrixGrid("output", "Output", false);
    private final TokenPicker picker = new TokenPicker("sum-token", "Explain the output of:");
    private final BarChart bars = new BarChart("bars-mix");
    private final MatrixGrid contributions = new MatrixGrid("contrib", "Weighted values", false);
    private final Paragraph reading = new Paragraph();

    WeightedSumStep(LessonPresenter presenter) {
        super(presenter, Step.WEIGHTED_SUM);
        v.setMarkUnknown(!model);
        output.setMarkUnknown(!model);
        contributions.setMarkUnknown(!model);
        text("The last move: each token collects information. Its output is a blend of all value vectors, and the "
                        + "weights from the softmax say how much of each goes into the blend.",
                model ? "Each output row has 32 numbers: this head's contribution. The layer lays its 12 heads' "
                        + "outputs side by side and mixes them into the next X; what each of the 32 numbers means "
                        + "was learned, and has no name."
                        : "In the default lesson the output of \"it\" is mostly the value of \"cat\": after "
                        + "attention, \"it\" carries cat's \"living\" feature. This is the information travelling "
                        + "along the green lines of the next step.");
        formula("\\mathrm{output}_i = \\sum_j w_{ij}\\, v_j \\qquad\\text{i.e.}\\qquad \\mathrm{Output} = W V");
        figures(card("Weights", "From the softmax step: row i is how much token i takes from each.",
                        weights),
                card("Values V", "What each token offers.", v),
                mainFigure(card("Output = weights · V", "Hover a cell: its row of weights and all of V light up.",
                        output)));
        figures(card("One token's mix", "", picker, bars, narration, reading),
                card("w_ij · v_j, one row per token j", "These rows add up to the token's output row.",
                        contributions));
        picker.addPickListener(e -> refresh());
        refresh();
    }

    @Override
    void refresh() {
        var s = presenter.state();
        var h = presenter.trace().head();
        v.show(h.v(), s.tokens(), true, Labels.columns("v", h.v().cols()), Map.of());
        weights.setData(Labels.weights("weights", "Attention weights", s, h.weights()));
        output.show(h.output(), s.tokens(), true, Labels.columns("out", h.output().cols()), Map.of());
        picker.setTokens(s.tokens(), "it");
        int i = picker.selected();
        String token = s.tokens().get(i);
        bars.setData("How much of each value \"" + token + "\" takes", s.tokens(), TokenPicker.row(h.weights(), i),
                0, 1, 2, i);
        contributions.show(Readings.contributions(h.weights(), h.v(), i), s.tokens(), true,
                Labels.columns("v", h.v().cols()), Map.of());
        narration.setText(Narration.weightedSum(s, presenter.trace(), i));
        StringBuilder sb = new StringBuilder("Output of \"").append(token).append("\" = (");
        for (int c = 0; c < h.output().cols(); c++) {
            sb.append(c > 0 ? ", " : "").append(Labels.format(h.output().get(i, c)));
        }
        reading.setText(sb.append(")").toString());
    }
}
