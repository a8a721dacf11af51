package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.AuthoredLesson;
import com.attentionlab.lesson.Change;
import com.attentionlab.share.SharedLesson;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route that shows the lesson screen at {@code …/:step}: the solo lesson ({@link LessonView}) and, in the
 * classroom feature, the teacher's and the exploring student's views. It owns what they share: one presenter per
 * browser tab (kept on the UI, so the state carries across steps and routes), the Share and Present buttons, the
 * share code in the URL ({@code ?s=}, read on entry, kept up to date with history replace on every change) and
 * presenter mode ({@code ?present=1}). This class is the one place that builds a lesson URL.
 */
public abstract class AbstractLessonView extends Div
        implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    protected final LessonPresenter presenter;
    protected final LessonScreen screen;
    private final LessonPresenters presenters;
    private final Button present = new Button("Present");
    /** Controls other features add to the Share dialog ({@link LessonHeaderAction.Placement#SHARE_DIALOG}). */
    private final List<LessonHeaderAction> shareActions = new ArrayList<>();
    private boolean presenting;
    private Runnable subscription;
    /** The lesson as the screen last showed it, to say what changed. */
    private SharedLesson shown;

    protected AbstractLessonView(LessonPresenters presenters, PublicUrls urls) {
        this.presenters = presenters;
        this.presenter = presenterOfThisTab(presenters);
        this.screen = new LessonScreen(presenter, this::navigate, this::path);
        addClassName("lesson-route");
        add(screen);
        // a share link is always the plain lesson at this step: never a classroom's address
        Button share = new Button("Share", e -> new ShareDialog(urls.absolute(LessonView.pathOf(step()) + "?"
                + QueryParameters.of("s", presenter.shareCode()).getQueryString()),
                shareActions.stream().map(a -> a.create(presenter, this::step)).toList()).open());
        share.setId("share-button");
        present.setId("present-toggle");
        present.addClickListener(e -> setPresenting(!presenting));
        screen.addAction(share);
        screen.addAction(present);
    }

    /** Shows a control another feature contributes, where it asks to be ({@link LessonHeaderAction#placement()}). */
    protected void addAction(LessonHeaderAction action) {
        switch (action.placement()) {
            case HEADER -> screen.addAction(action.create(presenter, this::step));
            case SHARE_DIALOG -> shareActions.add(action);
        }
    }

    private static LessonPresenter presenterOfThisTab(LessonPresenters presenters) {
        UI ui = UI.getCurrent();
        LessonPresenter p = ComponentUtil.getData(ui, LessonPresenter.class);
        if (p == null) {
            p = presenters.create();
            ComponentUtil.setData(ui, LessonPresenter.class, p);
        }
        return p;
    }

    /** This view's path at a step, without the query, e.g. {@code lesson/scores}. */
    protected abstract String path(Step step);

    /** Query parameters of this view besides {@code s} and {@code present} (e.g. a teacher's key). */
    protected Map<String, String> extraQuery() {
        return Map.of();
    }

    /**
     * Reads what this view needs from the route before the step is shown.
     *
     * @return false when the view forwarded or rerouted the event (nothing more is done)
     */
    protected boolean enter(BeforeEnterEvent event, QueryParameters query) {
        return true;
    }

    /** Whether a share code in the URL is loaded on entry (a classroom's own state may win instead). */
    protected boolean takesShareCode() {
        return true;
    }

    /** After every change of state, step or mode, once the URL has followed. */
    protected void changed() {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        if (!enter(event, q)) {
            return;
        }
        Optional<Step> target = event.getRouteParameters().get("step").flatMap(Step::fromSlug);
        if (target.isEmpty()) {
            event.forwardTo(path(Step.INTUITION), q);
            return;
        }
        presenting = first(q, "present").filter("1"::equals).isPresent();
        screen.setPresenting(presenting);
        present.getElement().setAttribute("aria-pressed", Boolean.toString(presenting));
        screen.show(target.get());
        if (takesShareCode()) {
            loadFromLink(q).ifPresent(reason -> {
                presenter.loadDefault();
                Notification n = Notification.show("This link could not be read: " + reason
                        + ". Showing the default lesson instead.", 8000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                n.setId("link-error");
            });
        }
    }

    /**
     * The lesson of the link: a share code ({@code s}), or an authored link ({@code sentence}, {@code preset},
     * {@code seed}; on a trained model's head {@code model}, {@code sentence}, {@code layer}, {@code head}); the
     * address bar then shows the share code. Returns why the link cannot be read.
     */
    private Optional<String> loadFromLink(QueryParameters q) {
        Optional<String> code = first(q, "s");
        if (code.isPresent()) {
            return presenter.loadShared(code.get());
        }
        Optional<String> sentence = first(q, AuthoredLesson.SENTENCE);
        Optional<String> preset = first(q, AuthoredLesson.PRESET);
        Optional<String> seed = first(q, AuthoredLesson.SEED);
        String model = first(q, AuthoredLesson.MODEL).orElse(null);
        String layer = first(q, AuthoredLesson.LAYER).orElse(null);
        String head = first(q, AuthoredLesson.HEAD).orElse(null);
        boolean onModel = AuthoredLesson.asksForModel(model, layer, head);
        if (sentence.isEmpty() && preset.isEmpty() && seed.isEmpty() && !onModel) {
            return Optional.empty();
        }
        try {
            presenter.load(onModel
                    ? AuthoredLesson.ofModel(presenters.models(), model, sentence.orElse(null), layer, head)
                    : AuthoredLesson.of(sentence.orElse(null), preset.orElse(null), seed.orElse(null)));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        sync();
    }

    /** The URL follows the state (history replace: no new entry per edit); then the view's own follow-up. */
    private void sync() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location(step())));
        Change.between(shown, presenter.toShared()).ifPresent(screen::showChange);
        shown = presenter.toShared();
        changed();
    }

    private void navigate(Step target) {
        getUI().ifPresent(ui -> ui.navigate(path(target), query()));
    }

    /** The full location of this view at a step: path and query. */
    protected String location(Step step) {
        return path(step) + "?" + query().getQueryString();
    }

    /** The lesson's own query: the share code, and presenter mode when on. */
    protected QueryParameters lessonQuery() {
        return QueryParameters.simple(lessonParameters());
    }

    private QueryParameters query() {
        Map<String, String> q = lessonParameters();
        q.putAll(extraQuery());
        return QueryParameters.simple(q);
    }

    private Map<String, String> lessonParameters() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("s", presenter.shareCode());
        if (presenting) {
            q.put("present", "1");
        }
        return q;
    }

    protected static Optional<String> first(QueryParameters q, String name) {
        return q.getSingleParameter(name);
    }

    private void setPresenting(boolean on) {
        presenting = on;
        screen.setPresenting(on);
        present.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        sync();
    }

    /** The step on screen (before the first navigation, the first step). */
    public Step step() {
        return screen.step() == null ? Step.INTUITION : screen.step();
    }

    public LessonPresenter presenter() {
        return presenter;
    }

    public boolean presenting() {
        return presenting;
    }

    @Override
    public String getPageTitle() {
        return step().number() + ". " + step().title() + " — Attention Lab";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        subscription = presenter.addListener(this::sync);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.run();
            subscription = null;
        }
    }
}
