package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonView;
import com.attentionlab.testsupport.AbstractUiTest;
import com.attentionlab.testsupport.TestLessons;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The teacher's, the following student's and the exploring student's screens, browserless. */
class ClassroomViewTest extends AbstractUiTest {

    @Autowired
    Classrooms classrooms;

    private Room roomOf(LessonPresenter teacher, Step step) {
        return classrooms.create(teacher.toShared(), step.slug());
    }

    /** This browser session teaches the room (as after starting it here), at the step. */
    private static void teach(Room room, String step) {
        TeacherKeys.remember(room.code(), room.controlKey());
        navigate("teach/" + room.code() + "/" + step);
    }

    @Test
    void theControlKey_isNeverInTheUrl_andAOneTimeLinkMovesTheClassToAnotherDevice() {
        navigate(LessonView.pathOf(Step.SOFTMAX));
        _click(_get(Button.class, spec -> spec.withId("start-classroom")));
        Room room = _get(TeacherView.class).room();
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPathWithQueryParameters()).doesNotContain(room.controlKey()).doesNotContain("key=");

        String token = classrooms.issueHandover(room, room.controlKey());
        TeacherKeys.forget(room.code()); // as on another device: this session knows nothing
        navigate("teach/" + room.code() + "/softmax");
        assertThat(_get(LessonView.class).step()).isEqualTo(Step.SOFTMAX); // not the teacher's screen

        navigate("teach/" + room.code() + "/handover");
        _get(HandoverView.class).claim(token);

        assertThat(_get(TeacherView.class).room()).isSameAs(room);
        navigate("teach/" + room.code() + "/handover");
        _get(HandoverView.class).claim(token); // used once already
        assertThat(_get(HandoverView.class).getElement().getTextRecursively()).contains("does not work");
    }

    @Test
    void startingAClassroomFromTheLesson_makesThisTabTheTeachersScreen() {
        navigate(LessonView.pathOf(Step.SCORES));
        _get(LessonView.class).presenter().editCell(Editable.WQ, 0, 0, "0.5");

        _click(_get(Button.class, spec -> spec.withId("start-classroom")));

        TeacherView teacher = _get(TeacherView.class);
        Room room = teacher.room();
        assertThat(teacher.step()).isEqualTo(Step.SCORES);
        assertThat(_get(Span.class, spec -> spec.withId("join-code")).getText()).isEqualTo(room.code());
        assertThat(_get(Anchor.class, spec -> spec.withId("join-link")).getHref()).endsWith("/join/" + room.code());
        assertThat(room.snapshot().step()).isEqualTo("scores");
        assertThat(room.latest().lesson().state().wq().get(0, 0)).isEqualTo(0.5); // the lesson came along
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("teach/" + room.code() + "/scores");
        // the browser came from this machine and no public URL is set: the teacher is told students cannot open it
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("link-address-warning"))
                .getText()).contains("attention.public-url");
    }

    @Test
    void theTeachersChanges_goToTheRoom() {
        Room room = roomOf(TestLessons.presenter(), Step.PROJECTION);
        teach(room, "projection");
        TeacherView teacher = _get(TeacherView.class);

        teacher.presenter().editCell(Editable.WK, 1, 0, "-2");
        _click(_get(Button.class, spec -> spec.withId("next-step")));

        assertThat(room.latest().step()).isEqualTo("scores");
        assertThat(room.latest().lesson().state().wk().get(1, 0)).isEqualTo(-2.0);
    }

    @Test
    void aWrongControlKey_opensThePlainLesson_andSaysWhy() {
        Room room = roomOf(TestLessons.presenter(), Step.SOFTMAX);

        navigate("teach/" + room.code() + "/softmax"); // this session never started or took over the class

        assertThat(_get(LessonView.class).step()).isEqualTo(Step.SOFTMAX);
        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n ->
                assertThat(n.getElement().getProperty("text")).contains("does not teach a running class"));
        assertThat(room.latest().step()).isEqualTo("softmax");
    }

    @Test
    void endClass_endsTheRoom_andTheTeacherKeepsTheLesson() {
        LessonPresenter source = TestLessons.presenter();
        source.editCell(Editable.WV, 1, 1, "0.25");
        Room room = roomOf(source, Step.FLOW);
        teach(room, "flow");

        _click(_get(Button.class, spec -> spec.withId("end-class")));
        assertThat(room.ended()).as("asks first").isFalse();
        _click(_get(Button.class, spec -> spec.withId("cancel-end-class")));
        assertThat(room.ended()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("end-class")));
        _click(_get(Button.class, spec -> spec.withId("confirm-end-class")));

        assertThat(room.ended()).isTrue();
        LessonView solo = _get(LessonView.class);
        assertThat(solo.step()).isEqualTo(Step.FLOW);
        assertThat(solo.presenter().state().wv().get(1, 1)).isEqualTo(0.25);
    }

    @Test
    void student_followsTheTeacher_explores_andTheRoomIsUntouched() {
        LessonPresenter teacher = TestLessons.presenter();
        Room room = roomOf(teacher, Step.PROJECTION);

        navigate("join/" + room.code().toLowerCase());
        JoinView join = _get(JoinView.class);
        assertThat(join.step()).isEqualTo(Step.PROJECTION);

        teacher.editCell(Editable.WQ, 2, 0, "-1");
        classrooms.publish(room, room.controlKey(), teacher.toShared(), "softmax");
        awaitUi(() -> join.step() == Step.SOFTMAX);

        assertThat(join.presenter().state().wq().get(2, 0)).isEqualTo(-1.0);
        assertThat(_get(Div.class, spec -> spec.withId("what-changed")).getText())
                .isEqualTo("W_Q[pronoun, q0]: 2.50 → -1.00"); // the student sees what the teacher changed

        _click(_get(Button.class, spec -> spec.withId("explore-button")));
        ExploreView own = _get(ExploreView.class);
        own.presenter().editCell(Editable.WQ, 2, 0, "5");

        assertThat(own.step()).isEqualTo(Step.SOFTMAX);
        assertThat(room.latest().lesson().state().wq().get(2, 0)).isEqualTo(-1.0);
        assertThat(_get(Anchor.class, spec -> spec.withId("follow-teacher")).getHref()).isEqualTo("join/" + room.code());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("join/" + room.code() + "/explore/softmax");
    }

    @Test
    void endedClass_studentKeepsTheLastState() {
        Room room = roomOf(TestLessons.presenter(), Step.FLOW);
        navigate("join/" + room.code());
        JoinView join = _get(JoinView.class);

        classrooms.end(room, room.controlKey());
        awaitUi(join::ended);

        assertThat(_get(Span.class, spec -> spec.withId("follow-status")).getText()).contains("has ended");
        assertThat(_get(Dialog.class, spec -> spec.withId("class-ended-dialog")).isOpened()).isTrue();
        assertThat(join.step()).isEqualTo(Step.FLOW);
    }

    @Test
    void oneBrowser_teachesAtMostThreeClassesAtOnce() {
        for (int i = 0; i < 3; i++) {
            navigate(LessonView.pathOf(Step.SCORES));
            _click(_get(Button.class, spec -> spec.withId("start-classroom")));
            _get(TeacherView.class);
        }
        navigate(LessonView.pathOf(Step.SCORES));
        _click(_get(Button.class, spec -> spec.withId("start-classroom")));

        assertThat(_get(LessonView.class).step()).isEqualTo(Step.SCORES); // still the lesson, no fourth class
        assertThat(NotificationsKt.getNotifications()).last().satisfies(n ->
                assertThat(n.getElement().getProperty("text")).contains("already teach 3 classes"));
    }

    @Test
    void theTeacherSeesHowManyStudentsFollow() {
        Room room = roomOf(TestLessons.presenter(), Step.SCORES);
        teach(room, "scores");
        Span count = _get(Span.class, spec -> spec.withId("student-count"));
        awaitUi(() -> "0".equals(count.getElement().getAttribute("data-count")));

        Runnable one = classrooms.follow(room, s -> { });
        classrooms.follow(room, s -> { });
        awaitUi(() -> "2".equals(count.getElement().getAttribute("data-count")));
        assertThat(count.getText()).isEqualTo("2 students connected");

        one.run();
        awaitUi(() -> "1".equals(count.getElement().getAttribute("data-count")));
        assertThat(count.getText()).isEqualTo("1 student connected");
    }

    @Test
    void unknownJoinCode_saysSo() {
        navigate("join/ZZZZZZ");

        assertThat(_get(Div.class, spec -> spec.withId("join-error")).getElement().getTextRecursively())
                .contains("No class is running with the code ZZZZZZ");
    }
}
