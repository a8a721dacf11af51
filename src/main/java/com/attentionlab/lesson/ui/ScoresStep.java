package com.attentionlab.lesson.ui;

import com.attentionlab.chart.Heatmap;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Readings;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Map;

/** Step 4: raw scores Q·Kᵀ and scaled scores ÷ √d_k. */
class ScoresStep extends StepPanel {

    private final Heatmap scores = new Heatmap("scores");
    private final Heatmap scaled = new Heatmap("scaled");
    private final Paragraph spread = new Paragraph();
    private final MatrixGrid q = new MatrixGrid("q", "Q", false);
    private final MatrixGrid k = new MatrixGrid("k", "K", false);

    ScoresStep(LessonPresenter presenter) {
        super(presenter, Step.SCORES);
        q.setMarkUnknown(!model);
        k.setMarkUnknown(!model);
        text("Now every token asks its question of every token, itself included. The answer is a dot product: "
                        + "multiply a query with a key element by element and add up. Query and key pointing the "
                        + "same way give a big positive score; pointing apart gives a negative one.",
                "Row i of the heatmap is token i asking; column j is token j being looked at.");
        add(narration);
        formula("\\mathrm{score}(i, j) = \\frac{q_i \\cdot k_j}{\\sqrt{d_k}}");
        figures(card("Queries Q", "Row i asks.", q),
                card("Keys K", "Row j answers. Hover a score to see its query and key rows.", k));
        figures(card("Raw scores Q·Kᵀ", "Every query against every key.", scores),
                mainFigure(card("Scaled scores", "Divided by √d_k (scaling can be switched off).", scaled)));
        explanation("Why divide by √d_k?", "A dot product adds up d_k terms, so with more dimensions the "
                        + "scores grow and the softmax in the next step saturates: one weight near 1, the rest near "
                        + "0, and learning stalls. Dividing by √d_k keeps the scores in a calm range. Turn scaling "
                        + "off and watch the softmax step become more extreme.",
                "The causal mask switch lets each token look only backwards, as in GPT-style decoders that "
                        + "write text one token at a time. It acts at the softmax step: masked cells get weight 0.");
        spread.addClassName("note");
        add(spread);
        refresh();
    }

    @Override
    void refresh() {
        var s = presenter.state();
        var h = presenter.trace().head();
        q.show(h.q(), s.tokens(), true, Labels.columns("q", h.q().cols()), Map.of());
        k.show(h.k(), s.tokens(), true, Labels.columns("k", h.k().cols()), Map.of());
        scores.setData(Labels.scores("scores", "Raw scores Q·Kᵀ", s, h.scores(), h.dK(), false));
        scaled.setData(Labels.scores("scaled", s.scale() ? "Scaled scores Q·Kᵀ / √" + h.dK()
                : "Scaled scores (scaling is off: equal to the raw scores)", s, h.scaled(), h.dK(), true));
        narration.setText(Narration.scores(s, presenter.trace()));
        Readings.Range range = Readings.values(h.scaled());
        spread.setText("Scaled scores range from " + Labels.format(range.min()) + " to "
                + Labels.format(range.max()) + (s.scale() ? " (÷ √" + h.dK() + " = ÷ "
                + Labels.format(Math.sqrt(h.dK())) + ")." : " (scaling is off)."));
    }
}
