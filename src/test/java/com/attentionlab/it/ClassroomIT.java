package com.attentionlab.it;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.it.pages.LessonPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One teacher and two students in three real browsers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassroomIT {

    @LocalServerPort
    int port;

    @Autowired
    Classrooms classrooms;

    private final List<WebDriver> drivers = new ArrayList<>();

    private WebDriver browser() {
        WebDriver d = Browser.start(1280, 800);
        drivers.add(d);
        return d;
    }

    @AfterEach
    void quit() {
        drivers.forEach(WebDriver::quit);
    }

    @Test
    void studentsFollowTheTeachersEdits_andAForkDoesNotAffectTheTeacher() {
        String base = "http://localhost:" + port;
        WebDriver teacherBrowser = browser();
        teacherBrowser.get(base + "/");
        LessonPage teacher = new LessonPage(teacherBrowser, base);
        teacher.waitUntil(d -> d.findElements(By.id("start-classroom")).isEmpty() ? null : true);
        teacherBrowser.findElement(By.id("start-classroom")).click();
        teacher.waitForStep("intuition");
        String code = teacher.waitUntil(d -> d.findElements(By.id("join-code")).isEmpty() ? null
                : d.findElement(By.id("join-code")).getText());
        String joinLink = teacherBrowser.findElement(By.id("join-link")).getAttribute("href");
        assertThat(code).matches("[A-Z2-9]{6}");
        assertThat(joinLink).endsWith("/join/" + code);
        Browser.screenshot(teacherBrowser, "10-teacher-classroom");
        for (int i = 0; i < 4; i++) {
            teacher.next(); // intuition → softmax
        }
        assertThat(teacher.currentStepId()).isEqualTo("softmax");
        Room room = classrooms.find(code).orElseThrow();

        WebDriver s1 = browser();
        WebDriver s2 = browser();
        s1.get(joinLink);
        s2.get(base + "/join/" + code.toLowerCase());
        LessonPage student1 = new LessonPage(s1, base).waitForStep("softmax");
        LessonPage student2 = new LessonPage(s2, base).waitForStep("softmax");
        Browser.screenshot(s1, "09-student-following");
        double[][] before = student1.numbers("weights");

        teacher.editCell("wq", 2, 0, "0");

        for (LessonPage student : List.of(student1, student2)) {
            double[][] after = student.waitUntil(d -> {
                double[][] now = student.numbers("weights");
                return Arrays.deepEquals(now, before) ? null : now;
            });
            assertThat(after).isDeepEqualTo(teacher.numbers("weights"));
            assertThat(after[7][1]).isLessThan(before[7][1]);
        }

        s1.findElement(By.id("explore-button")).click();
        student1.waitUntil(d -> d.getCurrentUrl().contains("/lesson/softmax") ? true : null);
        student1.waitForStep("softmax");
        student1.editCell("wq", 2, 0, "5");
        student1.waitUntil(d -> student1.numbers("wq")[2][0] == 5.0 ? true : null);

        assertThat(room.latest().lesson().state().wq().get(2, 0)).isEqualTo(0.0);
        assertThat(teacher.numbers("wq")[2][0]).isEqualTo(0.0);
        assertThat(student2.numbers("weights")).isDeepEqualTo(teacher.numbers("weights"));

        teacher.next(); // the class moves on; the explorer is not pulled along, the follower is
        student2.waitForStep("weighted-sum");
        assertThat(student1.currentStepId()).isEqualTo("softmax");
    }
}
