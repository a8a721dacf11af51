package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Change;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.ModelNarration;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content of one lesson step: a heading, a few paragraphs in a teacher's voice (collapsible: collapsed while
 * presenting), the step's formula and the matrices or charts involved. One of them is the step's main figure (CSS
 * class {@code main-figure}): the one that must fit a projected screen. {@link #refresh} is called after every
 * change of the lesson state and must update in place (no rebuilding), so that an edit costs one small round trip.
 */
abstract class StepPanel extends Section {

    static final String MAIN_FIGURE = "main-figure";

    protected final LessonPresenter presenter;
    /** Whether this panel shows a trained model's head (a panel is rebuilt when that changes). */
    protected final boolean model;
    private final Paragraph modelNote = new Paragraph();
    /** The step's live narration: facts about the current numbers, rewritten after every change. */
    protected final Paragraph narration = new Paragraph();
    private final H2 heading = new H2();
    private final List<NativeDetails> explanations = new ArrayList<>();
    private final Map<Editable, InputMatrixSlot> copies = new EnumMap<>(Editable.class);
    private boolean presenting;
    private boolean editing;

    StepPanel(LessonPresenter presenter, Step step) {
        this.presenter = presenter;
        addClassName("step-panel");
        setId("step-" + step.slug());
        heading.setText(step.number() + ". " + step.title());
        heading.setId("step-heading");
        heading.getElement().setAttribute("tabindex", "-1"); // focusable by script, not a Tab stop
        add(heading);
        model = presenter.onModel();
        if (model) { // on every step: which head this is, and what it does here
            modelNote.setId("model-note");
            modelNote.addClassName("model-note");
            add(modelNote);
            updateModelNote();
        }
        narration.setId("narration");
        narration.addClassName("narration");
        narration.getElement().setAttribute("aria-live", "polite");
    }

    /** The learner arrives at this step: scroll to the top and put the focus on the heading (read out first). */
    void arrive() {
        heading.getElement().executeJs("window.scrollTo(0, 0); this.focus({preventScroll: true});");
    }

    /** The step's explanation: paragraphs under a summary "Explanation" that can be folded away. */
    protected NativeDetails text(String... paragraphs) {
        return explanation("Explanation", paragraphs);
    }

    /** More explanation under its own summary, e.g. "Why divide by √d_k?". */
    protected NativeDetails explanation(String summary, String... paragraphs) {
        Div body = new Div();
        body.addClassName("explanation-text");
        for (String p : paragraphs) {
            body.add(new Paragraph(p));
        }
        NativeDetails details = new NativeDetails(summary, body);
        details.addClassName("explanation");
        details.setOpen(!presenting);
        explanations.add(details);
        add(details);
        return details;
    }

    protected Formula formula(String tex) {
        Formula f = new Formula(tex);
        add(f);
        return f;
    }

    /** A row of figures (matrices, charts) that wraps on narrow screens. */
    protected Div figures(Component... parts) {
        Div div = new Div(parts);
        div.addClassName("figures");
        add(div);
        return div;
    }

    /** Marks the step's main figure: the one that fits a projected screen whole. */
    protected static <C extends Component> C mainFigure(C figure) {
        figure.addClassName(MAIN_FIGURE);
        return figure;
    }

    /** A figure with a title and a line of text (the text is left out when presenting). */
    static Div card(String title, String text, Component... body) {
        Div card = new Div(new H3(title));
        if (!text.isEmpty()) {
            card.add(new Paragraph(text));
        }
        card.add(body);
        card.addClassName("figure-card");
        return card;
    }

    /**
     * A read-only copy of an input matrix in the step (id {@code matrix-step-<name>}, name as the input's, so that
     * provenance reaches it). While a teacher presents, clicking one of its numbers opens the {@link CellEditor}.
     */
    protected MatrixGrid inputCopy(Editable e) {
        MatrixGrid grid = new MatrixGrid("matrix-step-" + e.id(), e.id(), e.label(), false);
        grid.addCellActivateListener(ev -> {
            if (editing) {
                new CellEditor(presenter, e, ev.row(), ev.col()).open();
            }
        });
        grid.setActivatable(editing);
        copies.put(e, new InputMatrixSlot(e, grid));
        return grid;
    }

    /** Shows the current input matrices in their copies (call from {@link #refresh}). */
    protected void refreshInputCopies() {
        var s = presenter.state();
        copies.forEach((e, slot) -> slot.show(s, presenter.refusedEdits().of(e)));
    }

    /**
     * Hides the numbers of these input matrices in this step (their copies show the shape with "?" in each cell and
     * cannot be clicked to edit) and shows the others'. Derived results (Q, K, V, scores, …) stay as they are.
     */
    void setHidden(Set<Editable> hidden) {
        copies.forEach((e, slot) -> slot.setHidden(hidden.contains(e)));
        refreshInputCopies();
    }

    /** Highlights the changed cells in this step's copies of the input matrices. */
    void flash(Change change) {
        change.cells().forEach((e, cells) -> {
            InputMatrixSlot slot = copies.get(e);
            if (slot != null) {
                slot.flash(cells);
            }
        });
    }

    /**
     * Presenting: explanations folded (they stay one click away), and, when {@code canEdit} (the teacher, not a
     * following student), the copies of the input matrices open the compact editor on a click.
     */
    void setPresenting(boolean on, boolean canEdit) {
        if (on != presenting) {
            explanations.forEach(d -> d.setOpen(!on));
        }
        presenting = on;
        editing = on && canEdit;
        copies.values().forEach(slot -> slot.grid().setActivatable(editing));
    }

    abstract void refresh();

    /** After a change of the lesson: {@link #refresh} and the line about the trained head. */
    final void update() {
        refresh();
        updateModelNote();
    }

    private void updateModelNote() {
        if (model) {
            presenter.modelHead().ifPresent(ref -> modelNote.setText(
                    ModelNarration.head(ref.layer(), ref.head(), presenter.state(), presenter.trace())));
        }
    }

    boolean showsModel() {
        return model;
    }
}
