package com.attentionlab.classroom;

import com.attentionlab.engine.Limits;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.share.ShareCodec;
import com.attentionlab.share.SharedLesson;
import com.attentionlab.testsupport.TestLessons;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery between nodes may be at-most-once and out of order: every message is a whole versioned record, so a
 * node that misses changes jumps to the newest it hears (or reads when healing), and ignores older ones.
 */
class RoomHealingTest {

    /** A memory store whose change events the test holds back, drops or replays in any order. */
    static final class LossyStore implements RoomStore {
        final MemoryRoomStore inner = new MemoryRoomStore();
        final List<Listener> listeners = new ArrayList<>();
        final List<RoomRecord> held = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        boolean passing = true;

        LossyStore() {
            inner.listen(new Listener() {
                @Override
                public void changed(RoomRecord record) {
                    if (passing) {
                        listeners.forEach(l -> l.changed(record));
                    } else {
                        held.add(record);
                    }
                }

                @Override
                public void removed(String code) {
                    if (passing) {
                        listeners.forEach(l -> l.removed(code));
                    } else {
                        removed.add(code);
                    }
                }
            });
        }

        void replay(RoomRecord r) {
            listeners.forEach(l -> l.changed(r));
        }

        @Override
        public String node() {
            return inner.node();
        }

        @Override
        public void putProgress(String code, StudentProgress p) {
            inner.putProgress(code, p);
        }

        @Override
        public void removeProgress(String code, String studentId) {
            inner.removeProgress(code, studentId);
        }

        @Override
        public List<StudentProgress> progress(String code) {
            return inner.progress(code);
        }

        @Override
        public void listenProgress(ProgressListener listener) {
            inner.listenProgress(listener);
        }

        @Override
        public Set<String> nodes() {
            return inner.nodes();
        }

        @Override
        public boolean create(RoomRecord record, int maxRooms) {
            return inner.create(record, maxRooms);
        }

        @Override
        public Optional<RoomRecord> get(String code) {
            return inner.get(code);
        }

        @Override
        public Optional<RoomRecord> update(String code, UnaryOperator<RoomRecord> change) {
            return inner.update(code, change);
        }

        @Override
        public void remove(String code) {
            inner.remove(code);
        }

        @Override
        public Collection<RoomRecord> owned() {
            return inner.owned();
        }

        @Override
        public int size() {
            return inner.size();
        }

        @Override
        public void listen(Listener listener) {
            listeners.add(listener);
        }

        @Override
        public void close() {
        }
    }

    final LossyStore store = new LossyStore();
    final Classrooms classrooms = new Classrooms(Clock.systemUTC(), Executors.newSingleThreadScheduledExecutor(),
            Runnable::run, System::currentTimeMillis, new Classrooms.Settings(10, 10, Duration.ofHours(2), 0,
            Duration.ofSeconds(30), Duration.ofMinutes(10)), store);
    final LessonPresenter teacher = TestLessons.presenter();
    final Room room = classrooms.create(teacher.toShared(), "softmax");
    final List<RoomSnapshot> seen = new ArrayList<>();

    {
        classrooms.follow(room, seen::add);
    }

    SharedLesson edit(String value) {
        teacher.editCell(Editable.WQ, 0, 0, value);
        return teacher.toShared();
    }

    @Test
    void missedChanges_areHealedByTheNewest_once() {
        store.passing = false; // the network loses everything for a while
        classrooms.publish(room, room.controlKey(), edit("1"), "softmax");
        classrooms.publish(room, room.controlKey(), edit("2"), "scores");
        classrooms.publish(room, room.controlKey(), edit("3"), "weights");
        assertThat(seen).isEmpty();

        classrooms.heal();

        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.step()).isEqualTo("weights");
            assertThat(s.lesson().state().wq().get(0, 0)).isEqualTo(3.0);
            assertThat(s.version()).isEqualTo(room.snapshot().version());
        });
        classrooms.heal();
        assertThat(seen).as("healing twice delivers nothing new").hasSize(1);
    }

    @Test
    void anOlderRecordArrivingLate_isIgnored_andANewerOneJumpsOverTheGap() {
        store.passing = false;
        classrooms.publish(room, room.controlKey(), edit("1"), "softmax");
        classrooms.publish(room, room.controlKey(), edit("2"), "softmax");
        classrooms.publish(room, room.controlKey(), edit("3"), "softmax");
        List<RoomRecord> held = List.copyOf(store.held);
        assertThat(held).hasSize(3);

        store.replay(held.get(2)); // the newest arrives first
        store.replay(held.get(0)); // then an older one, late
        store.replay(held.get(1));

        assertThat(seen).singleElement().satisfies(s -> assertThat(s.lesson().state().wq().get(0, 0)).isEqualTo(3.0));
    }

    @Test
    void countsFollowTheNewestRecord_notALateOne() {
        List<Integer> counts = new ArrayList<>();
        classrooms.watchFollowers(room, room.controlKey(), counts::add);
        store.passing = false;
        Runnable leave = classrooms.follow(room, s -> { });
        leave.run();
        List<RoomRecord> held = List.copyOf(store.held); // 2 followers, then 1 again

        store.replay(held.get(1));
        store.replay(held.get(0));

        assertThat(counts).containsExactly(1); // the count when watching began; the late "2" never shows
    }

    @Test
    void aMissedEnd_isHealed_studentsHearTheClassEnded() {
        store.passing = false;
        classrooms.end(room, room.controlKey());
        assertThat(seen).isEmpty();

        classrooms.heal();

        assertThat(seen).singleElement().satisfies(s -> assertThat(s.ended()).isTrue());
        assertThat(classrooms.find(room.code())).isEmpty();
    }

    @Test
    void aRecordOfAnotherNodesCodec_roundTripsThroughJson() {
        RoomRecordJson json = new RoomRecordJson(new ShareCodec(Limits.LINKS));
        RoomRecord r = room.record().withHandover("token", java.time.Instant.parse("2026-11-30T10:00:00.123456Z"))
                .withFollowers("node-b", 7).teacherArrived("node-a");

        RoomRecord back = new RoomRecordJson(new ShareCodec(Limits.LINKS)).read(json.write(r));

        assertThat(back).isEqualTo(r);
        assertThat(back.followerCount()).isEqualTo(8);
    }
}
