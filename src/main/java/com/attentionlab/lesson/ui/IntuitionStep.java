package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
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

    @Override
    void refresh() {
        narration.setText(Narration.intuition(presenter.state(), presenter.trace()));
        sentence.removeAll();
        for (String t : presenter.state().tokens()) {
            Span chip = new Span(t); // text, never HTML
            chip.addClassName("token-chip");
            if (!Vocabulary.knows(t)) {
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
