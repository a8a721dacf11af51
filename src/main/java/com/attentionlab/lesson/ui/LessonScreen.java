package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Change;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The lesson's screen, composed by every view that shows the lesson (solo, teacher, exploring or following student):
 * a "Skip to the lesson" link, the header with the step indicator and actions, the current step with the
 * Previous/Next bar, and the inputs panel (beside the step on wide screens, a drawer on narrow ones: the lesson comes
 * first in reading and Tab order). It refreshes itself on every presenter change; where a step change leads is up to
 * its owner.
 */
public class LessonScreen extends Div {

    static final String MAIN_ID = "lesson-main";

    private final LessonPresenter presenter;
    private final StepIndicator indicator;
    private final InputsPanel inputs;
    private final InputsDrawer drawer;
    private final Main stepArea = new Main();
    private final Button prev = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());
    private final Span position = new Span();
    private final Div actions = new Div();
    private final Div banner = new Div();
    private final ModelBar modelBar;
    private final ChangeNote changeNote = new ChangeNote();
    private final LessonKeys keys = new LessonKeys();
    private StepPanel panel;
    private Step step;
    private Runnable subscription;
    private boolean editable = true;
    private boolean navigable = true;
    private boolean presenting;
    private Set<Editable> hidden = Set.of();

    /**
     * @param navigate where a step link or Previous/Next leads (the owner builds the URL)
     * @param path     the owner's path of a step, the href of its link in the step indicator
     */
    public LessonScreen(LessonPresenter presenter, Consumer<Step> navigate, Function<Step, String> path) {
        this.presenter = presenter;
        this.inputs = new InputsPanel(presenter);
        this.drawer = new InputsDrawer(this, inputs);
        this.indicator = new StepIndicator(navigate, path);
        this.modelBar = new ModelBar(presenter);
        addClassName("lesson-view");
        prev.setId("prev-step");
        next.setId("next-step");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prev.addClickListener(e -> step.previous().ifPresent(navigate));
        next.addClickListener(e -> step.next().ifPresent(navigate));
        add(createSkipLink(), createHeader(), modelBar, banner, createBody(), keys);
        banner.addClassName("lesson-banner");
        banner.setVisible(false);
    }

    /** The first Tab stop: straight to the step's heading (lesson-keys.js moves the focus; the href is the target). */
    private static Anchor createSkipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, "Skip to the lesson");
        skip.setId("skip-to-lesson");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        return skip;
    }

    private Header createHeader() {
        Anchor home = Links.home("Attention Lab");
        home.addClassName("brand");
        actions.addClassName("header-actions");
        actions.add(drawer.toggle());
        Header header = new Header(home, indicator, actions);
        header.addClassName("app-header");
        return header;
    }

    private Div createBody() {
        position.setId("step-position");
        position.getElement().setAttribute("aria-live", "polite");
        Div middle = new Div(position, createKeysHint());
        middle.addClassName("step-nav-middle");
        Div nav = new Div(prev, middle, next);
        nav.addClassName("step-nav");
        stepArea.setId(MAIN_ID);
        stepArea.addClassName("step-area");
        Div content = new Div(changeNote, stepArea, nav);
        content.addClassName("step-column");
        Div body = new Div(content, inputs, drawer.backdrop());
        body.addClassName("lesson-body");
        return body;
    }

    /** "← → move between steps", beside Previous/Next (hidden on touch screens and for following students). */
    private static Span createKeysHint() {
        Span hint = new Span();
        hint.setId("keys-hint");
        hint.addClassName("keys-hint");
        hint.getElement().appendChild(new Element("kbd").setText("←"), new Element("span").setText(" "),
                new Element("kbd").setText("→"), new Element("span").setText(" move between steps"));
        return hint;
    }

    /** Shows a step (rebuilding the step's panel only when the step changes). */
    public void show(Step target) {
        if (panel != null && step == target && panel.showsModel() == presenter.onModel()) {
            return;
        }
        boolean changed = step != null && step != target; // not when the same step is rebuilt for the model
        step = target;
        panel = StepPanels.create(step, presenter);
        panel.setHidden(hidden);
        panel.setPresenting(presenting, editable);
        stepArea.removeAll();
        stepArea.add(panel);
        if (changed) {
            panel.arrive(); // a new step starts at its top, its heading focused (also when following the teacher)
        }
        indicator.setCurrent(target);
        inputs.setMatricesVisible(target != Step.INTUITION);
        updateNav();
        position.setText("Step " + target.number() + " of " + Step.values().length);
    }

    private void updateNav() {
        prev.setEnabled(navigable && step.previous().isPresent());
        next.setEnabled(navigable && step.next().isPresent());
        next.setText(step.next().map(s -> "Next: " + s.title()).orElse("Next"));
    }

    Step step() {
        return step;
    }

    /** Buttons etc. at the right of the header. */
    void addAction(Component c) {
        actions.add(c);
    }

    /** A line of status under the header (e.g. the classroom bar), or none. */
    public void setBanner(Component... content) {
        banner.removeAll();
        banner.add(content);
        banner.setVisible(content.length > 0);
    }

    /**
     * Hides the numbers of these input matrices (of X, W_Q, W_K, W_V; empty: none), e.g. W_K in the challenge "Mystery
     * W_K": in the inputs panel and in every step, a hidden matrix shows its shape with "?" in each cell, cannot be
     * edited, and none of its numbers reaches the browser. What is computed from it (Q, K, V, scores, weights, output)
     * stays visible. It lasts over step changes and presenter mode until set again. On a trained model's head, whose
     * matrices are shown as charts, it hides nothing: challenges are made of hand-made lessons.
     */
    public void setHidden(Set<Editable> matrices) {
        hidden = matrices.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(matrices));
        inputs.setHidden(hidden);
        if (panel != null) {
            panel.setHidden(hidden);
        }
    }

    /** The matrices whose numbers are hidden (empty: none). */
    public Set<Editable> hidden() {
        return hidden;
    }

    /**
     * Says what just changed ("W_K[cat, k0]: 0.30 → 1.50") in a live region for a few seconds, and highlights the
     * changed cells of the input matrices: in the inputs panel and in the step's own copies (all a following student
     * has).
     */
    public void showChange(Change change) {
        changeNote.show(textOf(change));
        inputs.flash(change);
        if (panel != null) {
            panel.flash(change);
        }
    }

    /** The change in words; a change of a hidden matrix is named without its numbers. */
    private String textOf(Change change) {
        String changedHidden = Editable.MATRICES.stream().filter(hidden::contains)
                .filter(change.cells()::containsKey).map(Editable::label)
                .collect(java.util.stream.Collectors.joining(", "));
        return changedHidden.isEmpty() ? change.text() : changedHidden + " changed (its numbers are hidden here)";
    }

    /**
     * Presenting: large type, editing chrome hidden, explanations folded, the step's main figure sized to the screen,
     * F for full screen (charts resize in CSS); the teacher edits X and W by clicking their numbers in the step.
     */
    public void setPresenting(boolean on) {
        presenting = on;
        setClassName("presenting", on);
        keys.setFullscreenKey(on);
        if (panel != null) {
            panel.setPresenting(on, editable);
        }
    }

    /**
     * Following someone else (a student following the teacher): no inputs, no step navigation of one's own (call
     * {@link #setNavigable} afterwards to allow it).
     */
    public void setFollowing(boolean following) {
        editable = !following;
        setClassName("following", following);
        inputs.setVisible(!following);
        modelBar.setEnabled(!following);
        drawer.setAvailable(!following);
        if (step != null) {
            panel.setPresenting(presenting, editable);
        }
        setNavigable(!following);
    }

    /**
     * Whether the step links, Previous/Next and the arrow keys move between steps (a classroom's pacing: students
     * locked to the teacher's step, or free to explore), independent of editing.
     */
    public void setNavigable(boolean on) {
        navigable = on;
        setClassName("locked", !on);
        indicator.setVisible(on);
        if (step != null) {
            updateNav();
        }
    }

    /** Whether the learner may move between steps here. */
    public boolean navigable() {
        return navigable;
    }

    /** Whether the inputs drawer is open (it matters on narrow screens only). */
    boolean inputsOpen() {
        return drawer.isOpen();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        subscription = presenter.addListener(this::refresh);
        refresh(); // the state may have changed while detached (e.g. loaded from a link before attaching)
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.run();
            subscription = null;
        }
    }

    void refresh() {
        inputs.refresh();
        modelBar.refresh();
        if (panel != null && panel.showsModel() != presenter.onModel()) {
            Step current = step;
            panel = null; // the trained model's steps are other panels: rebuild (staying on the step)
            show(current);
        } else if (panel != null) {
            panel.update();
        }
    }
}
