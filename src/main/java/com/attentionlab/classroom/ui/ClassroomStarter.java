package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.ClassroomException;
import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonHeaderAction;
import com.attentionlab.share.SharedLesson;
import com.attentionlab.web.ClientLimits;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way a classroom starts, from the start page or from a lesson's header: a new room showing the lesson,
 * and this tab becomes the teacher's screen ({@link TeacherView}). Over a limit, the teacher is told why.
 */
@org.springframework.stereotype.Component
public class ClassroomStarter implements LessonHeaderAction {

    private final Classrooms classrooms;
    private final ClientLimits limits;

    public ClassroomStarter(Classrooms classrooms, ClientLimits limits) {
        this.classrooms = classrooms;
        this.limits = limits;
    }

    /** "Start a classroom" in the solo lesson's header: the class starts from the lesson as it is now. */
    @Override
    public Component create(LessonPresenter presenter, Supplier<Step> step) {
        Button start = new Button("Start a classroom", e -> start(presenter.toShared(), step.get()));
        start.setId("start-classroom");
        return start;
    }

    /** Opens a room showing {@code lesson} at {@code step} and takes this tab to the teacher's view. */
    public void start(SharedLesson lesson, Step step) {
        long teaching = TeacherKeys.codes().stream().filter(c -> classrooms.find(c).isPresent()).count();
        if (teaching >= limits.roomsPerSession) {
            refuse("You already teach " + teaching + " classes in this browser, the most one browser may. End "
                    + "one of them first (End class).");
            return;
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        Optional<Duration> wait = request == null ? Optional.empty()
                : limits.roomsPerIp.tryTake(limits.client(request.getHttpServletRequest()));
        if (wait.isPresent()) {
            refuse(limits.roomsPerIp.message(wait.get()));
            return;
        }
        try {
            Room room = classrooms.create(lesson, step.slug());
            TeacherKeys.remember(room.code(), room.controlKey()); // the key stays in this session, never in a URL
            UI.getCurrent().navigate(TeacherView.pathOf(room.code(), step));
        } catch (ClassroomException e) {
            refuse(e.getMessage());
        }
    }

    private static void refuse(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
