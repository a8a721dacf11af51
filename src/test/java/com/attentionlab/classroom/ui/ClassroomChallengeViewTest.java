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
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
        return teachersDashboard(room, "it-to-mat");
    }

    private Dashboard teachersDashboard(Room room, String challengeId) {
        Dashboard d = new Dashboard(classrooms);
        d.setChallenge(challengeId, challengeId);
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
        assertThat(_get(Div.class, spec -> spec.withId("challenge-status")).getElement().getAttribute("data-state"))
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
        assertThat(_get(Div.class, spec -> spec.withId("challenge-status")).getElement().getAttribute("data-state"))
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
                .startsWith("Showing a student's work (anonymous).");
        assertThat(notice.getElement().getTextRecursively()).doesNotContain("Ada").doesNotContain("Lovelace");

        _click(_get(Button.class, spec -> spec.withId("back-to-my-lesson")));

        assertThat(teacher.presenter().toShared()).isEqualTo(own);
        assertThat(room.latest().lesson()).isEqualTo(own);
        assertThat(notice.isVisible()).isFalse();
        assertThat(teacher.showingStudentsWork()).isFalse();
    }

    @Test
    void onAChallenge_theStudentHasThePanel_notTheFollowingLine() {
        Room room = room();
        navigate("join/" + room.code());
        Span status = _get(Span.class, spec -> spec.withId("follow-status"));
        assertThat(status.getText()).isEqualTo("Following the teacher, live.");

        classrooms.postChallenge(room, room.controlKey(), "it-to-mat");
        awaitUi(() -> _get(JoinView.class).challengePanel() != null);

        assertThat(status.getText()).doesNotContain("Following the teacher")
                .contains("your edits change only your screen");
        _click(_get(Button.class, spec -> spec.withId("challenge-hint")));
        assertThat(_get(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withId("challenge-hint-1"))
                .getText()).isEqualTo(RoomChallenges.resolve("it-to-mat").orElseThrow().hints().get(0));
    }

    @Test
    void theTeacherRevealsTheSolution_onTheProjector_andOnEveryStudentsPanel_whoMayApplyIt() {
        Room room = room();
        Challenge itToMat = RoomChallenges.resolve("it-to-mat").orElseThrow();
        classrooms.postChallenge(room, room.controlKey(), "it-to-mat");
        Dashboard dashboard = teachersDashboard(room);
        navigate("join/" + room.code());
        JoinView join = _get(JoinView.class);
        String id = join.progress().studentId();
        assertThat(join.challengePanel().solutionRevealed()).isFalse();

        classrooms.revealSolution(room, room.controlKey());
        awaitUi(() -> join.challengePanel().solutionRevealed());

        String edits = _get(Paragraph.class, spec -> spec.withId("challenge-solution-edits")).getText();
        assertThat(edits).startsWith("The reference solution sets ").contains("W_K[");
        assertThat(_get(Paragraph.class, spec -> spec.withId("challenge-solution-why")).getText())
                .as("why, with the solved state's numbers").isNotBlank();
        assertThat(join.presenter().state()).as("the student's own copy is left alone")
                .isEqualTo(itToMat.startState());
        _click(_get(Button.class, spec -> spec.withId("challenge-apply-solution")));
        assertThat(join.presenter().state()).isEqualTo(itToMat.solvedState());
        assertThat(_get(Div.class, spec -> spec.withId("challenge-status")).getElement().getAttribute("data-state"))
                .isEqualTo("solved");
        awaitUi(() -> stateOf(dashboard, id).equals(Optional.of("solved")));
        assertThat(dashboard.row(id).orElseThrow().getElement().getTextRecursively())
                .as("the teacher tells a revealed solve from an own one").contains("solved with the solution");
        assertThat(dashboard.getElement().getTextRecursively())
                .contains("1 student · 1 solved (1 with the revealed solution) · 0 stuck");

        // the teacher's side: the solved state on the screen (and so the projector), with the way back
        teach(room);
        TeacherView teacher = _get(TeacherView.class);
        SharedLesson own = teacher.presenter().toShared();
        Button reveal = _get(Button.class, spec -> spec.withId("reveal-solution"));
        assertThat(reveal.isEnabled()).as("already revealed").isFalse();
        classrooms.postChallenge(room, room.controlKey(), "silence-the-pronoun");
        navigate("teach/" + room.code() + "/softmax");
        Challenge silence = RoomChallenges.resolve("silence-the-pronoun").orElseThrow();
        assertThat(room.snapshot().revealed()).as("a new challenge starts unrevealed").isFalse();
        assertThat(reveal.isEnabled()).isTrue();
        _click(reveal);
        assertThat(room.snapshot().revealed()).isTrue();
        assertThat(teacher.presenter().state()).isEqualTo(silence.solvedState());
        assertThat(_get(Span.class, spec -> spec.withId("showing-student-text")).getText())
                .contains("reference solution");
        _click(_get(Button.class, spec -> spec.withId("back-to-my-lesson")));
        assertThat(teacher.presenter().toShared()).isEqualTo(own);
    }

    @Test
    void pacing_locksStudentsToTheTeachersStep_orLetsThemExplore() {
        Room room = room();
        navigate("join/" + room.code());
        JoinView join = _get(JoinView.class);
        Button next = _get(Button.class, spec -> spec.withId("next-step"));
        assertThat(join.exploring()).isFalse();
        assertThat(next.isEnabled()).as("locked: no step of one's own").isFalse();

        classrooms.setExplore(room, room.controlKey(), true);
        awaitUi(join::exploring);
        assertThat(next.isEnabled()).isTrue();
        _click(next);
        assertThat(join.step()).isEqualTo(Step.SOFTMAX.next().orElseThrow());
        classrooms.publish(room, room.controlKey(), room.latest().lesson(), Step.INTUITION.slug());
        awaitUi(() -> room.snapshot().step().equals(Step.INTUITION.slug()));
        awaitUi(() -> _get(Span.class, spec -> spec.withId("follow-status")).getElement()
                .getAttribute("data-version").equals(Long.toString(room.snapshot().version())));
        assertThat(join.step()).as("exploring: the teacher's step change does not move the student")
                .isEqualTo(Step.SOFTMAX.next().orElseThrow());

        classrooms.setExplore(room, room.controlKey(), false);
        awaitUi(() -> !join.exploring());
        assertThat(join.step()).as("locked again: back on the teacher's step").isEqualTo(Step.INTUITION);
        assertThat(next.isEnabled()).isFalse();

        classrooms.setExplore(room, room.controlKey(), true);
        classrooms.postChallenge(room, room.controlKey(), "mystery-wk", Step.PROJECTION.slug());
        awaitUi(() -> join.challengePanel() != null);
        assertThat(join.step()).as("exploring, a new challenge still opens where it is played")
                .isEqualTo(Step.PROJECTION);
        assertThat(next.isEnabled()).as("and the student may move on").isTrue();
    }

    @Test
    void theTeachersPacingSwitch_reachesTheRoom() {
        Room room = room();
        teach(room);
        com.vaadin.flow.component.checkbox.Checkbox explore =
                _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("pacing-explore"));
        assertThat(explore.getValue()).isFalse();
        _get(TeacherView.class).setExplore(true);
        assertThat(room.snapshot().explore()).isTrue();
        assertThat(explore.getValue()).isTrue();
    }

    @Test
    void aQuestionChallenge_isPostedToTheClass_andTheRightAnswerSolvesIt() {
        Room room = room();
        Challenge why = RoomChallenges.resolve("why-causal-mask").orElseThrow();
        assertThat(RoomChallenges.postable()).as("questions are offered in class too").contains(why);
        classrooms.postChallenge(room, room.controlKey(), why.id());
        Dashboard dashboard = teachersDashboard(room, why.id());
        navigate("join/" + room.code());
        JoinView join = _get(JoinView.class);
        String id = join.progress().studentId();

        int wrong = why.answer() == 0 ? 1 : 0;
        join.challengePanel().answer(wrong);
        assertThat(join.challengePanel().state()).isEqualTo(com.attentionlab.challenge.ui.ChallengePanel.State.WORKING);
        join.challengePanel().answer(why.answer());
        awaitUi(() -> stateOf(dashboard, id).equals(Optional.of("solved")));
    }

    @Test
    void theTeacherPostsAChallengeLinkSomeoneMade_andNonsenseIsRefusedClearly() throws Exception {
        Room room = room();
        Challenge base = RoomChallenges.resolve("it-to-mat").orElseThrow();
        Challenge authored = new Challenge("custom", "Mat, by Ms Lee", base.level(), base.step(), base.story(),
                base.start(), base.goal(), base.constraints(), base.hints(), java.util.List.of(), base.explanation());
        String code = com.attentionlab.challenge.ChallengeCodec.encode(authored);
        teach(room);
        TeacherView teacher = _get(TeacherView.class);
        TextField link = _get(TextField.class, spec -> spec.withId("challenge-link"));

        link.setValue("https://example.org/nothing-here");
        _click(_get(Button.class, spec -> spec.withId("post-challenge-link")));
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).startsWith("This is not a challenge link");
        assertThat(room.snapshot().challenge()).isNull();

        link.setValue("http://localhost:8080/challenge/custom?c=" + code);
        _click(_get(Button.class, spec -> spec.withId("post-challenge-link")));
        assertThat(link.isInvalid()).isFalse();
        assertThat(room.snapshot().challenge()).isEqualTo(code);
        assertThat(_get(Button.class, spec -> spec.withId("reveal-solution")).isEnabled())
                .as("made without a reference solution: nothing to reveal").isFalse();
        assertThat(teacher.dashboard().isVisible()).isTrue();
    }

    @Test
    void aReload_isTheSameStudent_withTheWorkWhereItWas() {
        Room room = room();
        classrooms.postChallenge(room, room.controlKey(), "it-to-mat");
        Dashboard dashboard = teachersDashboard(room);
        navigate("join/" + room.code());
        JoinView join = _get(JoinView.class);
        join.chooseNickname("Ada");
        join.presenter().editCell(Editable.WK, 0, 1, "0.5");
        String id = join.progress().studentId();
        var work = join.presenter().state();
        awaitUi(() -> dashboard.row(id).map(r -> r.getElement().getTextRecursively().contains("1 edit"))
                .orElse(false));

        navigate(""); // the student leaves (a reload closes the old screen) …
        navigate("join/" + room.code()); // … and the same session opens the class again
        JoinView again = _get(JoinView.class);

        assertThat(again).isNotSameAs(join);
        assertThat(again.nickname()).isEqualTo("Ada");
        assertThat(again.progress().studentId()).isEqualTo(id);
        assertThat(again.progress().edits()).isEqualTo(1);
        assertThat(again.presenter().state()).as("the work goes on where it was").isEqualTo(work);
        awaitUi(() -> dashboard.row(id).isPresent());
        assertThat(dashboard.getElement().getTextRecursively()).contains("1 student ·");

        newSession(); // another browser: another student
        navigate("join/" + room.code());
        assertThat(_get(JoinView.class).progress().studentId()).isNotEqualTo(id);
        assertThat(_get(JoinView.class).presenter().state())
                .isEqualTo(RoomChallenges.resolve("it-to-mat").orElseThrow().startState());
    }

    @Test
    void aHiddenMatrix_isHiddenOnTheStudentsScreenToo_andShownAgainAfterTheChallenge() {
        Room room = room();
        navigate("join/" + room.code());
        classrooms.postChallenge(room, room.controlKey(), "mystery-wk");
        JoinView join = _get(JoinView.class);
        awaitUi(() -> join.challengePanel() != null);

        assertThat(join.presenter().state()).isEqualTo(RoomChallenges.resolve("mystery-wk").orElseThrow()
                .startState());
        assertThat(com.attentionlab.testsupport.PageDump.ofCurrentUi()).doesNotContain("\"name\":\"wk\"");
        assertThat(_find(Div.class, spec -> spec.withId("matrix-wk-hidden"))).isNotEmpty();

        classrooms.endChallenge(room, room.controlKey());
        awaitUi(() -> join.challengePanel() == null);
        assertThat(_find(Div.class, spec -> spec.withId("matrix-wk-hidden"))).isEmpty();
    }
}
