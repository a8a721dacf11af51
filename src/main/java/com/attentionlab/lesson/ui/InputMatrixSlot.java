package com.attentionlab.lesson.ui;

import com.attentionlab.engine.LessonState;
import com.attentionlab.lesson.Cell;
import com.attentionlab.lesson.Editable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

import java.util.Collection;
import java.util.Map;

/**
 * Where an input matrix (X, W_Q, W_K, W_V) is shown: its {@link MatrixGrid}, or, while the matrix is hidden, a
 * {@link HiddenMatrix} in the grid's place. Hiding takes the grid out of the page and drops its data, so that no number
 * of a hidden matrix is left on the element tree the browser gets.
 */
final class InputMatrixSlot {

    private final Editable matrix;
    private final MatrixGrid grid;
    private final HiddenMatrix placeholder;
    private boolean hidden;

    InputMatrixSlot(Editable matrix, MatrixGrid grid) {
        this.matrix = matrix;
        this.grid = grid;
        this.placeholder = new HiddenMatrix(grid.getId().orElse("matrix-" + matrix.id()) + "-hidden", matrix);
    }

    MatrixGrid grid() {
        return grid;
    }

    boolean hidden() {
        return hidden;
    }

    /** Hides or shows the matrix; call once the grid has its place on the page (the placeholder takes that place). */
    void setHidden(boolean on) {
        if (on == hidden) {
            return;
        }
        hidden = on;
        if (on) {
            grid.getElement().removeProperty("data"); // no number of it stays on the server's copy of the page
        }
        swap(on ? grid : placeholder, on ? placeholder : grid);
    }

    private static void swap(Component out, Component in) {
        Element parent = out.getElement().getParent();
        if (parent != null) {
            parent.setChild(parent.indexOfChild(out.getElement()), in.getElement());
        }
    }

    /** Shows the lesson's matrix: its numbers in the grid, or its shape alone while hidden. */
    void show(LessonState s, Map<Cell, String> refused) {
        if (hidden) {
            placeholder.show(s);
        } else {
            InputMatrices.show(grid, matrix, s, refused);
        }
    }

    /** Highlights changed cells (not of a hidden matrix: that would say where it changed). */
    void flash(Collection<Cell> cells) {
        if (!hidden) {
            grid.flash(cells);
        }
    }
}
