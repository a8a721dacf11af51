package com.attentionlab.lesson.ui;

import com.attentionlab.engine.LessonState;
import com.attentionlab.lesson.Editable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import java.util.List;

/**
 * An input matrix that a challenge hides, in the place of its grid: its shape, its row and column labels and a "?" in
 * every cell, under the caption "W_K (8×4) is hidden in this challenge". Built on the server from the matrix's shape
 * alone, so its numbers never reach the browser (not in text, attributes or JSON); nothing in it can be edited.
 * The table has the grids' look ({@code mg-table}); the element's id is the grid's with {@code -hidden} added.
 */
class HiddenMatrix extends Div {

    static final String CLASS = "hidden-matrix";
    static final String UNKNOWN = "?";

    private final Editable matrix;
    /** The labels the table was built for (rebuilt only when they change). */
    private List<List<String>> built;

    HiddenMatrix(String id, Editable matrix) {
        this.matrix = matrix;
        setId(id);
        addClassName(CLASS);
        getElement().setAttribute("data-matrix", matrix.id());
    }

    /** The sentence a screen reader and the caption say, e.g. "W_K (8×4) is hidden in this challenge". */
    static String caption(Editable e, int rows, int cols) {
        return e.label() + " (" + rows + "×" + cols + ") is hidden in this challenge";
    }

    /** Shows the shape of the lesson's matrix (its labels and a "?" per cell, never a number of it). */
    void show(LessonState s) {
        List<String> rows = InputMatrices.rowLabels(matrix, s);
        List<String> cols = InputMatrices.colLabels(matrix, s);
        List<List<String>> labels = List.of(rows, cols);
        if (labels.equals(built)) {
            return;
        }
        built = labels;
        Element table = new Element("table");
        table.getClassList().add("mg-table");
        table.getClassList().add("hidden-matrix-table");
        table.appendChild(new Element("caption").setText(caption(matrix, rows.size(), cols.size())));
        Element head = new Element("tr").appendChild(new Element("td").setAttribute("class", "mg-corner"));
        for (String c : cols) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(c));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (int r = 0; r < rows.size(); r++) {
            Element tr = new Element("tr").appendChild(new Element("th").setAttribute("scope", "row")
                    .setText(rows.get(r)));
            for (int c = 0; c < cols.size(); c++) {
                tr.appendChild(new Element("td").setAttribute("data-row", String.valueOf(r))
                        .setAttribute("data-col", String.valueOf(c)).setAttribute("class", "hidden-cell")
                        .setText(UNKNOWN));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        getElement().removeAllChildren();
        getElement().appendChild(table);
    }
}
