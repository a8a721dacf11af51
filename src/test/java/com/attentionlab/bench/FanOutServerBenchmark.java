package com.attentionlab.bench;

import com.attentionlab.testsupport.TestLessons;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonScreen;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classroom fan-out, server side: one teacher, N followers (N = 10, 50, 200) as browserless Vaadin screens that do
 * exactly what a student's screen does on a broadcast (load the snapshot, recompute, refresh every component, and
 * have the changes collected for the response). Time from the teacher's publish until every follower has applied
 * it, and the CPU time per follower. Network and browser rendering are not included here; the real-browser
 * benchmark ({@link FanOutBrowserBenchmark}) measures those for N = 10.
 */
class FanOutServerBenchmark extends BrowserlessVaadin {

    static final int EDITS = 30;

    @Test
    void fanOut() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int n : new int[] {10, 50, 200}) {
            LessonPresenters presenters = TestLessons.presenters();
            Classrooms classrooms = new Classrooms(Clock.systemUTC(),
                    java.util.concurrent.Executors.newSingleThreadScheduledExecutor(), Runnable::run,
                    () -> System.nanoTime() / 1_000_000, new Classrooms.Settings(10, 1000, Duration.ofHours(2), 0, Duration.ofSeconds(30), Duration.ofMinutes(10)));
            LessonPresenter teacher = presenters.create();
            Room room = classrooms.create(teacher.toShared(), Step.SOFTMAX.slug());
            UI ui = UI.getCurrent();
            ui.removeAll();
            int[] applied = {0};
            for (int i = 0; i < n; i++) {
                LessonPresenter p = presenters.create();
                LessonScreen s = new LessonScreen(p, x -> { }, x -> "");
                s.setFollowing(true);
                s.show(Step.SOFTMAX);
                ui.add(s);
                classrooms.follow(room, snap -> ui.access(() -> {
                    p.load(snap.lesson());
                    applied[0]++;
                }));
            }
            respond();
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] ms = new double[EDITS];
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int e = 0; e < EDITS + 5; e++) {
                teacher.editCell(Editable.WQ, 2, 0, Double.toString(e % 7 * 0.5));
                applied[0] = 0;
                long t0 = System.nanoTime();
                classrooms.publish(room, room.controlKey(), teacher.toShared(), Step.SOFTMAX.slug());
                respond(); // run the followers' ui.access tasks and collect their changes
                long t1 = System.nanoTime();
                assertThat(applied[0]).isEqualTo(n);
                if (e == 4) {
                    cpuStart = threads.getCurrentThreadCpuTime();
                }
                if (e >= 5) {
                    ms[e - 5] = (t1 - t0) / 1e6;
                }
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            out.put("n" + n + "_p50_ms", BenchmarkResults.round(BenchmarkResults.percentile(ms, 50)));
            out.put("n" + n + "_p95_ms", BenchmarkResults.round(BenchmarkResults.percentile(ms, 95)));
            out.put("n" + n + "_cpu_us_per_follower", BenchmarkResults.round(cpu / 1e3 / EDITS / n));
            ui.removeAll();
        }
        BenchmarkResults.write("fan-out-server", out);
    }
}
