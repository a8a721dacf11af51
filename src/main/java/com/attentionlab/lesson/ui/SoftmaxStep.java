package com.attentionlab.lesson.ui;

import com.attentionlab.chart.BarChart;
import com.attentionlab.chart.Heatmap;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.ModelNarration;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Readings;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Locale;

/** Step 5: softmax turns each row of scores into weights that sum to 1; one row as a bar chart. */
class SoftmaxStep extends StepPanel {

    private final Heatmap weights = new Heatmap("weights");
    private final TokenPicker picker = new TokenPicker("softmax-token", "Show the row of:");
    private final BarChart bars = new BarChart("bars-weights");
    private final Paragraph sums = new Paragraph();

    SoftmaxStep(LessonPresenter presenter) {
        super(presenter, Step.SOFTMAX);
        text("Scores can be any size and any sign. To use them as a recipe for mixing, each row goes through a "
                        + "softmax: take e to the power of every score, then divide by the row's total. Every "
                        + "weight ends up positive, and each row sums to exactly 1.",
                "Big scores win big: a gap of 1 in score means a factor of e ≈ 2.7 in weight. Pick a token (or "
                        + "click a row of the heatmap) to see its row as bars.");
        formula("w_{ij} = \\frac{e^{\\mathrm{score}(i, j)}}{\\sum_{j'} e^{\\mathrm{score}(i, j')}}");
        figures(mainFigure(card("Attention weights", "Row i: how token i splits its attention.", weights)),
                card("One row", "", picker, bars, narration));
        if (model) {
            explanation("What this head learned", ModelNarration.CAVEAT);
        }
        sums.addClassName("note");
        add(sums);
        picker.addPickListener(e -> refresh());
        weights.addCellClickListener(e -> {
            picker.select(e.row(), false);
            refresh();
        });
        refresh();
    }

    @Override
    void refresh() {
        var s = presenter.state();
        var w = presenter.trace().head().weights();
        weights.setData(Labels.weights("weights", "Attention weights softmax(scores)", s, w));
        picker.setTokens(s.tokens(), "it");
        int i = picker.selected();
        String token = s.tokens().get(i);
        bars.setData("Weights of \"" + token + "\"", s.tokens(), TokenPicker.row(w, i), 0, 1, 2, i);
        narration.setText(Narration.softmax(s, presenter.trace(), i));
        Readings.Range sumsRange = Readings.rowSums(w);
        sums.setText("Every row sums to 1 (smallest row sum "
                + String.format(Locale.ROOT, "%.12f", sumsRange.min()) + ", largest "
                + String.format(Locale.ROOT, "%.12f", sumsRange.max()) + ")."
                + (s.causal() ? " The causal mask is on: grey cells are masked and get weight 0." : ""));
    }
}
