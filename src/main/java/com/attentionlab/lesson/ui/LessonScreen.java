package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The lesson's screen, shared by the solo/teacher lesson ({@link LessonView}) and the student's follower view:
 * header with the step indicator and actions, the inputs panel, the current step and the Previous/Next bar.
 * It refreshes itself on every presenter change; where a step change leads is up to its owner.
 */
public class LessonScreen extends Div {

    private final LessonPresenter presenter;
    private final StepIndicator indicator = new StepIndicator();
    private final InputsPanel inputs;
    private final Main stepArea = new Main();
    private final Button prev = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());
    private final Span position = new Span();
    private final Div actions = new Div();
    private final Div banner = new Div();
    private final LessonKeys keys = new LessonKeys();
    private StepPanel panel;
    private Step step;
    private Registration subscription;
    private boolean editable = true;

    public LessonScreen(LessonPresenter presenter, SerializableConsumer<Step> navigate) {
        this.presenter = presenter;
        this.inputs = new InputsPanel(presenter);
        addClassName("lesson-view");
        prev.setId("prev-step");
        next.setId("next-step");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prev.addClickListener(e -> step.previous().ifPresent(navigate));
        next.addClickListener(e -> step.next().ifPresent(navigate));
        add(createHeader(), banner, createBody(), keys);
        banner.addClassName("lesson-banner");
        banner.setVisible(false);
    }

    private Header createHeader() {
        RouterLink home = new RouterLink("Attention Lab", LandingView.class);
        home.addClassName("brand");
        actions.addClassName("header-actions");
        Header header = new Header(home, indicator, actions);
        header.addClassName("app-header");
        return header;
    }

    private Div createBody() {
        position.setId("step-position");
        position.getElement().setAttribute("aria-live", "polite");
        Div nav = new Div(prev, position, next);
        nav.addClassName("step-nav");
        stepArea.addClassName("step-area");
        Div content = new Div(stepArea, nav);
        content.addClassName("step-column");
        Div body = new Div(inputs, content);
        body.addClassName("lesson-body");
        return body;
    }

    /** Shows a step (rebuilding the step's panel only when the step changes). */
    public void show(Step target) {
        if (panel != null && step == target) {
            return;
        }
        step = target;
        rebuildStep();
        indicator.setCurrent(target);
        inputs.setMatricesVisible(target != Step.INTUITION);
        updateNav();
        position.setText("Step " + target.number() + " of " + Step.values().length);
    }

    private void updateNav() {
        prev.setEnabled(editable && step.previous().isPresent());
        next.setEnabled(editable && step.next().isPresent());
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

    /** Presenting: large type, editing chrome hidden, high contrast, F for full screen. */
    public void setPresenting(boolean on) {
        boolean changed = hasClassName("presenting") != on;
        setClassName("presenting", on);
        keys.setFullscreenKey(on);
        if (changed && step != null) {
            rebuildStep(); // charts size themselves when built: rebuild them at the new size
        }
    }

    private void rebuildStep() {
        panel = StepPanels.create(step, presenter);
        stepArea.removeAll();
        stepArea.add(panel);
    }

    /**
     * Following someone else (a student following the teacher): no inputs, no step navigation of one's own.
     */
    public void setFollowing(boolean following) {
        editable = !following;
        setClassName("following", following);
        inputs.setVisible(!following);
        indicator.setVisible(!following);
        if (step != null) {
            updateNav();
        }
    }

    /** Keeps the links of the step indicator carrying the current query (the share code). */
    void setQuery(QueryParameters q) {
        indicator.setQuery(q);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        subscription = presenter.addListener(this::refresh);
        refresh(); // the state may have changed while detached (e.g. loaded from a link before attaching)
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    void refresh() {
        inputs.refresh();
        if (panel != null) {
            panel.refresh();
        }
    }
}
