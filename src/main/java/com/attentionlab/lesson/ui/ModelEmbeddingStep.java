package com.attentionlab.lesson.ui;

import com.attentionlab.chart.WeightMap;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.ModelNarration;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.Vocabulary;
import com.vaadin.flow.component.html.Paragraph;

/** Step 2 on a trained model's head: the WordPiece pieces, and X (T × 384) as a heatmap. */
class ModelEmbeddingStep extends StepPanel {

    private final TokenRow pieces = new TokenRow("The pieces the model reads");
    private final WeightMap x = new WeightMap("x");
    private final Paragraph reading = new Paragraph();

    ModelEmbeddingStep(LessonPresenter presenter) {
        super(presenter, Step.EMBEDDING);
        Paragraph note = new Paragraph(ModelNarration.PIECES);
        note.setId("pieces-note");
        note.addClassName("note");
        add(pieces, note);
        add(mainFigure(card("X: one row per piece, 384 columns", "Colours run from dark purple (negative) through green to "
                + "yellow (positive). Use + and − to zoom; the cells scroll sideways.", x)));
        reading.addClassName("note");
        add(narration, reading);
        text("Attention starts from X: one row per token, one column per dimension. In this trained model every "
                        + "token is a row of 384 numbers. Nobody chose what they mean: training did, and no single "
                        + "column has a name like \u201cliving\u201d or \u201cnoun\u201d.",
                "For the first layer, X is the model's learned embedding of each piece plus one for its position, "
                        + "layer-normalized. For a later layer, X is what the layers before it made of each piece, "
                        + "so it already mixes in context.",
                "X is not editable here: it comes from the layers before. Edit the head's weights instead.");
        refresh();
    }

    @Override
    void refresh() {
        var s = presenter.state();
        pieces.show(s.tokens());
        x.setData(ModelFigures.x(s));
        narration.setText(Narration.embedding(s, Vocabulary.dimensionNames(s.dModel())));
        presenter.modelHead().ifPresent(ref -> reading.setText(ModelNarration.embedding(ref.layer(), s)));
    }
}
