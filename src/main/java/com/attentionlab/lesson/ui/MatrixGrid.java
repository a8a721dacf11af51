package com.attentionlab.lesson.ui;

import com.attentionlab.chart.Json;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Cell;
import com.attentionlab.lesson.NumberGrammar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One matrix as a table: read-only numbers, or one {@code <input>} per cell when editable. A single element
 * with a JSON property (not a Vaadin field per cell), so an edit costs one small round trip.
 * The element's id is {@code matrix-<name>}; cells carry {@code data-row}/{@code data-col}, token row headers
 * {@code data-token}.
 */
@Tag("matrix-grid")
@JsModule("./components/matrix-grid.js")
public class MatrixGrid extends Component {

    private final String name;
    private final String label;
    private final boolean editable;
    private Matrix matrix;
    private Map<Cell, String> errors = Map.of();
    private String json;

    public MatrixGrid(String name, String label, boolean editable) {
        this.name = name;
        this.label = label;
        this.editable = editable;
        setId("matrix-" + name);
        if (editable) {
            // the one number grammar, so the browser sends a typed text exactly when the server would take it
            getElement().setProperty("numberPattern", NumberGrammar.PATTERN_SOURCE);
        }
    }

    /**
     * Shows a matrix.
     *
     * @param rowLabels    one per row
     * @param tokenRows    whether the rows are tokens (row headers then carry data-token)
     * @param colLabels    one per column
     * @param errors       messages of refused edits by cell
     */
    public void show(Matrix m, List<String> rowLabels, boolean tokenRows, List<String> colLabels,
                     Map<Cell, String> errors) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("label", label);
        d.put("caption", label + " " + m.shape());
        d.put("rowLabels", rowLabels);
        d.put("colLabels", colLabels);
        d.put("values", m.toArray());
        d.put("editable", editable);
        d.put("digits", 2);
        d.put("shade", "diverging");
        d.put("errors", new java.util.TreeMap<>(errors).entrySet().stream()
                .map(e -> Map.of("row", e.getKey().row(), "col", e.getKey().col(), "message", e.getValue()))
                .toList());
        d.put("rowHeaderKind", tokenRows ? "token" : "dimension");
        this.matrix = m;
        this.errors = Map.copyOf(errors);
        String next = Json.write(d);
        if (!next.equals(json)) {
            json = next;
            getElement().setProperty("data", next);
        }
    }

    /** The matrix last shown. */
    public Matrix matrix() {
        return matrix;
    }

    /** Messages of refused edits last shown, by cell. */
    public Map<Cell, String> errors() {
        return errors;
    }

    public Registration addCellEditListener(ComponentEventListener<CellEditEvent> listener) {
        return addListener(CellEditEvent.class, listener);
    }

    /** The learner typed into a cell: the raw text, to be parsed and checked on the server. */
    @DomEvent("cell-edit")
    public static class CellEditEvent extends ComponentEvent<MatrixGrid> {
        private final int row;
        private final int col;
        private final String value;

        public CellEditEvent(MatrixGrid source, boolean fromClient, @EventData("event.detail.row") int row,
                             @EventData("event.detail.col") int col, @EventData("event.detail.value") String value) {
            super(source, fromClient);
            this.row = row;
            this.col = col;
            this.value = value;
        }

        public int row() {
            return row;
        }

        public int col() {
            return col;
        }

        public String value() {
            return value;
        }
    }
}
