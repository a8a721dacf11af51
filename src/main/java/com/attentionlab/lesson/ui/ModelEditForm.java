package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Cell;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.ModelNarration;
import com.attentionlab.lesson.NumberGrammar;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * "Edit a weight" on a trained model's head: which matrix (W_Q, W_K, W_V or a bias), which cell, the new value.
 * The 384 × 32 slices are far too big for a grid of fields; the step's heatmaps show them, and a click on one of
 * their cells opens the {@link CellEditor} for it. The text goes to the presenter as if typed into a cell, and a
 * refused one is shown with the presenter's reason.
 */
class ModelEditForm extends Div {

    private final LessonPresenter presenter;
    private final Select<Editable> matrix = new Select<>();
    private final IntegerField row = new IntegerField("Row");
    private final IntegerField col = new IntegerField("Column");
    private final TextField value = new TextField("New value");
    private final Paragraph message = new Paragraph();

    ModelEditForm(LessonPresenter presenter) {
        this.presenter = presenter;
        addClassName("model-edit");
        setId("model-edit");
        matrix.setId("model-edit-matrix");
        matrix.setLabel("Matrix");
        matrix.setItems(Editable.MODEL);
        matrix.setItemLabelGenerator(Editable::label);
        matrix.setValue(Editable.WQ);
        row.setId("model-edit-row");
        row.setStepButtonsVisible(true);
        col.setId("model-edit-col");
        col.setStepButtonsVisible(true);
        row.setValue(0);
        col.setValue(0);
        value.setId("model-edit-value");
        value.setValueChangeMode(ValueChangeMode.EAGER);
        value.getElement().setAttribute("inputmode", "decimal");
        value.addKeyPressListener(Key.ENTER, e -> apply());
        matrix.addValueChangeListener(e -> showCurrent());
        row.addValueChangeListener(e -> showCurrent());
        col.addValueChangeListener(e -> showCurrent());
        Button apply = new Button("Apply", e -> apply());
        apply.setId("model-edit-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button("Undo all edits", e -> presenter.reset());
        reset.setId("model-reset");
        reset.getElement().setAttribute("title", "Back to the trained weights of this head");
        message.setId("model-edit-message");
        message.addClassName("model-edit-message");
        message.getElement().setAttribute("aria-live", "polite");
        Paragraph only = new Paragraph(ModelNarration.ONLY_THIS_HEAD);
        only.addClassName("note");
        Div fields = new Div(matrix, row, col, value);
        fields.addClassName("model-edit-fields");
        Div buttons = new Div(apply, reset);
        buttons.addClassName("model-edit-buttons");
        add(new H3("Edit a weight"), new Paragraph("Or click a cell of W_Q, W_K or W_V in step 3."), fields, buttons,
                message, only);
        limits();
        showCurrent();
    }

    /** Row: a dimension of X (0–383) for W, only 0 for a bias; column: one of the head's 32. */
    private void limits() {
        var s = presenter.state();
        Editable e = matrix.getValue();
        int rows = e.of(s).rows();
        int cols = e.of(s).cols();
        row.setMin(0);
        row.setMax(rows - 1);
        row.setEnabled(rows > 1);
        row.setHelperText(rows > 1 ? "a dimension of X, 0–" + (rows - 1) : "a bias has one row");
        col.setMin(0);
        col.setMax(cols - 1);
        col.setHelperText("a column of the head, 0–" + (cols - 1));
        if (rows == 1) {
            row.setValue(0);
        }
    }

    /** Puts the cell's current value in the field (so that an edit starts from it). */
    private void showCurrent() {
        if (!presenter.onModel() || matrix.getValue() == null) {
            return;
        }
        limits();
        cell().ifPresentOrElse(c -> {
            value.setValue(NumberGrammar.format(matrix.getValue().of(presenter.state()).get(c.row(), c.col())));
            value.setInvalid(false);
        }, () -> value.clear());
    }

    private java.util.Optional<Cell> cell() {
        Integer r = row.getValue();
        Integer c = col.getValue();
        var m = matrix.getValue().of(presenter.state());
        return r == null || c == null || r < 0 || c < 0 || r >= m.rows() || c >= m.cols()
                ? java.util.Optional.empty() : java.util.Optional.of(new Cell(r, c));
    }

    void apply() {
        Editable e = matrix.getValue();
        var target = cell();
        if (e == null || target.isEmpty()) {
            message.setText("Choose a cell inside the matrix: " + (e == null ? "" : e.label() + " is "
                    + e.of(presenter.state()).rows() + " × " + e.of(presenter.state()).cols() + "."));
            return;
        }
        Cell c = target.get();
        presenter.editCell(e, c.row(), c.col(), value.getValue());
        String refused = presenter.refusedEdits().of(e).get(c);
        if (refused != null) {
            value.setErrorMessage(refused);
            value.setInvalid(true);
            message.setText("Not changed: " + refused);
        } else {
            value.setInvalid(false);
            message.setText(InputMatrices.cellName(e, presenter.state(), c.row(), c.col()) + " is now "
                    + NumberGrammar.format(e.of(presenter.state()).get(c.row(), c.col())) + ".");
        }
    }

    /** After a change elsewhere (another head, Reset): the current value of the chosen cell. */
    void refresh() {
        if (!value.isInvalid()) {
            showCurrent();
        }
    }
}
