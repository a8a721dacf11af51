package com.attentionlab.classroom;

import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.testsupport.TestLessons;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the production fan-out pool: a busy room (290 slow followers, edited four times a second) does not delay
 * another room's update past 500 ms. On one broadcaster thread for all rooms this took seconds.
 */
class FanOutIsolationTest {

    @Test
    void aBusyRoom_doesNotDelayAnother() throws Exception {
        Classrooms classrooms = new Classrooms(Clock.systemUTC(), Classrooms.Settings.defaults());
        LessonPresenter teacherA = TestLessons.presenter();
        Room busy = classrooms.create(teacherA.toShared(), "softmax");
        for (int i = 0; i < 290; i++) {
            classrooms.follow(busy, s -> sleep(5)); // a student screen that takes 5 ms per update: 1.45 s a round
        }
        LessonPresenter teacherB = TestLessons.presenter();
        Room quiet = classrooms.create(teacherB.toShared(), "softmax");
        CompletableFuture<Long> received = new CompletableFuture<>();
        classrooms.follow(quiet, s -> received.complete(System.nanoTime()));

        AtomicBoolean editing = new AtomicBoolean(true);
        Thread a = new Thread(() -> {
            for (int e = 0; editing.get() && e < 40; e++) {
                teacherA.editCell(Editable.WQ, 0, 0, Integer.toString(e));
                classrooms.publish(busy, busy.controlKey(), teacherA.toShared(), "softmax");
                sleep(250);
            }
        });
        a.start();
        try {
            sleep(700); // the busy room is in the middle of a round
            teacherB.editCell(Editable.WQ, 1, 1, "2");
            long sent = System.nanoTime();
            classrooms.publish(quiet, quiet.controlKey(), teacherB.toShared(), "softmax");
            long millis = (received.get(5, TimeUnit.SECONDS) - sent) / 1_000_000;
            System.out.println("FanOutIsolationTest: the quiet room's update took " + millis + " ms");

            assertThat(millis).as("the quiet room's update, while the busy one broadcasts").isLessThan(500);
        } finally {
            editing.set(false);
            a.join(Duration.ofSeconds(15).toMillis());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
