package com.attentionlab.bench;

import com.attentionlab.challenge.CellEdit;
import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeAttempt;
import com.attentionlab.challenge.ChallengeCatalog;
import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.HazelcastRoomStore;
import com.attentionlab.classroom.MemoryRoomStore;
import com.attentionlab.classroom.Room;
import com.attentionlab.classroom.StudentProgress;
import com.attentionlab.classroom.ui.Dashboard;
import com.attentionlab.cluster.ClusterMember;
import com.attentionlab.cluster.TestCluster;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Limits;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.Step;
import com.attentionlab.share.ShareCodec;
import com.attentionlab.testsupport.TestLessons;
import com.hazelcast.core.HazelcastInstance;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teacher's dashboard of a 300-student challenge, server side: every student's edit is checked with
 * {@link ChallengeAttempt} and reported ({@link Classrooms#reportProgress}) from a pool of request threads; the
 * teacher's {@link Dashboard} is a browserless Vaadin component fed by {@link Classrooms#watchProgress} through
 * {@code ui.access}, its UI's tasks run as a push would (as soon as they are queued). Measured: from the start of a
 * student's edit (before the check) until the dashboard row shows that edit (or a later one of the same student:
 * bursts are coalesced, the latest winning). In this node's memory, and on two Hazelcast members (half the students
 * on each, the teacher on A). Network and browser rendering are not included.
 */
class DashboardBenchmark extends BrowserlessVaadin {

    static final int STUDENTS = 300;
    /** Edits per student; the last one solves the challenge. */
    static final int EDITS = 12;
    /** Mean pause between two edits of one student (an eager class: 300 students × 1 edit/s on average). */
    static final long MEAN_PAUSE_MS = 1000;
    static final Classrooms.Settings SETTINGS = new Classrooms.Settings(100, 1000, Duration.ofHours(2), 250,
            Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(3));

    @Test
    void dashboardOf300Students() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("students", STUDENTS);
        out.put("edits_per_student", EDITS);
        out.put("mean_pause_ms", MEAN_PAUSE_MS);
        out.put("cores", Runtime.getRuntime().availableProcessors());
        Challenge challenge = ChallengeCatalog.load().byId("it-to-mat").orElseThrow();

        try (Classrooms memory = new Classrooms(Clock.systemUTC(), SETTINGS, new MemoryRoomStore())) {
            run(challenge, memory, memory, 2, 1); // warm-up, not reported
            out.put("memory", run(challenge, memory, memory, EDITS, 2));
        }
        List<HazelcastInstance> members = TestCluster.start(2);
        ShareCodec codec = new ShareCodec(Limits.LINKS);
        try (Classrooms a = new Classrooms(Clock.systemUTC(), SETTINGS,
                new HazelcastRoomStore(members.get(0), ClusterMember.ROOMS_MAP, codec));
             Classrooms b = new Classrooms(Clock.systemUTC(), SETTINGS,
                     new HazelcastRoomStore(members.get(1), ClusterMember.ROOMS_MAP, codec))) {
            run(challenge, a, b, 2, 3);
            out.put("hazelcast_two_nodes", run(challenge, a, b, EDITS, 4));
        } finally {
            members.forEach(m -> m.getLifecycleService().terminate());
        }
        BenchmarkResults.write("dashboard", out);
    }

    /**
     * One class: the teacher's dashboard on {@code teacherNode}; students alternately on {@code teacherNode} and
     * {@code other}.
     */
    Map<String, Object> run(Challenge challenge, Classrooms teacherNode, Classrooms other, int edits, long seed) {
        Room room = teacherNode.create(TestLessons.presenter().toShared(), Step.SOFTMAX.slug());
        teacherNode.postChallenge(room, room.controlKey(), challenge.id());
        Room roomOnOther = other.find(room.code()).orElseThrow();

        // the teacher's screen
        UI ui = UI.getCurrent();
        ui.removeAll();
        Dashboard dashboard = new Dashboard(teacherNode);
        dashboard.setChallenge(challenge.id(), challenge.title());
        ui.add(dashboard);
        /** Per student: when each of its edits started (index = edits so far after it), and the last one shown. */
        Map<String, long[]> sentAt = new ConcurrentHashMap<>();
        Map<String, Integer> shown = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger solvedShown = new AtomicInteger();
        Runnable unwatch = teacherNode.watchProgress(room, room.controlKey(), (changed, left) -> ui.access(() -> {
            dashboard.update(changed, left);
            long now = System.nanoTime();
            for (StudentProgress p : changed) {
                long[] sent = sentAt.get(p.studentId());
                int before = shown.getOrDefault(p.studentId(), 0);
                for (int k = before + 1; k <= p.edits(); k++) {
                    latencies.add((now - sent[k]) / 1e6);
                }
                if (p.edits() > before) {
                    shown.put(p.studentId(), p.edits());
                }
                if (p.edits() == edits && p.state() == StudentProgress.State.SOLVED && before < edits) {
                    solvedShown.incrementAndGet();
                }
            }
        }));

        // the students: each a private copy, checked and reported on a request thread of its node
        ScheduledExecutorService requests = Executors.newScheduledThreadPool(4);
        Random random = new Random(seed);
        LessonState start = challenge.startState();
        int rows = start.wk().rows();
        int cols = start.wk().cols();
        for (int s = 0; s < STUDENTS; s++) {
            Classrooms node = s % 2 == 0 ? teacherNode : other;
            Room r = s % 2 == 0 ? room : roomOnOther;
            String id = node.newStudentId();
            sentAt.put(id, new long[edits + 1]);
            Student student = new Student(node, r, new ChallengeAttempt(challenge),
                    StudentProgress.start(id, node.nickname(r, ""), challenge.id(), node.now()), start,
                    new Random(random.nextLong()), edits, requests, sentAt.get(id), rows, cols);
            node.reportProgress(r, student.progress);
            requests.schedule(student::edit, pause(student.random), TimeUnit.MILLISECONDS);
        }

        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        long expected = (long) STUDENTS * edits;
        while (latencies.size() < expected && System.nanoTime() < deadline) {
            respond(); // the teacher's UI runs its queued tasks at once, as with push
            TestCluster.sleep(1);
        }
        respond();
        requests.shutdownNow();
        unwatch.run();
        assertThat(latencies).as("every edit reached the dashboard").hasSize((int) expected);
        assertThat(dashboard.row(sentAt.keySet().iterator().next())).isPresent();
        double[] ms = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("edits_measured", ms.length);
        r.put("p50_ms", BenchmarkResults.round(BenchmarkResults.percentile(ms, 50)));
        r.put("p95_ms", BenchmarkResults.round(BenchmarkResults.percentile(ms, 95)));
        r.put("p99_ms", BenchmarkResults.round(BenchmarkResults.percentile(ms, 99)));
        r.put("max_ms", BenchmarkResults.round(BenchmarkResults.percentile(ms, 100)));
        r.put("solved_rows", solvedShown.get());
        teacherNode.end(room, room.controlKey());
        ui.removeAll();
        respond();
        return r;
    }

    static long pause(Random random) {
        return (long) (-Math.log(1 - random.nextDouble()) * MEAN_PAUSE_MS); // exponential: edits come in bursts too
    }

    /** One student's screen: random edits of W_K, the last one the solution. */
    static final class Student {
        final Classrooms node;
        final Room room;
        final ChallengeAttempt attempt;
        StudentProgress progress;
        LessonState state;
        final Random random;
        final int edits;
        final ScheduledExecutorService requests;
        final long[] sentAt;
        final int rows;
        final int cols;

        Student(Classrooms node, Room room, ChallengeAttempt attempt, StudentProgress progress, LessonState state,
                Random random, int edits, ScheduledExecutorService requests, long[] sentAt, int rows, int cols) {
            this.node = node;
            this.room = room;
            this.attempt = attempt;
            this.progress = progress;
            this.state = state;
            this.random = random;
            this.edits = edits;
            this.requests = requests;
            this.sentAt = sentAt;
            this.rows = rows;
            this.cols = cols;
        }

        void edit() {
            int k = progress.edits() + 1;
            sentAt[k] = System.nanoTime();
            CellEdit e = k == edits ? new CellEdit(Editable.WK, 0, 0, -1.5)
                    : new CellEdit(Editable.WK, random.nextInt(rows), random.nextInt(cols),
                    Math.round((random.nextDouble() * 4 - 2) * 10) / 10.0);
            if (k == edits) {
                state = attempt.startState(); // the solution from the start
            }
            state = e.applyTo(state);
            ChallengeAttempt.Result r = attempt.check(state);
            progress = progress.edited(r.solved(), node.now());
            node.reportProgress(room, progress);
            if (k < edits) {
                requests.schedule(this::edit, pause(random), TimeUnit.MILLISECONDS);
            }
        }
    }
}
