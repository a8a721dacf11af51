package com.attentionlab.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * A compact heatmap for matrices too big to print (a trained model's X, T × 384, and weight slices, 32 × 384): thin
 * cells on one canvas, scrolling sideways, values on hover and from the keyboard, zoom buttons. Same data as the
 * {@link Heatmap} ({@link HeatmapData}; {@code masked} and {@code marked} are not drawn) and the same
 * {@code cell-click} event. The element's id is {@code weightmap-<name>}.
 */
@Tag("weight-map")
@JsModule("./components/weight-map.js")
public class WeightMap extends MatrixChart {

    public WeightMap(String name) {
        setId("weightmap-" + name);
    }

    public Registration addCellClickListener(ComponentEventListener<CellClickEvent> listener) {
        return addListener(CellClickEvent.class, listener);
    }

    /** A click (or Enter) on cell (row, col). */
    @DomEvent("cell-click")
    public static class CellClickEvent extends ComponentEvent<WeightMap> {
        private final int row;
        private final int col;

        public CellClickEvent(WeightMap source, boolean fromClient,
                              @EventData("event.detail.row") int row, @EventData("event.detail.col") int col) {
            super(source, fromClient);
            this.row = row;
            this.col = col;
        }

        public int row() {
            return row;
        }

        public int col() {
            return col;
        }
    }
}
