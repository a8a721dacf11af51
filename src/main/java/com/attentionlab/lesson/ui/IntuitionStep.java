package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.ModelNarration;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.Vocabulary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;


/** Step 1: why attention, the question each token asks, the group-discussion analogy. */
class IntuitionStep extends StepPanel {

    private final Div sentence = new Div();

    IntuitionStep(LessonPresenter presenter) {
        super(presenter, Step.INTUITION);
        if (model) {
            createModelText();
        } else {
            createText();
        }
        add(new H3("The road ahead"));
        UnorderedList road = new UnorderedList();
        for (Step s : Step.values()) {
            if (s != Step.INTUITION) {
                road.add(new ListItem(s.title() + ": " + s.summary()));
            }
        }
        add(road);
        refresh();
    }

    private void createText() {
        text("Picture the sentence after the previous lesson, layer normalization: every token now sits in its "
                        + "own tidy vector. Each vector describes its word well, and only its word: in the lesson's "
                        + "sentence, the vector for \"it\" has no idea that \"it\" is the cat.",
                "Self-attention is the step where tokens finally look at each other. Every token asks one "
                        + "question of all the others:");
        Paragraph question = new Paragraph("“Which of you help me understand what I mean here?”");
        question.addClassName("guiding-question");
        add(question);
        sentence.addClassName("token-row");
        mainFigure(sentence);
        sentence.getElement().setAttribute("aria-label", "The lesson's sentence");
        add(sentence);
        explanation("What to watch for", "In the default lesson \"it\" should look hard at \"cat\": that is how "
                + "the model resolves the reference. \"tired\" should look at \"cat\" too, to know who is tired. By "
                + "the softmax step you will see it happen with real numbers, and you can break it by editing a single "
                + "weight.");
        add(narration);
        explanation("An analogy", "Think of a group discussion. Before you speak, you listen to everyone, but "
                + "you don't weigh every voice equally: on the topic at hand a few people matter much more. Attention "
                + "is exactly that weighting, computed for every token at once.");
        formula("\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\!\\left(\\frac{Q K^\\top}{\\sqrt{d_k}}\\right) V");
    }

    /** On a trained model's head: what this is, the pieces, and what a head's pattern is (and is not). */
    private void createModelText() {
        text("This is the same lesson on a real, trained model: all-MiniLM-L6-v2, a small encoder of the BERT "
                        + "family with 6 layers of 12 attention heads each. You are looking at one head of one layer, "
                        + "with the numbers it learned from lots of text.",
                "Every step works as in the hand-made lesson, only bigger: each token is a row of 384 numbers "
                        + "instead of 8, and a head's queries and keys have 32 numbers instead of 4.");
        Paragraph pieces = new Paragraph(ModelNarration.PIECES);
        pieces.setId("pieces-note");
        pieces.addClassName("note");
        sentence.addClassName("token-row");
        mainFigure(sentence);
        sentence.getElement().setAttribute("aria-label", "The pieces the model reads");
        add(sentence, pieces);
        add(narration);
        explanation("What a head learns", ModelNarration.CAVEAT);
        formula("\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\!\\left(\\frac{Q K^\\top}{\\sqrt{d_k}}\\right) V");
    }

    @Override
    void refresh() {
        narration.setText(Narration.intuition(presenter.state(), presenter.trace()));
        sentence.removeAll();
        for (String t : presenter.state().tokens()) {
            Span chip = new Span(t); // text, never HTML
            chip.addClassName("token-chip");
            if (!model && !Vocabulary.knows(t)) {
                chip.addClassName("token-chip-unknown");
                chip.getElement().setAttribute("data-unknown", "true");
                chip.getElement().setAttribute("title", Vocabulary.UNKNOWN_NOTE);
                Span note = new Span(" (" + Vocabulary.UNKNOWN_NOTE + ")");
                note.addClassName("sr-only");
                chip.add(note);
            }
            if (t.equalsIgnoreCase("it") || t.equalsIgnoreCase("cat")) {
                chip.addClassName("token-chip-key");
            }
            sentence.add(chip);
        }
    }
}
