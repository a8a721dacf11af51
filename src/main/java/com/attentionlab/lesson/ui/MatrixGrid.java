package com.attentionlab.lesson.ui;

import com.attentionlab.chart.Json;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Cell;
import com.attentionlab.lesson.NumberGrammar;
import com.attentionlab.lesson.Vocabulary;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
import java.util.TreeMap;

/**
 * One matrix as a table: read-only numbers, or one {@code <input>} per cell when editable. A single element
 * with a JSON property (not a Vaadin field per cell), so an edit costs one small round trip.
 * The element's id is {@code matrix-<name>} unless given (a second copy of a matrix on the page keeps its name, so
 * that provenance highlighting finds it, under an id of its own); cells carry {@code data-row}/{@code data-col}, token
 * row headers {@code data-token}. A read-only grid made {@link #setActivatable activatable} reports a click on a cell
 * (or Enter on it) as a {@link CellActivateEvent}.
 */
@Tag("matrix-grid")
@JsModule("./components/matrix-grid.js")
public class MatrixGrid extends Component {

    private boolean markUnknown = true;

    private int flashes;

    private final String name;
    private final String label;
    private final boolean editable;

    public MatrixGrid(String name, String label, boolean editable) {
        this("matrix-" + name, name, label, editable);
    }

    /**
     * @param id   the element's id, unique on the page
     * @param name the matrix's name in the data ({@code x}, {@code wq}, {@code q}, …), shared by copies of a matrix
     */
    public MatrixGrid(String id, String name, String label, boolean editable) {
        this.name = name;
        this.label = label;
        this.editable = editable;
        setId(id);
        if (editable) {
            // the one number grammar: the browser tells a typed text that means the value a cell has from a new one
            getElement().setProperty("numberPattern", NumberGrammar.PATTERN_SOURCE);
        }
    }

    /** A read-only grid whose cells, when on, can be clicked (or Enter pressed on them) to ask for an edit. */
    public void setActivatable(boolean on) {
        getElement().setAttribute("activatable", on);
    }

    public boolean isActivatable() {
        return getElement().hasAttribute("activatable");
    }

    /**
     * Shows a matrix.
     *
     * @param rowLabels    one per row
     * @param tokenRows    whether the rows are tokens (row headers then carry data-token)
     * @param colLabels    one per column
     * @param errors       messages of refused edits by cell
     */
    /**
     * Whether rows of words the hand-made lesson does not know get its mark (default yes; not for a trained model's
     * pieces, which are all known to it).
     */
    public void setMarkUnknown(boolean on) {
        markUnknown = on;
    }

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
        d.put("errors", new TreeMap<>(errors).entrySet().stream()
                .map(e -> new WireError(e.getKey().row(), e.getKey().col(), e.getValue())).toList());
        d.put("rowHeaderKind", tokenRows ? "token" : "dimension");
        if (tokenRows && markUnknown) {
            d.put("unknownRows", Vocabulary.unknown(rowLabels));
            d.put("unknownNote", Vocabulary.UNKNOWN_NOTE);
        }
        String next = Json.write(d);
        if (!next.equals(getElement().getProperty("data"))) {
            getElement().setProperty("data", next);
        }
    }

    /**
     * Highlights cells for a few seconds (e.g. the ones a teacher just changed). The browser gets them as the
     * {@code flash} property: {@code {"seq": n, "cells": [{"row": r, "col": c}, …]}}; a new seq flashes again.
     */
    public void flash(java.util.Collection<Cell> cells) {
        flashes++;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("seq", flashes);
        d.put("cells", List.copyOf(cells)); // Cell is a record: {"row": r, "col": c}
        getElement().setProperty("flash", Json.write(d));
    }

    /** The matrix the browser has (read back from the element's {@code data} property), or null before any. */
    public Matrix matrix() {
        Wire w = wire();
        return w == null ? null : Matrix.of(w.values());
    }

    /** The refused edits the browser shows, by cell (read back from the element's {@code data} property). */
    public Map<Cell, String> errors() {
        Wire w = wire();
        Map<Cell, String> out = new TreeMap<>();
        if (w != null) {
            w.errors().forEach(e -> out.put(new Cell(e.row(), e.col()), e.message()));
        }
        return out;
    }

    private Wire wire() {
        String json = getElement().getProperty("data");
        return json == null ? null : Json.read(json, Wire.class);
    }

    /** The part of the wire format this class reads back. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Wire(double[][] values, List<WireError> errors) {
    }

    record WireError(int row, int col, String message) {
    }

    public Registration addCellEditListener(ComponentEventListener<CellEditEvent> listener) {
        return addListener(CellEditEvent.class, listener);
    }

    public Registration addCellActivateListener(ComponentEventListener<CellActivateEvent> listener) {
        return addListener(CellActivateEvent.class, listener);
    }

    /** A cell of an {@linkplain #setActivatable activatable} read-only grid was clicked, or Enter pressed on it. */
    @DomEvent("cell-activate")
    public static class CellActivateEvent extends ComponentEvent<MatrixGrid> {
        private final int row;
        private final int col;

        public CellActivateEvent(MatrixGrid source, boolean fromClient, @EventData("event.detail.row") int row,
                                 @EventData("event.detail.col") int col) {
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
