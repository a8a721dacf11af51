package com.attentionlab.lesson.ui;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.classroom.ui.JoinView;
import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Share links, presenter mode and the classroom views, browserless. */
class ShareAndClassroomViewTest {

    private static Routes routes;
    private final Classrooms classrooms = Classrooms.standalone();

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("com.attentionlab");
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(routes);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static String codeOfAnEditedLesson() {
        LessonPresenter p = new LessonPresenter(new AttentionEngine());
        p.editCell(Editable.WQ, 2, 0, "0.125");
        p.setCausal(true);
        p.setSentence("The dog slept because it was tired");
        return p.shareCode();
    }

    @Test
    void shareLink_reproducesTheExactLesson() {
        String code = codeOfAnEditedLesson();

        UI.getCurrent().navigate("lesson/softmax", QueryParameters.simple(Map.of("s", code)));

        LessonView view = _get(LessonView.class);
        assertThat(view.step()).isEqualTo(Step.SOFTMAX);
        assertThat(view.presenter().state().tokens()).hasSize(7);
        assertThat(view.presenter().state().wq().get(2, 0)).isEqualTo(0.125);
        assertThat(view.presenter().state().causal()).isTrue();
        assertThat(view.presenter().shareCode()).isEqualTo(code);
        MatrixGrid wq = _get(MatrixGrid.class, spec -> spec.withId("matrix-wq"));
        assertThat(wq.matrix().get(2, 0)).isEqualTo(0.125); // the inputs panel shows the link's state too
    }

    @Test
    void badLink_opensTheDefaultLesson_withANotificationSayingWhy() {
        String code = codeOfAnEditedLesson();

        UI.getCurrent().navigate("lesson/scores", QueryParameters.simple(Map.of("s", code.substring(0, code.length() / 2))));

        LessonView view = _get(LessonView.class);
        assertThat(view.step()).isEqualTo(Step.SCORES);
        assertThat(view.presenter().state().tokens()).hasSize(10);
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).contains("could not be read"));
    }

    @Test
    void presentParameter_turnsOnPresenterMode() {
        UI.getCurrent().navigate("lesson/scores", QueryParameters.simple(Map.of("present", "1")));

        LessonView view = _get(LessonView.class);
        assertThat(view.presenting()).isTrue();
        assertThat(_get(LessonScreen.class).hasClassName("presenting")).isTrue();
        _click(_get(Button.class, spec -> spec.withId("present-toggle")));
        assertThat(_get(LessonScreen.class).hasClassName("presenting")).isFalse();
    }

    @Test
    void startingAClassroom_givesTheTeacherAJoinCodeAndLink() {
        UI.getCurrent().navigate("lesson/scores");

        _click(_get(Button.class, spec -> spec.withId("start-classroom")));

        LessonView view = _get(LessonView.class);
        Room room = view.teacherRoom().orElseThrow();
        assertThat(_get(Span.class, spec -> spec.withId("join-code")).getText()).isEqualTo(room.code());
        assertThat(_get(Anchor.class, spec -> spec.withId("join-link")).getHref()).endsWith("/join/" + room.code());
        assertThat(room.snapshot().step()).isEqualTo("scores");
    }

    @Test
    void student_followsTheTeacher_explores_andTheRoomIsUntouched() {
        LessonPresenter teacher = new LessonPresenter(new AttentionEngine());
        Room room = classrooms.create(teacher.toShared(), "projection");

        UI.getCurrent().navigate("join/" + room.code().toLowerCase());
        JoinView join = _get(JoinView.class);
        assertThat(join.step()).isEqualTo(Step.PROJECTION);

        teacher.editCell(Editable.WQ, 2, 0, "-1");
        classrooms.publish(room, room.controlKey(), teacher.toShared(), "softmax");
        MockVaadin.clientRoundtrip(); // run the pushed ui.access tasks

        assertThat(join.step()).isEqualTo(Step.SOFTMAX);
        assertThat(join.presenter().state().wq().get(2, 0)).isEqualTo(-1.0);

        _click(_get(Button.class, spec -> spec.withId("explore-button")));
        LessonView own = _get(LessonView.class);
        own.presenter().editCell(Editable.WQ, 2, 0, "5");

        assertThat(own.teacherRoom()).isEmpty();
        assertThat(room.snapshot().lesson().state().wq().get(2, 0)).isEqualTo(-1.0);
        assertThat(_get(Anchor.class, spec -> spec.withId("follow-teacher")).getHref()).isEqualTo("join/" + room.code());
    }

    @Test
    void endedClass_studentKeepsTheLastState() {
        LessonPresenter teacher = new LessonPresenter(new AttentionEngine());
        Room room = classrooms.create(teacher.toShared(), "flow");
        UI.getCurrent().navigate("join/" + room.code());
        JoinView join = _get(JoinView.class);

        classrooms.end(room, room.controlKey());
        MockVaadin.clientRoundtrip();

        assertThat(join.ended()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("follow-status")).getText()).contains("has ended");
        assertThat(join.step()).isEqualTo(Step.FLOW);
    }

    @Test
    void unknownJoinCode_saysSo() {
        UI.getCurrent().navigate("join/ZZZZZZ");

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("join-error")).getElement()
                .getTextRecursively()).contains("No class is running with the code ZZZZZZ");
    }

    @Test
    void landing_joinField_refusesAWrongCode() {
        UI.getCurrent().navigate("");
        TextField code = _get(TextField.class, spec -> spec.withId("join-code-input"));
        code.setValue("abc");

        _click(_get(Button.class, spec -> spec.withId("join-button")));

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("6 letters and digits");
        assertThat(ComponentUtil.getData(UI.getCurrent(), LessonPresenter.class)).isNull();
    }
}
