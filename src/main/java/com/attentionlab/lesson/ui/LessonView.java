package com.attentionlab.lesson.ui;

import com.attentionlab.classroom.ClassroomException;
import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lesson at {@code /lesson/{step}}. Thin: reads the URL, hands it to the presenter, keeps the URL following the
 * state. One presenter per browser tab (kept on the UI), so the state carries across steps.
 *
 * <p>Query parameters: {@code s} — the share code of the whole lesson (kept up to date with history replace as the
 * learner edits); {@code present=1} — presenter mode; {@code room} + {@code key} — the teacher's control link of a
 * live classroom (every change is broadcast to the students); {@code room} alone — a student exploring on their
 * own, with a way back to following the teacher.
 */
@Route("lesson/:step")
public class LessonView extends Div implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final LessonPresenter presenter;
    private final Classrooms classrooms;
    private final LessonScreen screen;
    private final Button present = new Button("Present");
    private final ClassroomBar classroomBar;
    private boolean presenting;
    private Room teacherRoom;
    private String roomKey;
    private String exploringRoom;
    private Registration subscription;

    /** Without Spring (browserless tests): default limits. */
    public LessonView() {
        this(LessonPresenters.standalone(), Classrooms.standalone());
    }

    @Autowired
    public LessonView(LessonPresenters presenters, Classrooms classrooms) {
        this.presenter = presenterOfThisTab(presenters);
        this.classrooms = classrooms;
        this.screen = new LessonScreen(presenter, this::navigate);
        this.classroomBar = new ClassroomBar();
        addClassName("lesson-route");
        add(screen);
        configureActions();
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

    private void configureActions() {
        Button share = new Button("Share", e -> openShareDialog());
        share.setId("share-button");
        present.setId("present-toggle");
        present.addClickListener(e -> setPresenting(!presenting));
        Button startClass = new Button("Start a classroom", e -> startClassroom());
        startClass.setId("start-classroom");
        screen.addAction(share);
        screen.addAction(present);
        screen.addAction(startClass);
    }

    private void navigate(Step target) {
        getUI().ifPresent(ui -> ui.navigate(LessonView.class, new RouteParameters("step", target.slug()), query()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Step> target = event.getRouteParameters().get("step").flatMap(Step::fromSlug);
        if (target.isEmpty()) {
            event.forwardTo(LessonView.class, new RouteParameters("step", Step.INTUITION.slug()));
            return;
        }
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        presenting = "1".equals(first(q, "present"));
        screen.setPresenting(presenting); // before show: a first visit in presenter mode builds its charts once
        screen.show(target.get());
        bindClassroom(first(q, "room"), first(q, "key"));
        String code = first(q, "s");
        if (teacherRoom == null && code != null) {
            presenter.loadShared(code).ifPresent(reason -> {
                presenter.loadDefault();
                Notification n = Notification.show("This link could not be read: " + reason
                        + ". Showing the default lesson instead.", 8000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                n.setId("link-error");
            });
        }
        present.getElement().setAttribute("aria-pressed", Boolean.toString(presenting));
    }

    private void bindClassroom(String room, String key) {
        exploringRoom = null;
        if (room != null && key != null) {
            Optional<Room> r = classrooms.control(room, key);
            if (r.isPresent()) {
                boolean fresh = teacherRoom != r.get();
                teacherRoom = r.get();
                roomKey = key;
                if (fresh) {
                    // the room survives reloads and other devices: its latest state wins
                    presenter.load(teacherRoom.latest().lesson());
                }
                classroomBar.showTeacher(teacherRoom, key, this::endClass);
                screen.setBanner(classroomBar);
                return;
            }
            Notification.show("That control link does not belong to a running class (it may have ended).",
                    8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } else if (room != null) {
            exploringRoom = Classrooms.normalize(room);
            classroomBar.showExploring(exploringRoom);
            screen.setBanner(classroomBar);
            teacherRoom = null;
            return;
        }
        teacherRoom = null;
        roomKey = null;
        screen.setBanner();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        sync();
    }

    /** After every change: the URL follows the state, and a teacher's change goes to the class. */
    private void sync() {
        QueryParameters q = query();
        screen.setQuery(q);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "lesson/" + step().slug() + "?" + q.getQueryString()));
        if (teacherRoom != null) {
            try {
                classrooms.publish(teacherRoom, roomKey, presenter.toShared(), step().slug());
            } catch (ClassroomException e) {
                Notification.show(e.getMessage(), 5000, Notification.Position.TOP_CENTER);
                teacherRoom = null;
                screen.setBanner();
            }
        }
    }

    private QueryParameters query() {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("s", List.of(presenter.shareCode()));
        if (presenting) {
            q.put("present", List.of("1"));
        }
        if (teacherRoom != null) {
            q.put("room", List.of(teacherRoom.code()));
            q.put("key", List.of(roomKey));
        } else if (exploringRoom != null) {
            q.put("room", List.of(exploringRoom));
        }
        return new QueryParameters(q);
    }

    private static String first(Map<String, List<String>> q, String name) {
        List<String> v = q.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private void setPresenting(boolean on) {
        presenting = on;
        screen.setPresenting(on);
        present.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        sync();
    }

    private void openShareDialog() {
        new ShareDialog(Urls.absolute("lesson/" + step().slug() + "?s=" + presenter.shareCode())).open();
    }

    private void startClassroom() {
        try {
            Room room = classrooms.create(presenter.toShared(), step().slug());
            getUI().ifPresent(ui -> ui.navigate(LessonView.class, new RouteParameters("step", step().slug()),
                    QueryParameters.simple(Map.of("room", room.code(), "key", room.controlKey()))));
        } catch (ClassroomException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void endClass() {
        if (teacherRoom != null) {
            classrooms.end(teacherRoom, roomKey);
            teacherRoom = null;
            roomKey = null;
            screen.setBanner();
            Notification.show("The class has ended. Students keep the lesson as they last saw it.");
            sync();
        }
    }

    /** The step on screen (the screen holds it; before the first navigation, the first step). */
    public Step step() {
        return screen.step() == null ? Step.INTUITION : screen.step();
    }

    public LessonPresenter presenter() {
        return presenter;
    }

    /** The room this tab drives, if it is a teacher's control link. */
    public Optional<Room> teacherRoom() {
        return Optional.ofNullable(teacherRoom);
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
            subscription.remove();
            subscription = null;
        }
    }
}
