package com.attentionlab.lesson.ui;

import com.attentionlab.chart.Heatmap;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Step;

import java.util.Map;

/** Step 8: a look ahead: two heads with their own weights, side by side. */
class MultiHeadStep extends StepPanel {

    private final Heatmap head0 = new Heatmap("weights-h0");
    private final Heatmap head1 = new Heatmap("weights-h1");
    private final MatrixGrid output = new MatrixGrid("output", "Concatenated output", false);

    MultiHeadStep(LessonPresenter presenter) {
        super(presenter, Step.MULTI_HEAD);
        text("One head answers one kind of question. Real transformers run several heads side by side, each with "
                        + "its own W_Q, W_K and W_V, so that one head can resolve pronouns while another tracks word "
                        + "order. That is the next lesson; here is a preview.",
                "Head 0 uses the lesson's own weights, the ones you edit. Head 1 uses the \"previous token\" "
                        + "weights: its queries look for the position just before their own. The two outputs are "
                        + "laid side by side.");
        formula("\\mathrm{MultiHead}(X) = [\\,\\mathrm{head}_0 \\,;\\, \\mathrm{head}_1\\,], \\quad "
                + "\\mathrm{head}_h = \\mathrm{softmax}\\!\\left(\\frac{X W_Q^{(h)} (X W_K^{(h)})^\\top}{\\sqrt{d_k}}"
                + "\\right) X W_V^{(h)}");
        add(narration);
        mainFigure(figures(card("Head 0: your weights", "", head0), card("Head 1: previous token", "", head1)))
                .addClassName("heads");
        figures(card("Both heads' outputs side by side", "Columns 0-3 from head 0, 4-7 from head 1.",
                output));
        refresh();
    }

    @Override
    void refresh() {
        var t = presenter.multiHeadTrace();
        var s = presenter.state();
        head0.setData(Labels.weights("weights-h0", "Head 0 weights", s, t.heads().get(0).weights()));
        head1.setData(Labels.weights("weights-h1", "Head 1 weights", s, t.heads().get(1).weights()));
        output.show(t.output(), s.tokens(), true, Labels.columns("out", t.output().cols()), Map.of());
        narration.setText(Narration.multiHead(s, t));
    }
}
