package com.attentionlab.bench;

import com.attentionlab.testsupport.TestLessons;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Limits;
import com.attentionlab.engine.Matrix;
import com.attentionlab.share.SharedLesson;
import com.attentionlab.classroom.Room;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonScreen;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server memory, browserless (Karibu-Testing's real Vaadin UI and state tree, no browser): 100 open lessons on the
 * heaviest steps, each with an edit, and 100 students following a room; retained heap per lesson after a forced
 * GC. Then 1,000 open/close cycles, to show the memory comes back (listeners and followers unregistered).
 * What this leaves out: Vaadin's per-UI bookkeeping and the HTTP session (one each per browser tab).
 */
class MemoryBenchmark extends BrowserlessVaadin {

    static final int UIS = 100;

    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private LessonScreen openLesson(LessonPresenters presenters, Step step, boolean edit) {
        LessonPresenter p = presenters.create();
        LessonScreen s = new LessonScreen(p, x -> { }, x -> "");
        s.show(step);
        UI.getCurrent().add(s);
        if (edit) {
            p.editCell(Editable.WQ, 2, 0, "1.25");
        }
        return s;
    }

    static SharedLesson worstLinkLesson() {
        java.util.Random r = new java.util.Random(7);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < Limits.LINKS.maxTokens(); i++) {
            tokens.add("\uD83D\uDE00".repeat(Limits.LINKS.maxTokenLength() / 2)); // 32 chars, 64 UTF-8 bytes
        }
        int d = Limits.LINKS.maxDimension();
        LessonState state = new LessonState(tokens, Matrix.build(tokens.size(), d, (i, j) -> r.nextDouble()),
                Matrix.build(d, d, (i, j) -> r.nextDouble()), Matrix.build(d, d, (i, j) -> r.nextDouble()),
                Matrix.build(d, d, (i, j) -> r.nextDouble()), Limits.LINKS.maxHeads(), true, true);
        return new SharedLesson(state, "", "random", 1L);
    }

    @Test
    void retainedHeapPerLesson_andPerStudent_andNoLeak() throws Exception {
        LessonPresenters presenters = TestLessons.presenters();
        Classrooms classrooms = new Classrooms(Clock.systemUTC(),
                    java.util.concurrent.Executors.newSingleThreadScheduledExecutor(), Runnable::run,
                    () -> System.nanoTime() / 1_000_000, new Classrooms.Settings(10, 1000, Duration.ofHours(2), 0, Duration.ofSeconds(30), Duration.ofMinutes(10)));
        UI ui = UI.getCurrent();
        for (int i = 0; i < 20; i++) { // warm up classes and caches
            ui.remove(openLesson(presenters, Step.WEIGHTED_SUM, true));
        }
        respond();
        Map<String, Object> out = new LinkedHashMap<>();

        for (Step step : List.of(Step.SOFTMAX, Step.WEIGHTED_SUM)) {
            long base = usedAfterGc();
            List<LessonScreen> open = new ArrayList<>();
            for (int i = 0; i < UIS; i++) {
                open.add(openLesson(presenters, step, true));
            }
            respond(); // the changes are collected and "sent", as after a real request
            long after = usedAfterGc();
            out.put("editing_" + step.slug() + "_kb_per_lesson", (after - base) / UIS / 1024);
            open.forEach(ui::remove);
            respond();
        }

        // the worst lesson a link can carry (Limits.LINKS): 24 tokens of 32 characters, d_model 8, 2 heads, every
        // number random, on each of the heaviest steps
        SharedLesson worst = worstLinkLesson();
        for (Step step : List.of(Step.SCORES, Step.SOFTMAX, Step.WEIGHTED_SUM, Step.FLOW, Step.MULTI_HEAD)) {
            long base = usedAfterGc();
            List<LessonScreen> open = new ArrayList<>();
            for (int i = 0; i < UIS; i++) {
                LessonPresenter p = presenters.create();
                p.load(worst);
                LessonScreen s = new LessonScreen(p, x -> { }, x -> "");
                s.show(step);
                ui.add(s);
                p.editCell(Editable.WQ, 2, 0, "1.25");
                open.add(s);
            }
            respond();
            long after = usedAfterGc();
            out.put("worst_link_" + step.slug() + "_kb_per_lesson", (after - base) / UIS / 1024);
            open.forEach(ui::remove);
            respond();
        }

        // real-model mode: layer 6 head 12 of all-MiniLM-L6-v2 (the model itself, ~90 MB, is loaded once before
        // measuring: it is shared by every tab), on the lesson's sentence and on a 57-token one, with one edit
        presenters.create().chooseModelHead(5, 11);
        String longest = "the cat sat on the mat because it was tired and ".repeat(5).strip(); // 57 tokens
        for (String sentence : List.of(LessonPresenter.DEFAULT_SENTENCE, longest)) {
            for (Step step : List.of(Step.EMBEDDING, Step.PROJECTION, Step.SOFTMAX, Step.MULTI_HEAD)) {
                long base = usedAfterGc();
                List<LessonScreen> open = new ArrayList<>();
                int tokens = 0;
                for (int i = 0; i < UIS; i++) {
                    LessonPresenter p = presenters.create();
                    p.chooseModelHead(5, 11);
                    assertThat(p.setSentence(sentence)).isEmpty();
                    LessonScreen s = new LessonScreen(p, x -> { }, x -> "");
                    s.show(step);
                    ui.add(s);
                    p.editCell(Editable.WQ, 2, 0, "1.25");
                    tokens = p.state().n();
                    open.add(s);
                }
                respond();
                long after = usedAfterGc();
                out.put("model_" + tokens + "_tokens_" + step.slug() + "_kb_per_lesson", (after - base) / UIS / 1024);
                open.forEach(ui::remove);
                respond();
            }
        }

        Room room = classrooms.create(presenters.create().toShared(), Step.SOFTMAX.slug());
        long base = usedAfterGc();
        List<Runnable> follows = new ArrayList<>();
        List<LessonScreen> students = new ArrayList<>();
        for (int i = 0; i < UIS; i++) {
            LessonPresenter p = presenters.create();
            LessonScreen s = new LessonScreen(p, x -> { }, x -> "");
            s.setFollowing(true);
            p.load(room.snapshot().lesson());
            s.show(Step.SOFTMAX);
            ui.add(s);
            follows.add(classrooms.follow(room, snap -> ui.access(() -> p.load(snap.lesson()))));
            students.add(s);
        }
        respond();
        long after = usedAfterGc();
        out.put("student_softmax_kb_per_follower", (after - base) / UIS / 1024);
        follows.forEach(Runnable::run);
        students.forEach(ui::remove);
        respond();

        long beforeCycles = usedAfterGc();
        for (int i = 0; i < 1000; i++) {
            LessonScreen s = openLesson(presenters, Step.values()[i % Step.values().length], i % 3 == 0);
            Runnable r = classrooms.follow(room, snap -> { });
            ui.remove(s);
            r.run();
            if (i % 50 == 0) {
                respond();
            }
        }
        respond();
        long afterCycles = usedAfterGc();
        out.put("heap_before_1000_cycles_mb", beforeCycles >> 20);
        out.put("heap_after_1000_cycles_mb", afterCycles >> 20);
        out.put("room_followers_after_cycles", room.followers());
        BenchmarkResults.write("server-memory", out);

        assertThat(room.followers()).isZero();
    }
}
