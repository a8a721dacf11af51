package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Cell;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.NumberGrammar;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The compact editor a presenting teacher gets on clicking a number of X, W_Q, W_K or W_V in a step (the inputs
 * panel is hidden while presenting): one field, Apply and Cancel. Enter applies, Esc cancels. The text goes to the
 * presenter as if typed into the cell; a refused text keeps the editor open with the presenter's message.
 */
class CellEditor extends Dialog {

    private final LessonPresenter presenter;
    private final Editable matrix;
    private final int row;
    private final int col;
    private final TextField value = new TextField();

    CellEditor(LessonPresenter presenter, Editable matrix, int row, int col) {
        this.presenter = presenter;
        this.matrix = matrix;
        this.row = row;
        this.col = col;
        setId("cell-editor");
        addClassName("cell-editor");
        String name = InputMatrices.cellName(matrix, presenter.state(), row, col);
        setHeaderTitle("Change " + name);
        value.setId("cell-editor-value");
        value.setLabel(name);
        value.setValue(NumberGrammar.format(matrix.of(presenter.state()).get(row, col)));
        value.setValueChangeMode(ValueChangeMode.EAGER); // the value is on the server before Enter arrives
        value.setAutofocus(true);
        value.setAutoselect(true);
        value.getElement().setAttribute("inputmode", "decimal");
        value.addKeyPressListener(Key.ENTER, e -> apply());
        add(value);
        Button apply = new Button("Apply", e -> apply());
        apply.setId("cell-editor-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cell-editor-cancel");
        getFooter().add(cancel, apply);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(true);
    }

    /** Hands the text to the presenter; closes unless it was refused (then says why and stays open). */
    void apply() {
        presenter.editCell(matrix, row, col, value.getValue());
        String refused = presenter.refusedEdits().of(matrix).get(new Cell(row, col));
        if (refused == null) {
            close();
        } else {
            value.setErrorMessage(refused);
            value.setInvalid(true);
        }
    }
}
