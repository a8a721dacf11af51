package com.attentionlab.classroom.ui;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.classroom.StudentProgress;
import com.attentionlab.lesson.Editable;
import com.attentionlab.share.SharedLesson;
import com.attentionlab.lesson.Step;
import com.attentionlab.testsupport.AbstractUiTest;
import com.attentionlab.testsupport.TestLessons;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Challenges in a classroom, browserless: the teacher posts one, students solve or get stuck, the dashboard shows it. */
class ClassroomChallengeViewTest extends AbstractUiTest {

    @Autowired
    Classrooms classrooms;

    private Room room() {
        return classrooms.create(TestLessons.presenter().toShared(), Step.SOFTMAX.slug());
    }

    private static void teach(Room room) {
        TeacherKeys.remember(room.code(), room.controlKey());
        navigate("teach/" + room.code() + "/softmax");
    }

    /** The teacher's dashboard, as the teacher's screen has it (the teacher's tab is another UI in real life). */
    private Dashboard teachersDashboard(Room room) {
        Dashboard d = new Dashboard(classrooms);
        d.setChallenge("it-to-mat", "Make it mean the mat");
        UI ui = UI.getCurrent();
        ui.add(d);
        classrooms.watchProgress(room, room.controlKey(), (changed, left) -> ui.access(() -> d.update(changed, left)));
        return d;
    }

    private static Optional<String> stateOf(Dashboard d, String studentId) {
        return d.row(studentId).map(r -> r.getElement().getAttribute("data-state"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theTeacherPostsItToMat_andTheDashboardAppears_withStudentsFromAnyDevice() {
        Room room = room();
        teach(room);
        TeacherView teacher = _get(TeacherView.class);
        assertThat(teacher.dashboard().isVisible()).isFalse();

        Select<Challenge> select = _get(Select.class, spec -> spec.withId("challenge-select"));
        select.setValue(select.getListDataView().getItems().filter(c -> c.id().equals("it-to-mat")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("post-challenge")));

        assertThat(room.snapshot().challenge()).isEqualTo("it-to-mat");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard")).isVisible()).isTrue();
        // a student on another device reports, with a nickname that looks like markup
        classrooms.reportProgress(room, StudentProgress.start("s1", "<b>Eve</b>", "it-to-mat", classrooms.now()));
        awaitUi(() -> teacher.dashboard().row("s1").isPresent());
        Div row = teacher.dashboard().row("s1").orElseThrow();
        assertThat(row.getElement().getAttribute("data-state")).isEqualTo("working");
        Span nick = (Span) row.getChildren().findFirst().orElseThrow();
        assertThat(nick.getText()).isEqualTo("<b>Eve</b>");
        assertThat(nick.getElement().getChildren()).as("text, not HTML").singleElement()
                .satisfies(e -> assertThat(e.isTextNode()).isTrue());

        _click(_get(Button.class, spec -> spec.withId("end-challenge")));
        assertThat(room.snapshot().challenge()).isNull();
        assertThat(teacher.dashboard().isVisible()).isFalse();
    }

    @Test
    void aStudentEditsToSolveItToMat_andTheDashboardRowSaysSolved() {
        Room room = room();
        classrooms.postChallenge(room, room.controlKey(), "it-to-mat");
        Dashboard dashboard = teachersDashboard(room);

        navigate("join/" + room.code());
        JoinView join = _get(JoinView.class);
        join.chooseNickname("Ada");
        String id = join.progress().studentId();
        awaitUi(() -> stateOf(dashboard, id).equals(Optional.of("working")));
        assertThat(join.step()).isEqualTo(Step.SOFTMAX);
        assertThat(join.presenter().toShared()).as("a private copy of the challenge's start")
                .isEqualTo(RoomChallenges.resolve("it-to-mat").orElseThrow().start().lesson());

        join.presenter().editCell(Editable.WK, 0, 1, "0.5"); // not yet
        join.presenter().editCell(Editable.WK, 0, 0, "-1.5"); // the solution

        awaitUi(() -> stateOf(dashboard, id).equals(Optional.of("solved")));
        Div row = dashboard.row(id).orElseThrow();
        assertThat(row.getElement().getTextRecursively()).contains("Ada").contains("2 edits");
        assertThat(_get(Span.class, spec -> spec.withId("challenge-status")).getElement().getAttribute("data-state"))
                .isEqualTo("solved");
    }

    @Test
    void iAmStuck_showsStuckOnTheDashboard_andLeavingRemovesTheRow() {
        Room room = room();
        classrooms.postChallenge(room, room.controlKey(), "it-to-mat");
        Dashboard dashboard = teachersDashboard(room);
        navigate("join/" + room.code());
        JoinView join = _get(JoinView.class);
        String id = join.progress().studentId();

        _click(_get(Button.class, spec -> spec.withId("challenge-stuck")));

        awaitUi(() -> stateOf(dashboard, id).equals(Optional.of("stuck")));
        assertThat(_get(Span.class, spec -> spec.withId("challenge-status")).getElement().getAttribute("data-state"))
                .isEqualTo("stuck");
        navigate("");
        awaitUi(() -> dashboard.row(id).isEmpty());
    }

    @Test
    void aStudentJoinsAsStudentN_mayChooseANickname_andIsToldWhatIsShared() {
        Room room = room();
        navigate("join/" + room.code());
        JoinView join = _get(JoinView.class);

        assertThat(join.nickname()).matches("Student \\d+");
        assertThat(_get(Paragraph.class, spec -> spec.withId("privacy-note")).getText())
                .isEqualTo("Only your nickname is shared with the teacher; nothing is kept after the class ends.");
        TextField field = _get(TextField.class, spec -> spec.withId("nickname"));
        field.setValue("x".repeat(25));
        _click(_get(Button.class, spec -> spec.withId("nickname-button")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("24 characters");
        assertThat(join.nickname()).matches("Student \\d+");

        field.setValue("  Ada\u0007 ");
        _click(_get(Button.class, spec -> spec.withId("nickname-button")));
        assertThat(join.nickname()).isEqualTo("Ada");
        assertThat(_get(Span.class, spec -> spec.withId("nickname-shown")).getText()).isEqualTo("You are Ada");
        assertThat(_get(Span.class, spec -> spec.withId("follow-status")).getElement().getAttribute("data-state"))
                .as("following as before").isEqualTo("following");
    }

    @Test
    void theTeacherShowsAStudentsWorkAnonymously_onTheProjectorToo_andGoesBackToTheOwnLesson() {
        Room room = room();
        classrooms.postChallenge(room, room.controlKey(), "it-to-mat");
        navigate("join/" + room.code());
        JoinView join = _get(JoinView.class);
        join.chooseNickname("Ada Lovelace");
        join.presenter().editCell(Editable.WK, 0, 0, "-1.5");
        StudentProgress reported = join.progress();
        SharedLesson students = join.presenter().toShared();
        assertThat(reported.lesson()).as("every report carries the student's lesson as its share code")
                .isEqualTo(join.presenter().shareCode());
        assertThat(reported.state()).isEqualTo(StudentProgress.State.SOLVED);

        teach(room); // the teacher's tab is another UI in real life: leaving the join view forgets the student
        classrooms.reportProgress(room, reported); // so the student reports once more, as from another device
        navigate("teach/" + room.code() + "/intuition"); // the teacher is elsewhere in the lesson
        TeacherView teacher = _get(TeacherView.class);
        SharedLesson own = teacher.presenter().toShared();
        awaitUi(() -> teacher.dashboard().row(reported.studentId()).isPresent());
        assertThat(teacher.showingStudentsWork()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("show-" + reported.studentId())));
        Div notice = _get(Div.class, spec -> spec.withId("showing-student"));

        assertThat(teacher.presenter().toShared()).as("the student's state, on the teacher's screen")
                .isEqualTo(students);
        assertThat(_get(TeacherView.class).step()).as("at the challenge's step").isEqualTo(Step.SOFTMAX);
        assertThat(room.latest().lesson()).as("and so on the projector and the following screens")
                .isEqualTo(students);
        assertThat(notice.isVisible()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("showing-student-text")).getText())
                .isEqualTo("Showing a student's work (anonymous)");
        assertThat(notice.getElement().getTextRecursively()).doesNotContain("Ada").doesNotContain("Lovelace");

        _click(_get(Button.class, spec -> spec.withId("back-to-my-lesson")));

        assertThat(teacher.presenter().toShared()).isEqualTo(own);
        assertThat(room.latest().lesson()).isEqualTo(own);
        assertThat(notice.isVisible()).isFalse();
        assertThat(teacher.showingStudentsWork()).isFalse();
    }
}
