package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.Vocabulary;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Map;

/** Step 2: X, one normalized row per token; optionally the raw embedding and how layer norm produced X. */
class EmbeddingStep extends StepPanel {

    private final MatrixGrid raw = new MatrixGrid("raw", "Raw embedding", false);
    private final Div rawBox = new Div();
    private final Paragraph edited = new Paragraph();

    EmbeddingStep(LessonPresenter presenter) {
        super(presenter, Step.EMBEDDING);
        text("Attention starts from X: one row per token, one column per dimension. Real models use hundreds of "
                        + "dimensions that nobody can name; ours has eight you can read: six for meaning (living, "
                        + "noun, pronoun, action, state, grammar) and two for position: the cosine and sine of 0.25 "
                        + "times the token's place in the sentence. Turning 0.25 radians per token, the 24 places a "
                        + "sentence can have all point in different directions, and neighbours point almost the "
                        + "same way, so order is not lost and \"the token just before me\" can be found.",
                "Layer normalization (the previous lesson) acts on the six meaning columns; the two position "
                        + "columns stay as they are. A real model normalizes meaning and position together and has "
                        + "hundreds of dimensions to spare; with our eight, normalizing them together would shift "
                        + "each token's position by an amount that depends on its word.",
                "Every cell of X can be edited, and every later step follows. Make \"it\" a little more "
                        + "\"living\" and watch the later steps react.");
        add(mainFigure(card("X: one row per token", "Six columns of meaning, two of position.",
                inputCopy(Editable.X))));
        add(narration);
        formula("X = [\\,\\mathrm{LayerNorm}(E_{\\text{word}}) \\;;\\; E_{\\text{position}}\\,] \\in \\mathbb{R}^{n \\times d_{model}}, "
                + "\\quad E_{\\text{position}}(i) = (\\cos 0.25\\,i,\\ \\sin 0.25\\,i)");
        Checkbox showRaw = new Checkbox("Show the raw embedding and how layer normalization produced X");
        showRaw.setId("raw-toggle");
        add(showRaw);
        rawBox.addClassName("raw-box");
        rawBox.add(new Paragraph("Before normalization each token's vector is just its word's meaning next to its "
                + "position. Layer normalization (the previous lesson) then shifts each row's meaning to mean 0 and "
                + "scales it to variance 1, so no token shouts louder than another."));
        rawBox.add(new Formula("\\mathrm{LayerNorm}(x) = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\varepsilon}},\\quad "
                + "\\mu = \\tfrac{1}{d}\\textstyle\\sum_j x_j,\\ \\sigma^2 = \\tfrac{1}{d}\\sum_j (x_j - \\mu)^2"));
        rawBox.add(raw);
        rawBox.setVisible(false);
        showRaw.addValueChangeListener(e -> rawBox.setVisible(e.getValue()));
        add(rawBox);
        edited.addClassName("note");
        add(edited);
        refresh();
    }

    @Override
    void refresh() {
        var s = presenter.state();
        refreshInputCopies();
        raw.show(Vocabulary.rawEmbedding(s.tokens()), s.tokens(), true, Vocabulary.dimensionNames(s.dModel()),
                Map.of());
        narration.setText(Narration.embedding(s, Vocabulary.dimensionNames(s.dModel())));
        boolean fromVocabulary = Vocabulary.isEmbeddingOf(s);
        edited.setText(fromVocabulary ? "" : "X has been edited by hand (or came from a link), so it no longer "
                + "equals LayerNorm of the raw embedding. Reset brings it back.");
        edited.setVisible(!fromVocabulary);
    }
}
