package com.attentionlab.classroom;

import com.attentionlab.cluster.ClusterMember;
import com.attentionlab.cluster.TestCluster;
import com.attentionlab.engine.Limits;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.share.ShareCodec;
import com.attentionlab.share.SharedLesson;
import com.attentionlab.testsupport.TestLessons;
import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nodes, each an embedded Hazelcast member on 127.0.0.1 with its own {@link Classrooms}: rooms, follows, limits,
 * expiry and a node's death hold across both.
 */
class HazelcastClassroomsTest {

    /** One clock for both nodes, moved by hand. */
    final ClassroomsTest.ManualClock clock = new ClassroomsTest.ManualClock();
    final Classrooms.Settings settings = new Classrooms.Settings(2, 2, Duration.ofHours(2), 0, Duration.ofSeconds(30),
            Duration.ofMinutes(10));
    final LessonPresenter teacher = TestLessons.presenter();
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
        ShareCodec codec = new ShareCodec(Limits.LINKS);
        return new Classrooms(clock, scheduler, Runnable::run, () -> System.nanoTime() / 1_000_000, settings,
                new HazelcastRoomStore(member, ClusterMember.ROOMS_MAP, codec));
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        scheduler.shutdownNow();
        members.forEach(m -> m.getLifecycleService().terminate());
    }

    SharedLesson lesson() {
        return teacher.toShared();
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            TestCluster.sleep(20);
        }
    }

    @Test
    void aRoomStartedOnOneNode_isFollowedOnTheOther_stepAndEdits() {
        Room onA = a.create(lesson(), "intuition");
        Room onB = b.find(onA.code()).orElseThrow();
        List<RoomSnapshot> seen = new CopyOnWriteArrayList<>();
        b.follow(onB, seen::add);
        List<Integer> counts = new CopyOnWriteArrayList<>();
        a.watchFollowers(onA, onA.controlKey(), counts::add);

        teacher.editCell(Editable.WQ, 0, 0, "1.25");
        a.publish(onA, onA.controlKey(), lesson(), "softmax");

        await("the edit reaches node B's follower", () -> !seen.isEmpty());
        RoomSnapshot got = seen.get(seen.size() - 1);
        assertThat(got.step()).isEqualTo("softmax");
        assertThat(got.lesson()).isEqualTo(lesson());
        assertThat(got.lesson().state().wq().get(0, 0)).isEqualTo(1.25);
        await("the teacher on A counts B's student", () -> counts.contains(1));
        assertThat(onA.followers()).isEqualTo(1);
    }

    @Test
    void limits_holdAcrossNodes() {
        Room room = a.create(lesson(), "intuition");
        b.create(lesson(), "intuition");
        assertThatThrownBy(() -> b.create(lesson(), "intuition")).hasMessageContaining("2 classrooms");
        assertThatThrownBy(() -> a.create(lesson(), "intuition")).hasMessageContaining("2 classrooms");

        a.follow(room, s -> { });
        Room sameOnB = b.find(room.code()).orElseThrow();
        Runnable leave = b.follow(sameOnB, s -> { });
        assertThatThrownBy(() -> b.follow(sameOnB, s -> { })).hasMessageContaining("full (2 students)");
        assertThatThrownBy(() -> a.follow(room, s -> { })).hasMessageContaining("full (2 students)");
        leave.run();
        a.follow(room, s -> { }); // the seat freed on B is free on A
    }

    @Test
    void theTeacherContinuesOnTheOtherNode_afterTheirNodeDies() {
        Room onA = a.create(lesson(), "scores");
        String key = onA.controlKey();
        a.teacherArrived(onA, key);
        a.follow(onA, s -> { }); // a student of node A
        Room onB = b.find(onA.code()).orElseThrow();
        List<RoomSnapshot> seen = new CopyOnWriteArrayList<>();
        b.follow(onB, seen::add);
        await("both students counted", () -> onB.followers() == 2);

        members.get(0).getLifecycleService().terminate(); // node A dies: no goodbye, its backups take over
        await("B sees it is alone", () -> members.get(1).getCluster().getMembers().size() == 1);

        Room controlled = b.control(onA.code(), key).orElseThrow(); // the teacher's key still works, on B
        b.teacherArrived(controlled, key);
        teacher.editCell(Editable.WK, 1, 1, "-2");
        b.publish(controlled, key, lesson(), "weights");
        await("B's student sees the edit made on B", () -> !seen.isEmpty()
                && seen.get(seen.size() - 1).step().equals("weights"));
        assertThat(seen.get(seen.size() - 1).lesson().state().wk().get(1, 1)).isEqualTo(-2.0);

        b.checkTeachersPresent(); // A's student left with A
        await("A's student is no longer counted", () -> controlled.followers() == 1);
    }

    @Test
    void screensClosingAfterTheirNodesMemberStopped_failNothing_andTheOtherNodeForgetsThem() {
        Room onA = a.create(lesson(), "scores");
        String key = onA.controlKey();
        a.teacherArrived(onA, key);
        Runnable leave = a.follow(onA, s -> { });
        Room onB = b.find(onA.code()).orElseThrow();
        await("B counts A's student", () -> onB.followers() == 1);

        members.get(0).shutdown(); // a node stopping: Spring closes the member before its UIs detach
        leave.run();
        a.teacherLeft(onA, key);

        await("B sees it is alone", () -> members.get(1).getCluster().getMembers().size() == 1);
        b.checkTeachersPresent();
        await("B forgot A's student", () -> onB.followers() == 0);
        assertThat(b.find(onA.code())).as("the class goes on").isPresent();
    }

    @Test
    void idleRooms_endOnEveryNode() {
        Room onA = a.create(lesson(), "intuition");
        Room onB = b.find(onA.code()).orElseThrow();
        List<RoomSnapshot> seen = new CopyOnWriteArrayList<>();
        b.follow(onB, seen::add);

        clock.now = clock.now.plus(Duration.ofHours(2)).plusSeconds(1);
        a.expireIdleRooms(); // each node looks after its own partitions: one of the two ends the room
        b.expireIdleRooms();

        await("B's student hears the class ended", () -> !seen.isEmpty() && seen.get(seen.size() - 1).ended());
        await("the room is gone on both nodes", () -> a.find(onA.code()).isEmpty() && b.find(onA.code()).isEmpty());
        assertThat(a.size()).isZero();
    }

    @Test
    void endingTheClassOnOneNode_tellsTheStudentsOfTheOther() {
        Room onA = a.create(lesson(), "flow");
        List<RoomSnapshot> seen = new CopyOnWriteArrayList<>();
        b.follow(b.find(onA.code()).orElseThrow(), seen::add);

        a.end(onA, onA.controlKey());

        await("ended reaches B", () -> !seen.isEmpty() && seen.get(seen.size() - 1).ended());
        assertThat(seen.get(seen.size() - 1).step()).isEqualTo("flow");
        assertThat(b.find(onA.code())).isEmpty();
    }

    @Test
    void aHandoverCode_issuedOnOneNode_worksOnceOnTheOther() {
        Room onA = a.create(lesson(), "scores");
        String token = a.issueHandover(onA, onA.controlKey());

        assertThat(b.claimHandover(onA.code(), token)).contains(onA.controlKey());
        assertThat(a.claimHandover(onA.code(), token)).isEmpty();
    }
}
