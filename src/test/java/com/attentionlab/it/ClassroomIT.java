package com.attentionlab.it;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.it.pages.ClassroomPage;
import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.it.pages.LessonTexts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.List;

import static com.attentionlab.testsupport.TestLessons.CAT;
import static com.attentionlab.testsupport.TestLessons.IT;
import static com.attentionlab.testsupport.TestLessons.PRONOUN_DIMENSION;
import static org.assertj.core.api.Assertions.assertThat;

/** One teacher and two students in three real browsers. */
class ClassroomIT extends AbstractIT {

    @Autowired
    Classrooms classrooms;

    @Test
    void studentsFollowTheTeachersEdits_andAForkDoesNotAffectTheTeacher() {
        WebDriver teacherBrowser = newBrowser(1280, 800);
        LessonPage teacher = landingIn(teacherBrowser).open().startClassroom();
        String code = teacher.joinCode();
        String joinLink = teacher.joinLink();
        assertThat(code).matches("[A-Z2-9]{6}");
        assertThat(joinLink).endsWith("/join/" + code);
        assertThat(teacher.url()).contains("/teach/" + code + "/intuition?").doesNotContain("key=");
        Browser.screenshot(teacherBrowser, "10-teacher-classroom");
        for (int i = 0; i < 4; i++) {
            teacher.next(); // intuition → softmax
        }
        assertThat(teacher.currentStepId()).isEqualTo("softmax");
        Room room = classrooms.find(code).orElseThrow();

        WebDriver s1 = newBrowser(1280, 800);
        WebDriver s2 = newBrowser(1280, 800);
        LessonPage student1 = lessonIn(s1).openPath(joinLink, "softmax");
        LessonPage student2 = lessonIn(s2).openPath("/join/" + code.toLowerCase(), "softmax");
        Browser.screenshot(s1, "09-student-following");
        new ClassroomPage(teacherBrowser, base()).waitForStudents(2);
        double[][] before = student1.numbers("weights");

        teacher.editCell("wq", PRONOUN_DIMENSION, 0, "0");

        for (LessonPage student : List.of(student1, student2)) {
            double[][] after = student.waitUntil(d -> {
                double[][] now = student.numbers("weights");
                return Arrays.deepEquals(now, before) ? null : now;
            });
            assertThat(after).isDeepEqualTo(teacher.numbers("weights"));
            assertThat(after[IT][CAT]).isLessThan(before[IT][CAT]);
        }
        // every following student is told what the teacher changed
        assertThat(new LessonTexts(s2, base()).waitForWhatChanged("W_Q[pronoun, q0]"))
                .isEqualTo("W_Q[pronoun, q0]: 2.50 → 0.00");

        student1.exploreOnMyOwn();
        student1.editCell("wq", PRONOUN_DIMENSION, 0, "5");
        student1.waitUntil(d -> student1.numbers("wq")[PRONOUN_DIMENSION][0] == 5.0 ? true : null);

        assertThat(room.latest().lesson().state().wq().get(PRONOUN_DIMENSION, 0)).isEqualTo(0.0);
        assertThat(teacher.numbers("wq")[PRONOUN_DIMENSION][0]).isEqualTo(0.0);
        assertThat(student2.numbers("weights")).isDeepEqualTo(teacher.numbers("weights"));

        teacher.next(); // the class moves on; the explorer is not pulled along, the follower is
        student2.waitForStep("weighted-sum");
        assertThat(student1.currentStepId()).isEqualTo("softmax");

        // the teacher moves to the projector's computer with a one-time link; its code leaves the address bar
        String handover = new ClassroomPage(teacherBrowser, base()).handoverLink();
        assertThat(handover).contains("/teach/" + code + "/handover#").doesNotContain(room.controlKey());
        WebDriver projector = newBrowser(1280, 800);
        assertThat(new ClassroomPage(projector, base()).takeOver(handover)).isEqualTo(code);
        LessonPage fromProjector = lessonIn(projector).waitForStep("weighted-sum");
        assertThat(fromProjector.url()).doesNotContain("#").doesNotContain("handover");
        fromProjector.next();
        student2.waitForStep("flow"); // the students follow the projector now
    }
}
