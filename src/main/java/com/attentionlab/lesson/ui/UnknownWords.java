package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Vocabulary;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

/**
 * The words of the sentence the lesson's vocabulary does not know: their meaning features were made up from the
 * word. Here the learner says what each one is (living, noun, pronoun, …), and its row of X follows.
 */
class UnknownWords extends Div {

    private final LessonPresenter presenter;
    private List<String> shownFor = List.of();

    UnknownWords(LessonPresenter presenter) {
        this.presenter = presenter;
        addClassName("unknown-words");
        setId("unknown-words");
    }

    /** Rebuilds the choosers when the tokens change (not on every edit, so a choice in progress stays put). */
    void refresh() {
        List<String> tokens = presenter.state().tokens();
        if (tokens.equals(shownFor)) {
            return;
        }
        shownFor = tokens;
        removeAll();
        List<Integer> unknown = presenter.state().dModel() == Vocabulary.D_MODEL ? Vocabulary.unknown(tokens)
                : List.of();
        setVisible(!unknown.isEmpty());
        if (unknown.isEmpty()) {
            return;
        }
        add(new H3("Words the lesson does not know"));
        add(new Paragraph("Their features were made up from the word. Say what each one is, and its row of X "
                + "becomes what a known word like it would have."));
        List<String> features = Vocabulary.DIMENSIONS.subList(0, Vocabulary.MEANING);
        for (int i : unknown) {
            CheckboxGroup<String> choose = new CheckboxGroup<>("\u201c" + tokens.get(i) + "\u201d (token " + (i + 1)
                    + ") is:");
            choose.setId("meaning-" + i);
            choose.setItems(features);
            choose.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    presenter.setMeaning(i, e.getValue());
                }
            });
            add(choose);
        }
    }
}
