package com.attentionlab.classroom;

import com.attentionlab.testsupport.TestLessons;
import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.share.SharedLesson;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Room logic with an injected clock and a manual scheduler: join, follow, fork, end, expiry, limits, coalescing. */
class ClassroomsTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-27T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A scheduler that runs nothing by itself: the test runs what is due. */
    static final class ManualScheduler extends ScheduledThreadPoolExecutor {
        final List<Runnable> tasks = new ArrayList<>();

        ManualScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            tasks.add(command);
            return new ScheduledFuture<Object>() {
                public long getDelay(TimeUnit u) {
                    return 0;
                }

                public int compareTo(Delayed o) {
                    return 0;
                }

                public boolean cancel(boolean b) {
                    return false;
                }

                public boolean isCancelled() {
                    return false;
                }

                public boolean isDone() {
                    return false;
                }

                public Object get() {
                    return null;
                }

                public Object get(long t, TimeUnit u) {
                    return null;
                }
            };
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        void runDue() {
            List<Runnable> due = new ArrayList<>(tasks);
            tasks.clear();
            due.forEach(Runnable::run);
        }
    }

    final ManualClock clock = new ManualClock();
    final ManualScheduler scheduler = new ManualScheduler();
    final AtomicLong millis = new AtomicLong(1_000_000);
    final Classrooms classrooms = new Classrooms(clock, scheduler, Runnable::run, millis::get, new Classrooms.Settings(3, 2, Duration.ofHours(2), 250, Duration.ofSeconds(30), Duration.ofMinutes(10)));
    final LessonPresenter teacher = TestLessons.presenter();

    SharedLesson lesson() {
        return teacher.toShared();
    }

    @Test
    void joinCodes_areSixCharactersWithoutLookAlikes_andNotSequential() {
        Classrooms many = new Classrooms(clock, scheduler, Runnable::run, millis::get, new Classrooms.Settings(1000, 2, Duration.ofHours(2), 250, Duration.ofSeconds(30), Duration.ofMinutes(10)));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = many.create(lesson(), "intuition").code();
            assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}");
            codes.add(code);
        }
        assertThat(codes).hasSize(200);
        assertThat(codes).doesNotContain("AAAAAA", "AAAAAB");
    }

    @Test
    void student_followsTheTeachersEdits_andSteps() {
        Room room = classrooms.create(lesson(), "intuition");
        long created = room.snapshot().version();
        List<RoomSnapshot> seen = new ArrayList<>();
        classrooms.follow(room, seen::add);

        teacher.editCell(Editable.WQ, 0, 0, "1");
        classrooms.publish(room, room.controlKey(), lesson(), "softmax");

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).step()).isEqualTo("softmax");
        assertThat(seen.get(0).lesson().state().wq().get(0, 0)).isEqualTo(1.0);
        assertThat(seen.get(0).version()).isGreaterThan(created); // a newer snapshot than the room started with
        assertThat(seen.get(0)).isEqualTo(room.snapshot()); // the follower got exactly the room's latest
    }

    @Test
    void studentsSeeTheTeacherOffline_onlyAfterTheGracePeriodWithoutAScreen_andOnlineWhenBack() {
        Room room = classrooms.create(lesson(), "scores");
        List<RoomSnapshot> seen = new ArrayList<>();
        classrooms.follow(room, seen::add);
        classrooms.teacherArrived(room, room.controlKey());
        classrooms.teacherArrived(room, room.controlKey()); // a second screen (e.g. the projector)

        classrooms.teacherLeft(room, room.controlKey());
        clock.now = clock.now.plusSeconds(60);
        classrooms.checkTeachersPresent();
        assertThat(seen).as("one screen is still open").isEmpty();

        classrooms.teacherLeft(room, room.controlKey());
        clock.now = clock.now.plusSeconds(29);
        classrooms.checkTeachersPresent();
        assertThat(seen).as("within the grace period").isEmpty();
        clock.now = clock.now.plusSeconds(1);
        classrooms.checkTeachersPresent();
        assertThat(seen).singleElement().satisfies(s -> assertThat(s.teacherOnline()).isFalse());
        classrooms.checkTeachersPresent();
        assertThat(seen).as("said once").hasSize(1);

        classrooms.teacherArrived(room, room.controlKey());
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1).teacherOnline()).isTrue();
        assertThat(seen.get(1).version()).isGreaterThan(seen.get(0).version());
        assertThat(seen.get(1).lesson()).isEqualTo(lesson());
    }

    @Test
    void aRoomWhoseTeacherHasBeenGoneTenMinutes_ends() {
        Room room = classrooms.create(lesson(), "scores");
        List<RoomSnapshot> seen = new ArrayList<>();
        classrooms.follow(room, seen::add);
        classrooms.teacherArrived(room, room.controlKey());
        classrooms.teacherLeft(room, room.controlKey());

        clock.now = clock.now.plus(Duration.ofMinutes(9));
        classrooms.checkTeachersPresent();
        assertThat(room.ended()).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        classrooms.checkTeachersPresent();

        assertThat(room.ended()).isTrue();
        assertThat(classrooms.find(room.code())).isEmpty();
        assertThat(seen.get(seen.size() - 1).ended()).isTrue();
    }

    @Test
    void theTeacherIsToldHowManyStudentsFollow() {
        Room room = classrooms.create(lesson(), "scores");
        List<Integer> counts = new ArrayList<>();
        classrooms.watchFollowers(room, room.controlKey(), counts::add);

        Runnable leave = classrooms.follow(room, s -> { });
        classrooms.follow(room, s -> { });
        leave.run();

        assertThat(counts).containsExactly(0, 1, 2, 1);
        assertThatThrownBy(() -> classrooms.watchFollowers(room, "guess", counts::add))
                .isInstanceOf(ClassroomException.class);
    }

    @Test
    void aHandoverCode_worksOnce_andOnlyWithinItsTime() {
        Room room = classrooms.create(lesson(), "scores");
        String first = classrooms.issueHandover(room, room.controlKey());
        String second = classrooms.issueHandover(room, room.controlKey());

        assertThat(classrooms.claimHandover(room.code(), first)).contains(room.controlKey());
        assertThat(classrooms.claimHandover(room.code(), first)).as("used").isEmpty();
        assertThat(classrooms.claimHandover(room.code(), "guess")).isEmpty();
        clock.now = clock.now.plus(Classrooms.HANDOVER_TTL).plusSeconds(1);
        assertThat(classrooms.claimHandover(room.code(), second)).as("expired").isEmpty();
        assertThat(first).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo(second);
        assertThatThrownBy(() -> classrooms.issueHandover(room, "guess")).isInstanceOf(ClassroomException.class);
    }

    @Test
    void onlyTheControlKey_changesTheRoom() {
        Room room = classrooms.create(lesson(), "intuition");

        assertThatThrownBy(() -> classrooms.publish(room, "guess", lesson(), "scores"))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("teacher's control link");
        assertThat(classrooms.control(room.code(), "guess")).isEmpty();
        assertThat(classrooms.control(room.code(), room.controlKey())).contains(room);
        assertThat(room.snapshot().step()).isEqualTo("intuition");
    }

    @Test
    void aStudentsFork_doesNotChangeTheRoom() {
        Room room = classrooms.create(lesson(), "scores");
        LessonPresenter student = TestLessons.presenter();
        student.load(room.snapshot().lesson());

        student.editCell(Editable.WK, 0, 0, "-3"); // exploring on their own

        assertThat(room.snapshot().lesson().state().wk().get(0, 0)).isEqualTo(1.5);
        assertThat(student.state().wk().get(0, 0)).isEqualTo(-3.0);
    }

    @Test
    void burstOfTeacherEdits_isCoalesced_latestWins() {
        Room room = classrooms.create(lesson(), "softmax");
        List<RoomSnapshot> seen = new ArrayList<>();
        classrooms.follow(room, seen::add);

        for (int i = 1; i <= 20; i++) {
            teacher.editCell(Editable.WQ, 0, 0, Integer.toString(i));
            classrooms.publish(room, room.controlKey(), lesson(), "softmax");
            millis.addAndGet(10); // 20 edits in 200 ms
        }
        assertThat(seen).hasSize(1); // the first went out at once, the rest wait for the next slot
        millis.addAndGet(100);
        scheduler.runDue();

        assertThat(seen).hasSize(2);
        assertThat(seen.get(1).lesson().state().wq().get(0, 0)).isEqualTo(20.0);
        assertThat(seen.get(1).version()).isGreaterThan(seen.get(0).version());
    }

    @Test
    void unchangedState_isNotBroadcastAgain() {
        Room room = classrooms.create(lesson(), "softmax");
        List<RoomSnapshot> seen = new ArrayList<>();
        classrooms.follow(room, seen::add);

        classrooms.publish(room, room.controlKey(), lesson(), "softmax");

        assertThat(seen).isEmpty();
    }

    @Test
    void endingTheClass_tellsStudents_andTheRoomIsGone() {
        Room room = classrooms.create(lesson(), "flow");
        List<RoomSnapshot> seen = new ArrayList<>();
        classrooms.follow(room, seen::add);

        classrooms.end(room, room.controlKey());

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).ended()).isTrue();
        assertThat(seen.get(0).step()).isEqualTo("flow");
        assertThat(classrooms.find(room.code())).isEmpty();
        assertThatThrownBy(() -> classrooms.follow(room, s -> { })).hasMessageContaining("ended");
    }

    @Test
    void roomsEnd_afterTwoHoursWithoutTeacherActivity() {
        Room active = classrooms.create(lesson(), "intuition");
        Room idle = classrooms.create(lesson(), "intuition");
        List<RoomSnapshot> seen = new ArrayList<>();
        classrooms.follow(idle, seen::add);

        clock.now = clock.now.plus(Duration.ofMinutes(90));
        teacher.editCell(Editable.WQ, 1, 1, "0.5");
        classrooms.publish(active, active.controlKey(), lesson(), "scores");
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        classrooms.expireIdleRooms();

        assertThat(classrooms.find(idle.code())).isEmpty();
        assertThat(seen).singleElement().satisfies(s -> assertThat(s.ended()).isTrue());
        assertThat(classrooms.find(active.code())).contains(active);
    }

    @Test
    void limits_roomsPerServer_andStudentsPerRoom() {
        Room room = classrooms.create(lesson(), "intuition");
        classrooms.create(lesson(), "intuition");
        classrooms.create(lesson(), "intuition");

        assertThatThrownBy(() -> classrooms.create(lesson(), "intuition"))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("3 classrooms");
        classrooms.follow(room, s -> { });
        var second = classrooms.follow(room, s -> { });
        assertThatThrownBy(() -> classrooms.follow(room, s -> { })).hasMessageContaining("full (2 students)");
        second.run();
        classrooms.follow(room, s -> { }); // a seat freed up
    }

    @Test
    void normalize_acceptsWhatStudentsType() {
        assertThat(Classrooms.normalize(" k7q-m2x ")).isEqualTo("K7QM2X");
    }
}
