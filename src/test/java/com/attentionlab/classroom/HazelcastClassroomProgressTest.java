package com.attentionlab.classroom;

import com.attentionlab.cluster.ClusterMember;
import com.attentionlab.cluster.TestCluster;
import com.attentionlab.engine.Limits;
import com.attentionlab.share.ShareCodec;
import com.attentionlab.share.SharedLesson;
import com.attentionlab.testsupport.TestLessons;
import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Challenges across two nodes (two embedded Hazelcast members): the challenge, nicknames and students' progress
 * reported on one node reach the teacher's dashboard on the other; nothing is kept after the class ends.
 */
class HazelcastClassroomProgressTest {

    final ClassroomsTest.ManualClock clock = new ClassroomsTest.ManualClock();
    final Classrooms.Settings settings = new Classrooms.Settings(10, 300, Duration.ofHours(2), 0,
            Duration.ofSeconds(30), Duration.ofMinutes(10), Classrooms.Settings.STUCK_AFTER);
    final SharedLesson lesson = TestLessons.presenter().toShared();
    List<HazelcastInstance> members;
    ScheduledExecutorService scheduler;
    Classrooms a;
    Classrooms b;

    @BeforeEach
    void twoNodes() {
        members = TestCluster.start(2);
        scheduler = Executors.newSingleThreadScheduledExecutor();
        a = node(members.get(0));
        b = node(members.get(1));
    }

    Classrooms node(HazelcastInstance member) {
        return new Classrooms(clock, scheduler, Runnable::run, () -> System.nanoTime() / 1_000_000, settings,
                new HazelcastRoomStore(member, ClusterMember.ROOMS_MAP, new ShareCodec(Limits.LINKS)));
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        scheduler.shutdownNow();
        members.forEach(m -> m.getLifecycleService().terminate());
    }

    SharedLesson lesson() {
        return lesson;
    }

    static void await(String what, java.util.function.BooleanSupplier condition) {
        HazelcastClassroomsTest.await(what, condition);
    }

    @Test
    void progressReportedOnNodeB_reachesTheTeachersWatchOnNodeA_latestWinning() {
        Room onA = a.create(lesson(), "softmax");
        a.postChallenge(onA, onA.controlKey(), "it-to-mat");
        Room onB = b.find(onA.code()).orElseThrow();
        await("node B hears the challenge", () -> "it-to-mat".equals(onB.snapshot().challenge()));
        ClassroomProgressTest.Board board = new ClassroomProgressTest.Board();
        a.watchProgress(onA, onA.controlKey(), board);

        String nick = b.nickname(onB, "");
        StudentProgress p = StudentProgress.start(b.newStudentId(), nick, "it-to-mat", clock.instant());
        b.reportProgress(onB, p);
        for (int i = 0; i < 20; i++) {
            p = p.edited(i == 19, clock.instant());
            b.reportProgress(onB, p);
        }

        String id = p.studentId();
        await("the last edit reaches node A", () -> board.row(id) != null && board.row(id).edits() == 20);
        assertThat(a.stateOf(board.row(id))).isEqualTo(StudentProgress.State.SOLVED);
        assertThat(board.row(id).nickname()).isEqualTo("Student 1");
        assertThat(a.nickname(onA, "")).as("numbered across nodes").isEqualTo("Student 2");
        assertThat(onA.record().revision()).as("progress is not in the room's record")
                .isLessThanOrEqualTo(b.store().get(onA.code()).orElseThrow().revision());
    }

    @Test
    void stuckAfterTheConfiguredTime_acrossNodes() {
        Room onA = a.create(lesson(), "softmax");
        Room onB = b.find(onA.code()).orElseThrow();
        ClassroomProgressTest.Board board = new ClassroomProgressTest.Board();
        a.watchProgress(onA, onA.controlKey(), board);
        b.reportProgress(onB, StudentProgress.start("s1", "Ada", "it-to-mat", clock.instant()));
        await("A hears Ada", () -> board.row("s1") != null);

        clock.now = clock.now.plus(Classrooms.Settings.STUCK_AFTER);
        int updates = board.updates;
        a.checkStuck();

        await("the dashboard is told", () -> board.updates > updates);
        assertThat(a.stateOf(board.row("s1"))).isEqualTo(StudentProgress.State.STUCK);
    }

    @Test
    void anEndedRoom_keepsNoProgress_onAnyNode() {
        Room onA = a.create(lesson(), "softmax");
        Room onB = b.find(onA.code()).orElseThrow();
        ClassroomProgressTest.Board board = new ClassroomProgressTest.Board();
        a.watchProgress(onA, onA.controlKey(), board);
        b.reportProgress(onB, StudentProgress.start("s1", "Ada", "it-to-mat", clock.instant()));
        b.reportProgress(onB, StudentProgress.start("s2", "Bob", "it-to-mat", clock.instant()));
        await("both reach A", () -> board.size() == 2);

        a.end(onA, onA.controlKey());

        await("the rows go", () -> board.size() == 0);
        assertThat(a.store().progress(onA.code())).isEmpty();
        assertThat(b.store().progress(onA.code())).isEmpty();
    }

    @Test
    void theChallengeAndNumbers_surviveTheJsonOfTheRecord() {
        Room onA = a.create(lesson(), "softmax");
        a.postChallenge(onA, onA.controlKey(), "it-to-mat");
        a.nickname(onA, "");
        RoomRecord read = b.store().get(onA.code()).orElseThrow();
        assertThat(read.challenge()).isEqualTo("it-to-mat");
        assertThat(read.studentNumbers()).isEqualTo(1);
        assertThat(read.lesson()).isEqualTo(lesson());
    }

    @Test
    void theStudentsOfANodeThatDied_leaveTheDashboard_theOthersStay() {
        Room onA = a.create(lesson(), "softmax");
        Room onB = b.find(onA.code()).orElseThrow();
        ClassroomProgressTest.Board board = new ClassroomProgressTest.Board();
        a.watchProgress(onA, onA.controlKey(), board);
        a.reportProgress(onA, StudentProgress.start("s1", "Ada", "it-to-mat", clock.instant()));
        b.reportProgress(onB, StudentProgress.start("s2", "Bob", "it-to-mat", clock.instant()));
        await("both reach A", () -> board.size() == 2);
        a.checkTeachersPresent(); // two nodes seen

        members.get(1).getLifecycleService().terminate(); // node B dies with Bob's screen
        await("A sees B gone", () -> a.store().nodes().size() == 1);
        a.checkTeachersPresent();

        await("Bob's row goes", () -> board.row("s2") == null);
        assertThat(board.row("s1")).as("Ada's screen is on A").isNotNull();
        assertThat(a.store().progress(onA.code())).extracting(StudentProgress::studentId).containsExactly("s1");
    }
}
