package com.attentionlab.modelview;

import com.attentionlab.model.EncoderTrace;
import com.attentionlab.model.MiniLm;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * All heads as a grid of small heatmaps: rows are layers, columns heads, both counted from 1 on screen. Each head is
 * a button ({@code head-<layer>-<head>}, 1-based): a click or Enter opens it in the lesson. The grid scrolls
 * sideways inside its own box where the screen is narrower than twelve heads (never the page).
 */
class HeadGrid extends Div {

    /** Opens head {@code head} of layer {@code layer} (0-based). */
    interface Opener {
        void open(int layer, int head);
    }

    private final List<List<HeadThumb>> thumbs = new ArrayList<>();

    HeadGrid(int layers, int heads, Opener opener) {
        setId("head-grid");
        addClassName("head-grid-box");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Every head: layers 1–" + layers + " down, heads 1–" + heads
                + " across");
        getElement().setAttribute("tabindex", "0");
        Div grid = new Div();
        grid.addClassName("head-grid");
        grid.getStyle().set("--heads", Integer.toString(heads));
        grid.add(label("", "corner"));
        for (int h = 0; h < heads; h++) {
            grid.add(label("Head " + (h + 1), "head-label"));
        }
        for (int l = 0; l < layers; l++) {
            grid.add(label("Layer " + (l + 1), "layer-label"));
            List<HeadThumb> row = new ArrayList<>();
            for (int h = 0; h < heads; h++) {
                int layer = l;
                int head = h;
                HeadThumb thumb = new HeadThumb();
                NativeButton b = new NativeButton("", e -> opener.open(layer, head));
                b.add(thumb);
                b.setId("head-" + (l + 1) + "-" + (h + 1));
                b.addClassName("head-button");
                b.getElement().setAttribute("aria-label", "Layer " + (l + 1) + ", head " + (h + 1)
                        + ": open it in the lesson");
                b.getElement().setAttribute("title", "Layer " + (l + 1) + ", head " + (h + 1));
                grid.add(b);
                row.add(thumb);
            }
            thumbs.add(row);
        }
        add(grid);
    }

    private static Span label(String text, String className) {
        Span s = new Span(text);
        s.addClassName(className);
        return s;
    }

    /** Shows every head's weights on this run's sentence. */
    void show(MiniLm.Run run) {
        EncoderTrace trace = run.trace();
        for (int l = 0; l < thumbs.size(); l++) {
            for (int h = 0; h < thumbs.get(l).size(); h++) {
                thumbs.get(l).get(h).setWeights(trace.layer(l).head(h).attentionWeights());
            }
        }
    }

    /** The thumbnails (72 for the model), row by row. */
    List<HeadThumb> thumbs() {
        return thumbs.stream().flatMap(List::stream).toList();
    }
}
