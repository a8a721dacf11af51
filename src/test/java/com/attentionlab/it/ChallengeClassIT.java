package com.attentionlab.it;

import com.attentionlab.challenge.CellEdit;
import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeCatalog;
import com.attentionlab.it.pages.ClassroomPage;
import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.lesson.Editable;
import com.attentionlab.testsupport.ChallengeEdits;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A challenge in a live class, in four real browsers: the teacher posts "it to mat", two students solve it (one by
 * the challenge's W_K edit, one by an edit of X), the third says "I'm stuck"; the teacher's dashboard shows it, and
 * the teacher shows one student's work on the projector, anonymously, reveals the solution and lets the class
 * explore.
 */
class ChallengeClassIT extends AbstractIT {

    /** Generous: this is no benchmark (the time is printed; docs/benchmarks.md measures). */
    private static final Duration DASHBOARD_BOUND = Duration.ofSeconds(15);

    @Test
    void twoSolveOneIsStuck_theDashboardShowsIt_andTheTeacherShowsOnesWorkAnonymously() {
        Challenge c = ChallengeCatalog.load().byId("it-to-mat").orElseThrow();
        CellEdit xEdit = ChallengeEdits.oneEditMeetingTheGoal(c, Editable.X);

        WebDriver teacherBrowser = newBrowser(1920, 1080); // as projected
        LessonPage teacher = landingIn(teacherBrowser).open().startClassroom();
        ClassroomPage teacherClass = new ClassroomPage(teacherBrowser, base());
        String code = teacher.joinCode();
        while (!teacher.currentStepId().equals(c.step().slug())) {
            teacher.next(); // to the challenge's step, where the inputs' matrices are shown
        }
        teacherClass.postChallenge("mean the mat");

        WebDriver ada = newBrowser(1280, 800);
        WebDriver grace = newBrowser(1280, 800);
        WebDriver phone = newBrowser(390, 844);
        LessonPage adaLesson = lessonIn(ada).openPath("/join/" + code, c.step().slug());
        LessonPage graceLesson = lessonIn(grace).openPath("/join/" + code, c.step().slug());
        lessonIn(phone).openPath("/join/" + code, c.step().slug());
        ClassroomPage adaClass = new ClassroomPage(ada, base()).waitForChallengeState("working");
        ClassroomPage graceClass = new ClassroomPage(grace, base()).waitForChallengeState("working");
        ClassroomPage phoneClass = new ClassroomPage(phone, base()).waitForChallengeState("working");
        adaClass.chooseNickname("Ada");
        graceClass.chooseNickname("Grace"); // the third stays "Student N"
        teacherClass.waitForStudents(3);
        teacherClass.waitUntil(d -> teacherClass.dashboardRows("working") == 3 ? true : null);
        Browser.screenshot(phone, "13-student-challenge-phone");

        adaLesson.editCell("wk", 0, 0, "-1.5"); // the challenge's solution: W_K[living][k0] = −1.5
        graceLesson.editCell("x", xEdit.row(), xEdit.col(), String.format(Locale.ROOT, "%.2f", xEdit.value()));
        adaClass.waitForChallengeState("solved");
        graceClass.waitForChallengeState("solved");

        long before = System.nanoTime();
        phoneClass.pressStuck(); // the last student action
        teacherClass.waitForDashboard(2, 1, DASHBOARD_BOUND);
        long ms = (System.nanoTime() - before) / 1_000_000;
        System.out.println("ChallengeClassIT: dashboard showed 2 solved, 1 stuck after " + ms + " ms");
        assertThat(teacherClass.dashboardSummary()).isEqualTo("3 students · 2 solved · 1 stuck");
        phoneClass.waitForChallengeState("stuck");
        Browser.screenshot(teacherBrowser, "14-dashboard-projector");

        double[][] graceX = graceLesson.numbers("x");
        double[][] graceWk = graceLesson.numbers("wk");
        assertThat(Arrays.deepEquals(graceX, adaLesson.numbers("x"))).as("Grace's X differs from Ada's").isFalse();
        double[][] teachersX = teacher.numbers("x");
        teacherClass.showWorkOf("Grace");

        teacher.waitUntil(d -> Arrays.deepEquals(teacher.numbers("x"), graceX) ? true : null);
        assertThat(teacher.numbers("wk")).isDeepEqualTo(graceWk);
        String notice = teacherClass.showingNotice();
        assertThat(notice).contains("Showing a student's work (anonymous)").doesNotContain("Grace")
                .doesNotContain("Ada").doesNotContain("Student ");

        teacherClass.backToMyLesson();
        teacher.waitUntil(d -> Arrays.deepEquals(teacher.numbers("x"), teachersX) ? true : null);

        // the teacher reveals the solution: on the projector, and on the stuck student's panel
        assertThat(phoneClass.solutionShown()).isFalse();
        teacherClass.revealSolution();
        double[][] solvedWk = teacher.numbers("wk");
        assertThat(solvedWk[0][0]).as("the reference solution on the teacher's screen").isEqualTo(-1.5);
        phoneClass.waitUntil(d -> phoneClass.solutionShown() ? true : null);
        ((org.openqa.selenium.JavascriptExecutor) phone).executeScript(
                "document.getElementById('challenge-solution').scrollIntoView({block: 'center'})");
        Browser.screenshot(phone, "15-student-solution-phone");

        // pacing: locked to the teacher's step, then free to explore
        assertThat(phoneClass.canMoveSteps()).isFalse();
        teacherClass.letStudentsExplore(true);
        phoneClass.waitUntil(d -> phoneClass.canMoveSteps() ? true : null);
    }
}
