package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.StudentProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard between progress reports: the clock moves on, and so do times and "stuck". */
class DashboardTest {

    /** A clock moved by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-30T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final Classrooms classrooms = new Classrooms(clock, scheduler, Runnable::run, () -> 0L,
            new Classrooms.Settings(10, 300, Duration.ofHours(2), 0, Duration.ofSeconds(30), Duration.ofMinutes(10),
                    Duration.ofMinutes(3)));

    @AfterEach
    void stop() {
        classrooms.close();
        scheduler.shutdownNow();
    }

    private static String text(Dashboard d, String id) {
        return d.row(id).orElseThrow().getElement().getTextRecursively();
    }

    @Test
    void tick_movesTheTimesOfWorkingStudentsOn_andMarksThemStuckAfterTheConfiguredTime() {
        Dashboard d = new Dashboard(classrooms);
        d.setChallenge("it-to-mat", "Make it mean the mat");
        StudentProgress ada = StudentProgress.start("a", "Ada", "it-to-mat", clock.now);
        StudentProgress bob = StudentProgress.start("b", "Bob", "it-to-mat", clock.now);
        d.update(List.of(ada, bob), Set.of());
        clock.now = clock.now.plusSeconds(20);
        d.update(List.of(bob.edited(true, clock.now)), Set.of()); // Bob solves after 0:20
        assertThat(text(d, "a")).contains("0:00");

        clock.now = clock.now.plusSeconds(50);
        d.tick();
        assertThat(text(d, "a")).contains("1:10").contains("working");
        assertThat(text(d, "b")).as("a solved time stays").contains("0:20").contains("solved");

        clock.now = clock.now.plus(Duration.ofMinutes(3));
        d.tick();
        assertThat(d.row("a").orElseThrow().getElement().getAttribute("data-state")).isEqualTo("stuck");
        assertThat(d.getElement().getTextRecursively()).contains("2 students · 1 solved · 1 stuck");
    }

    @Test
    void aSolveWithTheRevealedSolution_isToldApart_anOwnSolveStandsWhateverComesAfter() {
        Dashboard d = new Dashboard(classrooms);
        d.setChallenge("it-to-mat", "Make it mean the mat");
        StudentProgress own = StudentProgress.start("a", "Ada", "it-to-mat", clock.now).edited(true, clock.now)
                .usingSolution().edited(true, clock.now); // solved first, then tried the teacher's solution
        StudentProgress revealed = StudentProgress.start("b", "Bob", "it-to-mat", clock.now).usingSolution()
                .edited(true, clock.now);

        d.update(List.of(own, revealed), Set.of());

        assertThat(own.usedSolution()).isFalse();
        assertThat(text(d, "a")).contains("solved").doesNotContain("with the solution");
        assertThat(text(d, "b")).contains("solved with the solution");
        assertThat(d.getElement().getTextRecursively())
                .contains("2 students · 2 solved (1 with the revealed solution) · 0 stuck");
    }
}
