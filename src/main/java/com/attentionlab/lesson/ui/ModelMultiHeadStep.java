package com.attentionlab.lesson.ui;

import com.attentionlab.chart.Heatmap;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.ModelNarration;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.html.Div;

import java.util.ArrayList;
import java.util.List;

/** Step 8 on a trained model's head: all 12 heads of the layer, each its own small heatmap of weights. */
class ModelMultiHeadStep extends StepPanel {

    private final List<Heatmap> heads = new ArrayList<>();
    private final List<Div> cards = new ArrayList<>();

    ModelMultiHeadStep(LessonPresenter presenter) {
        super(presenter, Step.MULTI_HEAD);
        add(narration);
        Div grid = new Div();
        grid.addClassName("heads-grid");
        for (int h = 0; h < presenter.modelHeads(); h++) {
            Heatmap map = new Heatmap("weights-h" + h);
            heads.add(map);
            Div card = card("Head " + (h + 1), "", map);
            cards.add(card);
            grid.add(card);
        }
        add(mainFigure(grid));
        text("One head answers one kind of question. This layer of the trained model runs 12 heads side by side, "
                        + "each with its own W_Q, W_K and W_V slices, on the same X. Their 12 outputs of 32 numbers "
                        + "are laid side by side (384 again) and mixed by one more learned matrix.",
                "Here are the weights of all 12 heads on this sentence, the trained weights, without your edits. "
                        + "Look for the different patterns: heads that look at the next or the previous piece, "
                        + "heads that look at [CLS] or [SEP], heads that link words.",
                ModelNarration.CAVEAT);
        formula("\\mathrm{MultiHead}(X) = [\\,\\mathrm{head}_1 \\,;\\, \\dots \\,;\\, \\mathrm{head}_{12}\\,]\\, W_O");
        refresh();
    }

    @Override
    void refresh() {
        var s = presenter.state();
        // the trained weights of the layer's heads, as the model computed them (shared, cached with the sentence's
        // run): this tab keeps no 12-head trace of its own
        var heads12 = presenter.modelRun().trace().layer(presenter.modelHead().orElseThrow().layer()).heads();
        int current = presenter.modelHead().map(r -> r.head()).orElse(-1);
        int layer = presenter.modelHead().map(r -> r.layer()).orElse(0);
        int focus = ModelNarration.focus(s.tokens());
        StringBuilder sb = new StringBuilder("Where ").append('\u201c').append(s.tokens().get(focus))
                .append("\u201d looks most in each head of layer ").append(layer + 1).append(": ");
        for (int h = 0; h < heads.size() && h < heads12.size(); h++) {
            // four decimals are all a small heatmap shows (two on hover), and they keep this tab's twelve maps small
            var f = heads12.get(h).attentionWeights();
            var w = com.attentionlab.engine.Matrix.build(f.rows(), f.cols(),
                    (i, j) -> Math.round(f.get(i, j) * 1e4) / 1e4);
            heads.get(h).setData(Labels.weights("weights-h" + h, "Layer " + (layer + 1) + ", head " + (h + 1)
                    + (h == current ? " (this lesson's head)" : ""), s, w));
            cards.get(h).setClassName("current-head", h == current);
            int top = 0;
            for (int j = 1; j < w.cols(); j++) {
                top = w.get(focus, j) > w.get(focus, top) ? j : top;
            }
            sb.append(h > 0 ? ", " : "").append(h + 1).append(" \u2192 \u201c").append(s.tokens().get(top))
                    .append("\u201d");
        }
        narration.setText(sb.append(".").toString());
    }

}
