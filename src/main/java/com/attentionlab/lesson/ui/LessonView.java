package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lesson at {@code /lesson/{step}}: the step indicator, the inputs panel and the current step's content.
 * Thin: it builds the layout, hands the step to the right panel and refreshes on every presenter change.
 * One presenter per browser tab (kept on the UI), so the state carries across steps.
 */
@Route("lesson/:step")
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonPresenter presenter;
    private final StepIndicator indicator = new StepIndicator();
    private final InputsPanel inputs;
    private final Main stepArea = new Main();
    private final Button prev = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());
    private final Span position = new Span();
    private StepPanel panel;
    private Step step = Step.INTUITION;
    private Registration subscription;

    /** Without Spring (browserless tests): default limits. */
    public LessonView() {
        this(LessonPresenters.standalone());
    }

    @Autowired
    public LessonView(LessonPresenters presenters) {
        this.presenter = presenterOfThisTab(presenters);
        this.inputs = new InputsPanel(presenter);
        addClassName("lesson-view");
        add(createHeader(), createBody(), new LessonKeys());
    }

    private static LessonPresenter presenterOfThisTab(LessonPresenters presenters) {
        UI ui = UI.getCurrent();
        LessonPresenter p = ui == null ? null : ComponentUtil.getData(ui, LessonPresenter.class);
        if (p == null) {
            p = presenters.create();
            if (ui != null) {
                ComponentUtil.setData(ui, LessonPresenter.class, p);
            }
        }
        return p;
    }

    private Header createHeader() {
        RouterLink home = new RouterLink("Attention Lab", LandingView.class);
        home.addClassName("brand");
        Header header = new Header(home, indicator);
        header.addClassName("app-header");
        return header;
    }

    private Div createBody() {
        prev.setId("prev-step");
        next.setId("next-step");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prev.addClickListener(e -> step.previous().ifPresent(this::navigate));
        next.addClickListener(e -> step.next().ifPresent(this::navigate));
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

    private void navigate(Step target) {
        getUI().ifPresent(ui -> ui.navigate(LessonView.class, new RouteParameters("step", target.slug())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("step").orElse("");
        Step target = Step.fromSlug(slug).orElse(null);
        if (target == null) {
            event.forwardTo(LessonView.class, new RouteParameters("step", Step.INTUITION.slug()));
            return;
        }
        show(target);
    }

    private void show(Step target) {
        if (panel != null && step == target) {
            return;
        }
        step = target;
        panel = StepPanels.create(target, presenter);
        stepArea.removeAll();
        stepArea.add(panel);
        indicator.setCurrent(target);
        inputs.setMatricesVisible(target != Step.INTUITION);
        prev.setEnabled(target.previous().isPresent());
        next.setEnabled(target.next().isPresent());
        next.setText(target.next().map(s -> "Next: " + s.title()).orElse("Next"));
        position.setText("Step " + target.number() + " of " + Step.values().length);
    }

    /** The step on screen. */
    public Step step() {
        return step;
    }

    public LessonPresenter presenter() {
        return presenter;
    }

    @Override
    public String getPageTitle() {
        return step.number() + ". " + step.title() + " — Attention Lab";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        subscription = presenter.addListener(this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void refresh() {
        inputs.refresh();
        if (panel != null) {
            panel.refresh();
        }
    }
}
