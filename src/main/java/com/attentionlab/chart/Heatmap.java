package com.attentionlab.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * A Chart.js matrix heatmap ({@code chartjs-chart-matrix}) with a colour legend and a "Show numbers" table.
 * The element's id is {@code heatmap-<name>}. Data goes to the browser as one JSON property; the chart is
 * created when attached, updated in place when the data changes and destroyed when detached.
 */
@Tag("attention-heatmap")
@NpmPackage(value = "chart.js", version = "4.5.1")
@NpmPackage(value = "chartjs-chart-matrix", version = "3.0.0")
@JsModule("./components/attention-heatmap.js")
public class Heatmap extends MatrixChart {

    public Heatmap(String name) {
        setId("heatmap-" + name);
    }

    public Registration addCellClickListener(ComponentEventListener<CellClickEvent> listener) {
        return addListener(CellClickEvent.class, listener);
    }

    /** A click on cell (row, col) of the chart. */
    @DomEvent("cell-click")
    public static class CellClickEvent extends ComponentEvent<Heatmap> {
        private final int row;
        private final int col;

        public CellClickEvent(Heatmap source, boolean fromClient,
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
