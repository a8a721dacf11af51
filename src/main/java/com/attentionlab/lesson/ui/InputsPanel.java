package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Preset;
import com.attentionlab.lesson.Tokenizer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The inputs at hand on every step: the sentence, the preset, the two switches and the editable matrices X,
 * W_Q, W_K, W_V. Every change goes to the presenter, which recomputes and tells the view to refresh.
 */
class InputsPanel extends Aside {

    private final LessonPresenter presenter;
    private final TextField sentence = new TextField("Sentence");
    private final Select<Preset> preset = new Select<>();
    private final IntegerField seed = new IntegerField("Seed");
    private final Checkbox scale = new Checkbox("Divide scores by √d_k");
    private final Checkbox causal = new Checkbox("Causal mask (look back only)");
    private final Map<Editable, InputMatrixSlot> grids = new EnumMap<>(Editable.class);
    private final Div matrices = new Div();
    private final UnknownWords unknownWords;
    private final ModelSource modelSource;
    private Div presetRow;
    private boolean matricesWanted = true;
    private final Button close = new Button("Close", VaadinIcon.CLOSE_SMALL.create());
    private long labelledSeed;

    /** The panel's element id (the "Edit inputs" button controls it). */
    static final String ID = "inputs-panel";

    InputsPanel(LessonPresenter presenter) {
        this.presenter = presenter;
        setId(ID);
        addClassName("inputs-panel");
        getElement().setAttribute("aria-label", "Lesson inputs");
        H2 title = new H2("Inputs");
        title.addClassName("panel-title");
        close.setId("close-inputs");
        close.addClassName("close-inputs");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div top = new Div(title, close);
        top.addClassName("panel-top");
        unknownWords = new UnknownWords(presenter);
        modelSource = new ModelSource(presenter);
        presetRow = createPreset();
        add(top, createSentence(), unknownWords, presetRow, modelSource, createSwitches());
        matrices.addClassName("panel-matrices");
        matrices.add(new Paragraph("Every number below is editable: type, then Enter or Tab. Arrow keys move "
                + "between cells; Esc takes back what you typed, and Esc again leaves the matrix. Hover a result "
                + "cell in the lesson to see where it came from."));
        for (Editable e : Editable.MATRICES) {
            MatrixGrid g = new MatrixGrid(e.id(), e.label(), true);
            g.addCellEditListener(ev -> presenter.editCell(e, ev.row(), ev.col(), ev.value()));
            matrices.add(g);
            grids.put(e, new InputMatrixSlot(e, g));
        }
        add(matrices);
        refresh();
    }

    private TextField createSentence() {
        sentence.setId("sentence-input");
        sentence.setWidthFull();
        sentence.setMaxLength(Tokenizer.MAX_CHARS);
        sentence.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        sentence.setHelperText("Up to " + Tokenizer.MAX_TOKENS + " tokens (each punctuation mark counts); press Enter to use it.");
        sentence.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            presenter.setSentence(e.getValue()).ifPresentOrElse(msg -> {
                sentence.setErrorMessage(msg);
                sentence.setInvalid(true);
            }, () -> sentence.setInvalid(false));
        });
        return sentence;
    }

    private Div createPreset() {
        preset.setId("preset-select");
        preset.setLabel("Weights");
        preset.setItems(Preset.values());
        labelledSeed = presenter.seed();
        preset.setItemLabelGenerator(p -> p.label(presenter.seed()));
        preset.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                presenter.choosePreset(e.getValue(), presenter.seed());
            }
        });
        seed.setId("seed-input");
        seed.setMin(0);
        seed.setMax(Integer.MAX_VALUE);
        seed.setStepButtonsVisible(true);
        seed.setWidth("8em");
        seed.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() >= 0) {
                presenter.choosePreset(Preset.RANDOM, e.getValue());
            }
        });
        Button reset = new Button("Reset", e -> presenter.reset());
        reset.setId("reset-button");
        reset.getElement().setAttribute("title", "Back to the chosen preset: your edits are dropped");
        Div row = new Div(preset, seed, reset);
        row.addClassName("preset-row");
        return row;
    }

    private Div createSwitches() {
        scale.setId("scale-toggle");
        causal.setId("causal-toggle");
        scale.addValueChangeListener(e -> presenter.setScale(e.getValue()));
        causal.addValueChangeListener(e -> presenter.setCausal(e.getValue()));
        Div row = new Div(scale, causal);
        row.addClassName("switch-row");
        return row;
    }

    /** The panel's Close button (shown when the panel is a drawer, on narrow screens). */
    Button closeButton() {
        return close;
    }

    /** Highlights the cells of a change for a few seconds. */
    void flash(com.attentionlab.lesson.Change change) {
        change.cells().forEach((m, cells) -> {
            InputMatrixSlot g = grids.get(m);
            if (g != null && !presenter.onModel()) {
                g.flash(cells);
            }
        });
    }

    /**
     * Hides the numbers of these matrices (their shape shows, with "?" in each cell; nothing to edit) and shows the
     * others'. A trained model's matrices are never grids here, so there it changes nothing.
     */
    void setHidden(Set<Editable> hidden) {
        grids.forEach((e, slot) -> slot.setHidden(hidden.contains(e)));
        refresh();
    }

    /** Shows or hides the matrices (hidden on the intuition step, where nothing is computed yet). */
    void setMatricesVisible(boolean visible) {
        matricesWanted = visible;
        matrices.setVisible(visible && !presenter.onModel());
    }

    void refresh() {
        unknownWords.refresh();
        var s = presenter.state();
        if (!sentence.isInvalid()) {
            sentence.setValue(presenter.sentence());
        }
        preset.setValue(presenter.preset());
        if (labelledSeed != presenter.seed()) { // "Random (seed N)": re-render the labels only when N changes
            labelledSeed = presenter.seed();
            preset.setItemLabelGenerator(p -> p.label(presenter.seed()));
        }
        seed.setValue((int) Math.min(Integer.MAX_VALUE, presenter.seed()));
        seed.setVisible(presenter.preset() == Preset.RANDOM);
        scale.setValue(s.scale());
        causal.setValue(s.causal());
        boolean model = presenter.onModel();
        sentence.setHelperText(model ? "The model splits it into WordPiece pieces; press Enter to use it."
                : "Up to " + Tokenizer.MAX_TOKENS + " tokens (each punctuation mark counts); press Enter to use it.");
        presetRow.setVisible(!model);
        matrices.setVisible(matricesWanted && !model);
        modelSource.refresh();
        if (!model) { // a trained head's 384-column matrices are shown as heatmaps in the steps, never as grids
            grids.forEach((e, slot) -> slot.show(s, presenter.refusedEdits().of(e)));
        }
    }
}
