package com.attentionlab.classroom;

import com.attentionlab.testsupport.TestLessons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Challenges in a room, in this node's memory: posting, nicknames, students' progress and the teacher's watch. */
class ClassroomProgressTest {

    final ClassroomsTest.ManualClock clock = new ClassroomsTest.ManualClock();
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final Classrooms classrooms = new Classrooms(clock, scheduler, Runnable::run, () -> System.nanoTime() / 1_000_000,
            new Classrooms.Settings(10, 300, Duration.ofHours(2), 0, Duration.ofSeconds(30), Duration.ofMinutes(10),
                    Duration.ofMinutes(3)));
    final Room room = classrooms.create(TestLessons.presenter().toShared(), "softmax");

    /** What a dashboard shows: each student's latest progress, by id. */
    static final class Board implements Classrooms.ProgressWatcher {
        final Map<String, StudentProgress> rows = new LinkedHashMap<>();
        int updates;

        @Override
        public synchronized void update(List<StudentProgress> changed, Set<String> left) {
            updates++;
            changed.forEach(p -> rows.put(p.studentId(), p));
            left.forEach(rows::remove);
        }

        synchronized StudentProgress row(String id) {
            return rows.get(id);
        }

        synchronized int size() {
            return rows.size();
        }
    }

    @AfterEach
    void stop() {
        classrooms.close();
        scheduler.shutdownNow();
    }

    @Test
    void postingAChallenge_isANewSnapshotForStudents_andEndingItToo() {
        long before = room.snapshot().version();

        classrooms.postChallenge(room, room.controlKey(), "it-to-mat");

        assertThat(room.snapshot().challenge()).isEqualTo("it-to-mat");
        assertThat(room.snapshot().version()).isEqualTo(before + 1);
        assertThatThrownBy(() -> classrooms.postChallenge(room, "wrong", "it-to-mat"))
                .isInstanceOf(ClassroomException.class);
        classrooms.endChallenge(room, room.controlKey());
        assertThat(room.snapshot().challenge()).isNull();
        assertThat(room.snapshot().version()).isEqualTo(before + 2);
    }

    @Test
    void postingWithAStep_movesTheRoomToIt_inTheSameSnapshotAsTheChallenge() {
        classrooms.postChallenge(room, room.controlKey(), "it-to-mat", "scores");

        assertThat(room.snapshot().challenge()).isEqualTo("it-to-mat");
        assertThat(room.snapshot().step()).isEqualTo("scores");
        assertThatThrownBy(() -> classrooms.postChallenge(room, room.controlKey(), "x".repeat(4_001)))
                .isInstanceOf(ClassroomException.class).hasMessage("A challenge code has at most 4000 characters.");
    }

    @Test
    void revealingTheSolution_needsTheKeyAndAChallenge_andANewChallengeStartsUnrevealed() {
        classrooms.revealSolution(room, room.controlKey());
        assertThat(room.snapshot().revealed()).as("no challenge: nothing to reveal").isFalse();
        classrooms.postChallenge(room, room.controlKey(), "it-to-mat");
        assertThatThrownBy(() -> classrooms.revealSolution(room, "wrong")).isInstanceOf(ClassroomException.class);
        long before = room.snapshot().version();

        classrooms.revealSolution(room, room.controlKey());

        assertThat(room.snapshot().revealed()).isTrue();
        assertThat(room.snapshot().version()).as("students see it").isEqualTo(before + 1);
        classrooms.postChallenge(room, room.controlKey(), "mystery-wk");
        assertThat(room.snapshot().revealed()).isFalse();
    }

    @Test
    void pacing_isTheTeachersToSet_andStaysAcrossChallenges() {
        assertThat(room.snapshot().explore()).as("by default students stay on the teacher's step").isFalse();
        assertThatThrownBy(() -> classrooms.setExplore(room, "wrong", true)).isInstanceOf(ClassroomException.class);

        classrooms.setExplore(room, room.controlKey(), true);
        classrooms.postChallenge(room, room.controlKey(), "it-to-mat");

        assertThat(room.snapshot().explore()).isTrue();
        classrooms.setExplore(room, room.controlKey(), false);
        assertThat(room.snapshot().explore()).isFalse();
    }

    @Test
    void revealedAndPacing_survive_theClustersJson() {
        classrooms.postChallenge(room, room.controlKey(), "it-to-mat");
        classrooms.revealSolution(room, room.controlKey());
        classrooms.setExplore(room, room.controlKey(), true);
        RoomRecordJson json = new RoomRecordJson(new com.attentionlab.share.ShareCodec(
                com.attentionlab.engine.Limits.LINKS));
        RoomRecord stored = json.read(json.write(room.record()));

        assertThat(stored.revealed()).isTrue();
        assertThat(stored.explore()).isTrue();
        assertThat(json.read(json.write(stored.withChallenge(null, clock.instant()))).revealed()).isFalse();
    }

    @Test
    void nicknames_areTrimmed_strippedOfControlCharacters_andLimitedTo24() {
        assertThat(Classrooms.cleanNickname("  Ada  ")).isEqualTo("Ada");
        assertThat(Classrooms.cleanNickname("A\u0000d\u0007a\n\u202E")).isEqualTo("Ada");
        assertThat(Classrooms.cleanNickname("x".repeat(24))).hasSize(24);
        assertThat(Classrooms.cleanNickname("  " + "x".repeat(24) + "  ")).hasSize(24);
        assertThatThrownBy(() -> Classrooms.cleanNickname("x".repeat(25)))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("24 characters");
        assertThat(Classrooms.cleanNickname("<b>Bob</b>")).as("kept as text: the screens show it as text")
                .isEqualTo("<b>Bob</b>");
    }

    @Test
    void noNickname_isStudentN_numberedInTheRoom() {
        assertThat(classrooms.nickname(room, "")).isEqualTo("Student 1");
        assertThat(classrooms.nickname(room, "Ada")).isEqualTo("Ada");
        assertThat(classrooms.nickname(room, " \u0007 ")).isEqualTo("Student 2");
        assertThat(classrooms.nickname(room, null)).isEqualTo("Student 3");
        Room other = classrooms.create(TestLessons.presenter().toShared(), "softmax");
        assertThat(classrooms.nickname(other, "")).as("numbers are per room").isEqualTo("Student 1");
    }

    @Test
    void theTeachersWatch_getsTheCurrentList_thenEveryChange_latestWinning() {
        StudentProgress ada = StudentProgress.start("s1", "Ada", "it-to-mat", clock.instant());
        classrooms.reportProgress(room, ada);
        Board board = new Board();

        classrooms.watchProgress(room, room.controlKey(), board);
        assertThat(board.row("s1")).isEqualTo(ada);

        StudentProgress bob = StudentProgress.start("s2", "Bob", "it-to-mat", clock.instant());
        classrooms.reportProgress(room, bob);
        classrooms.reportProgress(room, ada.edited(false, clock.instant()));
        classrooms.reportProgress(room, ada.edited(false, clock.instant()).edited(true, clock.instant()));

        assertThat(board.size()).isEqualTo(2);
        assertThat(board.row("s1").edits()).isEqualTo(2);
        assertThat(classrooms.stateOf(board.row("s1"))).isEqualTo(StudentProgress.State.SOLVED);
        classrooms.forgetProgress(room, "s2");
        assertThat(board.row("s2")).isNull();
        assertThatThrownBy(() -> classrooms.watchProgress(room, "wrong", board))
                .isInstanceOf(ClassroomException.class);
    }

    @Test
    void aBurstOfChanges_isCoalescedPerStudent_whileADeliveryIsUnderWay() {
        // a fan-out pool that runs nothing until the test says so: the changes pile up meanwhile
        List<Runnable> queued = new java.util.ArrayList<>();
        Classrooms slow = new Classrooms(clock, scheduler, queued::add, () -> System.nanoTime() / 1_000_000,
                Classrooms.Settings.defaults());
        Room r = slow.create(TestLessons.presenter().toShared(), "softmax");
        Board board = new Board();
        slow.watchProgress(r, r.controlKey(), board);
        List.copyOf(queued).forEach(Runnable::run);
        queued.clear();
        StudentProgress p = StudentProgress.start("s1", "Ada", "it-to-mat", clock.instant());
        for (int i = 0; i < 50; i++) {
            p = p.edited(false, clock.instant());
            slow.reportProgress(r, p);
        }

        assertThat(queued).as("one delivery under way at a time").hasSize(1);
        List.copyOf(queued).forEach(Runnable::run);

        assertThat(board.updates).as("the whole list, then one update with the latest").isEqualTo(2);
        assertThat(board.row("s1").edits()).isEqualTo(50);
        slow.close();
    }

    @Test
    void aStudentWithoutProgressForTheConfiguredTime_showsAsStuck_andIAmStuckAtOnce() {
        Board board = new Board();
        classrooms.watchProgress(room, room.controlKey(), board);
        StudentProgress ada = StudentProgress.start("s1", "Ada", "it-to-mat", clock.instant());
        classrooms.reportProgress(room, ada);
        classrooms.reportProgress(room, StudentProgress.start("s2", "Bob", "it-to-mat", clock.instant()).stuck());
        assertThat(classrooms.stateOf(board.row("s2"))).isEqualTo(StudentProgress.State.STUCK);

        clock.now = clock.now.plus(Duration.ofMinutes(2));
        classrooms.checkStuck();
        assertThat(classrooms.stateOf(board.row("s1"))).isEqualTo(StudentProgress.State.WORKING);
        int updates = board.updates;

        clock.now = clock.now.plus(Duration.ofMinutes(1));
        classrooms.checkStuck();
        assertThat(board.updates).as("the dashboard is told").isEqualTo(updates + 1);
        assertThat(classrooms.stateOf(board.row("s1"))).isEqualTo(StudentProgress.State.STUCK);

        classrooms.reportProgress(room, board.row("s1").edited(false, clock.instant()));
        assertThat(classrooms.stateOf(board.row("s1"))).as("progress again").isEqualTo(StudentProgress.State.WORKING);
        assertThat(classrooms.timeTaken(board.row("s1"))).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void solvedStaysSolved_andTimeTakenStopsThen() {
        StudentProgress p = StudentProgress.start("s1", "Ada", "it-to-mat", clock.instant());
        clock.now = clock.now.plusSeconds(70);
        p = p.edited(true, clock.instant()).stuck().edited(false, clock.instant().plusSeconds(5));
        clock.now = clock.now.plus(Duration.ofMinutes(10));

        assertThat(classrooms.stateOf(p)).isEqualTo(StudentProgress.State.SOLVED);
        assertThat(classrooms.timeTaken(p)).isEqualTo(Duration.ofSeconds(70));
        assertThat(p.edits()).isEqualTo(2);
    }

    @Test
    void endingTheRoom_removesEveryStudentsProgress() {
        classrooms.reportProgress(room, StudentProgress.start("s1", "Ada", "it-to-mat", clock.instant()));
        Board board = new Board();
        classrooms.watchProgress(room, room.controlKey(), board);

        classrooms.end(room, room.controlKey());

        assertThat(classrooms.store().progress(room.code())).isEmpty();
        assertThat(board.size()).isZero();
        classrooms.reportProgress(room, StudentProgress.start("s3", "Late", "it-to-mat", clock.instant()));
        assertThat(classrooms.store().progress(room.code())).as("nothing kept after the end").isEmpty();
    }

    @Test
    void progressIsNeverInTheRoomsRecord() {
        long revision = room.record().revision();
        classrooms.reportProgress(room, StudentProgress.start("s1", "Ada", "it-to-mat", clock.instant()));
        assertThat(classrooms.store().get(room.code()).orElseThrow().revision()).isEqualTo(revision);
    }

    @Test
    void progress_survivesTheClustersJsonText_nicknameAsIs() {
        StudentProgress p = StudentProgress.start("s1", "\"Zoë\" <script>", "it-to-mat", clock.instant())
                .edited(false, clock.instant().plusSeconds(3)).stuck();
        StudentProgress solved = p.edited(true, clock.instant().plusSeconds(9));

        assertThat(RoomRecordJson.readProgress(RoomRecordJson.writeProgress(p))).isEqualTo(p);
        assertThat(RoomRecordJson.readProgress(RoomRecordJson.writeProgress(solved))).isEqualTo(solved);
        assertThatThrownBy(() -> RoomRecordJson.readProgress("{}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void progress_carriesTheStudentsLessonAsAShareCode_keptSmall() {
        StudentProgress p = StudentProgress.start("s1", "Ada", "it-to-mat", clock.instant()).withLesson("AbC-_1");

        assertThat(p.edited(false, clock.instant()).stuck().withNickname("Bo").lesson()).isEqualTo("AbC-_1");
        assertThat(RoomRecordJson.readProgress(RoomRecordJson.writeProgress(p))).isEqualTo(p);
        assertThat(p.withLesson("x".repeat(StudentProgress.MAX_LESSON)).lesson()).hasSize(StudentProgress.MAX_LESSON);
        assertThat(p.withLesson("x".repeat(StudentProgress.MAX_LESSON + 1)).lesson()).as("too long: dropped").isNull();
        assertThat(RoomRecordJson.readProgress(RoomRecordJson.writeProgress(p.withLesson(null))).lesson()).isNull();
        StudentProgress used = p.usingSolution();
        assertThat(RoomRecordJson.readProgress(RoomRecordJson.writeProgress(used, "node-1")).usedSolution()).isTrue();
        assertThat(RoomRecordJson.nodeOfProgress(RoomRecordJson.writeProgress(used, "node-1"))).isEqualTo("node-1");
    }
}
