package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.share.ModelRef;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;

import java.util.stream.IntStream;

/**
 * Which head of the trained model the lesson shows: a layer and a head, counted from 1 as people do (the presenter
 * counts from 0). Changing either shows that head; the learner's edits of the previous head are dropped.
 */
class HeadPicker extends Div {

    private final LessonPresenter presenter;
    private final Select<Integer> layer = new Select<>();
    private final Select<Integer> head = new Select<>();

    /**
     * @param idPrefix ids {@code <prefix>-layer} and {@code <prefix>-head}
     * @param inline   labels beside the selects, on one line (for the bar under the header), not above them
     */
    HeadPicker(LessonPresenter presenter, String idPrefix, boolean inline) {
        this.presenter = presenter;
        addClassName("head-picker");
        configure(layer, idPrefix + "-layer", "Layer", presenter.modelLayers());
        configure(head, idPrefix + "-head", "Head", presenter.modelHeads());
        if (inline) {
            addClassName("head-picker-inline");
            add(inlineLabel(layer, "Layer"), layer, inlineLabel(head, "Head"), head);
        } else {
            add(layer, head);
        }
        refresh();
    }

    /** A visible word before the select, and the select's accessible name. */
    private static com.vaadin.flow.component.html.Span inlineLabel(Select<Integer> select, String text) {
        select.setLabel(null);
        select.setAriaLabel(text);
        com.vaadin.flow.component.html.Span span = new com.vaadin.flow.component.html.Span(text);
        span.addClassName("head-picker-label");
        span.getElement().setAttribute("aria-hidden", "true");
        return span;
    }

    private void configure(Select<Integer> select, String id, String label, int count) {
        select.setId(id);
        select.setLabel(label);
        select.setItems(IntStream.rangeClosed(1, count).boxed().toList());
        select.setItemLabelGenerator(i -> Integer.toString(i));
        select.addClassName("head-picker-select");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && layer.getValue() != null && head.getValue() != null) {
                presenter.chooseModelHead(layer.getValue() - 1, head.getValue() - 1)
                        .ifPresent(msg -> Notification.show(msg, 6000, Notification.Position.MIDDLE));
            }
        });
    }

    void refresh() {
        presenter.modelHead().ifPresent(ref -> {
            set(layer, ref.layer() + 1);
            set(head, ref.head() + 1);
        });
    }

    private static void set(Select<Integer> select, int value) {
        if (!Integer.valueOf(value).equals(select.getValue())) {
            select.setValue(value);
        }
    }

    /** The current head as people name it ("layer 6, head 12"), for labels. */
    static String name(ModelRef ref) {
        return "layer " + (ref.layer() + 1) + ", head " + (ref.head() + 1);
    }
}
