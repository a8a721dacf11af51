package com.attentionlab.classroom;

import com.attentionlab.share.SharedLesson;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * All live classrooms (a singleton per node): creates rooms, lets students follow them and the teacher drive them,
 * and ends rooms after {@code idleTimeout} without teacher activity. The rooms live in a {@link RoomStore}: this
 * node's memory (the default) or a cluster of nodes; every rule is here, the same for both.
 */
public class Classrooms implements AutoCloseable {

    /** Join-code letters: no look-alikes (no 0/O, 1/I/L). */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int CODE_LENGTH = 6;

    /** The rooms this node has a handle on (joined, taught or looked up here). */
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final RoomStore store;
    private final boolean ownsThreads;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final java.util.concurrent.Executor fanOut;
    private final LongSupplier millis;
    private final int maxRooms;
    private final int maxStudents;
    private final Duration idleTimeout;
    private final long minIntervalMillis;
    private final Duration teacherOfflineAfter;
    private final Duration endAfterTeacherGone;
    private final Duration stuckAfter;
    /** The progress of the rooms whose teacher watches the dashboard on this node. */
    private final Map<String, ProgressFeed> feeds = new ConcurrentHashMap<>();

    /** Nicknames: at most this many characters (after trimming, control characters stripped). */
    public static final int MAX_NICKNAME = 24;
    /** The longest challenge a room holds: a catalog id, or an authored challenge's code (its own limit is the same). */
    public static final int MAX_CHALLENGE_TEXT = 4_000;

    /**
     * The limits and timings of classrooms.
     *
     * @param maxRooms                   live rooms at most (all nodes)
     * @param maxStudents                followers of one room at most (all nodes)
     * @param idleTimeout                a room ends after this long without teacher activity
     * @param minBroadcastIntervalMillis bursts of teacher edits are coalesced to one broadcast per this interval
     * @param teacherOfflineAfter        students see "teacher offline" once no teacher screen has been open this long
     * @param endAfterTeacherGone        a room ends once no teacher screen has been open this long
     * @param stuckAfter                 a student working on a challenge without progress this long shows as stuck
     */
    public record Settings(int maxRooms, int maxStudents, Duration idleTimeout, long minBroadcastIntervalMillis,
                           Duration teacherOfflineAfter, Duration endAfterTeacherGone, Duration stuckAfter) {

        /** The default time without progress after which a student shows as stuck. */
        public static final Duration STUCK_AFTER = Duration.ofMinutes(3);

        /** As before challenges: stuck after {@link #STUCK_AFTER}. */
        public Settings(int maxRooms, int maxStudents, Duration idleTimeout, long minBroadcastIntervalMillis,
                        Duration teacherOfflineAfter, Duration endAfterTeacherGone) {
            this(maxRooms, maxStudents, idleTimeout, minBroadcastIntervalMillis, teacherOfflineAfter,
                    endAfterTeacherGone, STUCK_AFTER);
        }

        /** The defaults of application.properties. */
        public static Settings defaults() {
            return new Settings(500, 300, Duration.ofHours(2), 250, Duration.ofSeconds(30), Duration.ofMinutes(10),
                    STUCK_AFTER);
        }
    }

    /** The server's classrooms in this node's memory, with threads of their own (see the next constructor). */
    public Classrooms(Clock clock, Settings settings) {
        this(clock, settings, new MemoryRoomStore());
    }

    /**
     * The classrooms in {@code store}, with a scheduler thread of their own (coalesced writes, expiry, presence,
     * healing) and a bounded fan-out pool. {@link #close()} stops them and closes the store.
     */
    public Classrooms(Clock clock, Settings settings, RoomStore store) {
        this(clock, Executors.newSingleThreadScheduledExecutor(daemon("classroom-broadcaster")),
                Executors.newFixedThreadPool(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()),
                        daemon("classroom-fan-out")),
                () -> System.nanoTime() / 1_000_000, settings, store, true);
        scheduler.scheduleWithFixedDelay(this::expireIdleRooms, 1, 1, TimeUnit.MINUTES);
        scheduler.scheduleWithFixedDelay(this::checkTeachersPresent, 5, 5, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::heal, 2, 2, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::checkStuck, 5, 5, TimeUnit.SECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * @param fanOut runs the delivery of a snapshot to the followers; null: the scheduler's thread, so a
     *               teacher's request never waits for hundreds of students
     */
    public Classrooms(Clock clock, ScheduledExecutorService scheduler, java.util.concurrent.Executor fanOut,
                      LongSupplier millis, Settings settings) {
        this(clock, scheduler, fanOut, millis, settings, new MemoryRoomStore(), false);
    }

    /** As above, on {@code store} (tests drive the scheduler and the sweeps by hand). */
    public Classrooms(Clock clock, ScheduledExecutorService scheduler, java.util.concurrent.Executor fanOut,
                      LongSupplier millis, Settings settings, RoomStore store) {
        this(clock, scheduler, fanOut, millis, settings, store, false);
    }

    private Classrooms(Clock clock, ScheduledExecutorService scheduler, java.util.concurrent.Executor fanOut,
                       LongSupplier millis, Settings settings, RoomStore store, boolean ownsThreads) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.fanOut = fanOut != null ? fanOut : scheduler;
        this.millis = millis;
        this.maxRooms = settings.maxRooms();
        this.maxStudents = settings.maxStudents();
        this.idleTimeout = settings.idleTimeout();
        this.minIntervalMillis = settings.minBroadcastIntervalMillis();
        this.teacherOfflineAfter = settings.teacherOfflineAfter();
        this.endAfterTeacherGone = settings.endAfterTeacherGone();
        this.stuckAfter = settings.stuckAfter();
        this.store = store;
        this.ownsThreads = ownsThreads;
        store.listen(new RoomStore.Listener() {
            @Override
            public void changed(RoomRecord record) {
                Room room = rooms.get(record.code());
                if (room != null) {
                    room.heard(record);
                    if (record.ended()) {
                        rooms.remove(record.code(), room);
                    }
                }
            }

            @Override
            public void removed(String code) {
                Room room = rooms.remove(code);
                if (room != null) {
                    room.gone();
                }
            }
        });
        store.listenProgress((code, studentId, progress) -> {
            ProgressFeed feed = feeds.get(code);
            if (feed != null) {
                feed.heard(studentId, progress);
            }
        });
    }

    static ClassroomException full(int maxRooms) {
        return new ClassroomException("Attention Lab already runs " + maxRooms
                + " classrooms, its limit. Please try again later.");
    }

    /** A new room showing {@code lesson} at {@code step}. */
    public Room create(SharedLesson lesson, String step) {
        expireIdleRooms();
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
        while (true) {
            RoomRecord record = RoomRecord.open(newCode(), key, lesson, step, clock.instant());
            if (store.create(record, maxRooms)) {
                return handle(record);
            }
        }
    }

    private Room handle(RoomRecord record) {
        Room room = rooms.compute(record.code(), (code, old) -> old != null && !old.ended() ? old
                : new Room(record, store, scheduler, fanOut, millis, minIntervalMillis));
        room.heard(record);
        return room;
    }

    private String newCode() {
        StringBuilder sb = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Normalizes what a student typed: upper case, spaces and dashes dropped. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The live room with this join code (started on any node). */
    public Optional<Room> find(String code) {
        String c = normalize(code);
        Room known = rooms.get(c);
        if (known != null && !known.ended()) {
            return Optional.of(known);
        }
        return store.get(c).filter(r -> !r.ended()).map(this::handle).filter(r -> !r.ended());
    }

    /** The live room whose control key this is (the teacher's control link). */
    public Optional<Room> control(String code, String key) {
        return find(code).filter(r -> r.isKey(key));
    }

    /** The teacher's new state, broadcast to every follower (coalesced). */
    public void publish(Room room, String key, SharedLesson lesson, String step) {
        if (!room.isKey(key)) {
            throw new ClassroomException("Only the teacher's control link can change this class.");
        }
        room.publish(lesson, step, clock.instant());
    }

    /**
     * A student follows the room: {@code follower} gets every broadcast snapshot (from a broadcaster thread; wrap
     * UI changes in {@code ui.access}). Run the returned action when the student leaves.
     *
     * @throws ClassroomException when the room is full or has ended
     */
    public Runnable follow(Room room, Consumer<RoomSnapshot> follower) {
        if (room.ended()) {
            throw new ClassroomException("This class has ended.");
        }
        room.add(follower, maxStudents);
        return () -> room.remove(follower);
    }

    /** Ends the room now (teacher's "End class"). */
    public void end(Room room, String key) {
        if (!room.isKey(key)) {
            throw new ClassroomException("Only the teacher's control link can end this class.");
        }
        room.end();
    }

    /** A screen of the teacher (a control link) opened; its students see the teacher online. */
    public void teacherArrived(Room room, String key) {
        checkKey(room, key);
        store.update(room.code(), r -> r.teacherArrived(store.node()));
    }

    /** A screen of the teacher closed (the teacher may come back: reload, another device). */
    public void teacherLeft(Room room, String key) {
        checkKey(room, key);
        Instant now = clock.instant();
        store.update(room.code(), r -> r.teacherLeft(store.node(), now));
    }

    /** The teacher watches how many students follow: now and after every change. Run the result to stop. */
    public Runnable watchFollowers(Room room, String key, java.util.function.IntConsumer watcher) {
        checkKey(room, key);
        return room.watchFollowers(watcher);
    }

    private static void checkKey(Room room, String key) {
        if (!room.isKey(key)) {
            throw new ClassroomException("Only the teacher's control link can do this.");
        }
    }

    /** The cluster's nodes at the last presence check (a node gone since: its students' progress is dropped). */
    private java.util.Set<String> lastNodes = java.util.Set.of();

    /**
     * For the rooms this node looks after: forgets students and teacher screens of nodes that died, tells the
     * students of every room whose teacher has had no screen open for a while, and ends the rooms whose teacher
     * has been gone longer than {@code endAfterTeacherGone} (a room nobody teaches must not hold a place).
     */
    public synchronized void checkTeachersPresent() {
        Instant now = clock.instant();
        Instant offline = now.minus(teacherOfflineAfter);
        Instant gone = now.minus(endAfterTeacherGone);
        java.util.Set<String> nodes = store.nodes();
        boolean nodeLeft = !nodes.containsAll(lastNodes);
        lastNodes = nodes;
        for (RoomRecord owned : store.owned()) {
            if (nodeLeft) {
                store.dropProgressOutside(owned.code(), nodes); // the students of a dead node leave its dashboard
            }
            store.update(owned.code(), r -> {
                RoomRecord live = r.withNodes(nodes, now);
                return live.teacherGoneSince(gone) ? live.end(live.step(), live.lesson()) : live.checkPresence(offline);
            }).filter(RoomRecord::ended).ifPresent(r -> store.remove(r.code()));
        }
    }

    /**
     * Reads again the record of every room this node has a handle on: a change this node missed (delivery between
     * nodes may be at-most-once) reaches its followers now, and a room gone from the store ends here too.
     */
    public void heal() {
        for (Room room : rooms.values()) {
            Optional<RoomRecord> record = store.get(room.code());
            if (record.isPresent()) {
                room.heard(record.get());
                if (record.get().ended()) {
                    rooms.remove(room.code(), room);
                }
            } else if (rooms.remove(room.code(), room)) {
                room.gone();
            }
        }
    }

    // ---- challenges: the teacher posts one, each student works on a private copy, the dashboard shows progress ----

    /** What the teacher's dashboard hears. */
    @FunctionalInterface
    public interface ProgressWatcher {
        /**
         * First every student's progress (the whole list, {@code left} empty), then every change: the latest
         * progress of the students that changed and the ids of those who left. From the fan-out executor (wrap UI
         * changes in {@code ui.access}); changes arriving meanwhile are coalesced per student, the latest winning.
         */
        void update(java.util.List<StudentProgress> changed, java.util.Set<String> left);
    }

    /**
     * The teacher posts a challenge to the room (a catalog id or an authored challenge's code; what it means is
     * the screens' business): a new snapshot, so every student gets a private copy of its start.
     */
    public void postChallenge(Room room, String key, String challenge) {
        postChallenge(room, key, challenge, null);
    }

    /**
     * As {@link #postChallenge(Room, String, String)}, with the room moved to the challenge's step in the same
     * snapshot (students locked to the teacher's step land where the challenge is played; null: the step stays).
     *
     * @throws ClassroomException for no challenge, or text longer than {@link #MAX_CHALLENGE_TEXT}
     */
    public void postChallenge(Room room, String key, String challenge, String stepSlug) {
        checkKey(room, key);
        if (challenge == null || challenge.isBlank()) {
            throw new ClassroomException("Choose a challenge to post.");
        }
        if (challenge.strip().length() > MAX_CHALLENGE_TEXT) {
            throw new ClassroomException("A challenge code has at most " + MAX_CHALLENGE_TEXT + " characters.");
        }
        Instant now = clock.instant();
        store.update(room.code(), r -> r.ended() ? r : r.withChallenge(challenge.strip(), now).atStep(stepSlug));
    }

    /**
     * The teacher reveals the posted challenge's reference solution to the class: every student's screen shows it (and
     * may apply it to their copy). Nothing happens without a challenge; a new challenge starts unrevealed.
     */
    public void revealSolution(Room room, String key) {
        checkKey(room, key);
        Instant now = clock.instant();
        store.update(room.code(), r -> r.ended() ? r : r.withSolutionRevealed(now));
    }

    /**
     * Pacing: {@code explore} lets students move between the steps on their own; otherwise their screens stay on the
     * teacher's step (the default), and switching back brings them all to it.
     */
    public void setExplore(Room room, String key, boolean explore) {
        checkKey(room, key);
        Instant now = clock.instant();
        store.update(room.code(), r -> r.ended() ? r : r.withExplore(explore, now));
    }

    /** The teacher ends the current challenge (students follow the teacher again). */
    public void endChallenge(Room room, String key) {
        checkKey(room, key);
        Instant now = clock.instant();
        store.update(room.code(), r -> r.ended() ? r : r.withChallenge(null, now));
    }

    /**
     * A nickname as typed, made safe to show: control and format characters (e.g. bidi overrides) stripped, then
     * trimmed; may be empty.
     *
     * @throws ClassroomException when longer than {@link #MAX_NICKNAME} characters
     */
    public static String cleanNickname(String typed) {
        String clean = typed == null ? "" : typed.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (clean.codePointCount(0, clean.length()) > MAX_NICKNAME) {
            throw new ClassroomException("A nickname has at most " + MAX_NICKNAME + " characters.");
        }
        return clean;
    }

    /**
     * The nickname a student joins {@code room} with: the typed one, cleaned ({@link #cleanNickname}); if that is
     * empty, "Student N" with N the room's next number.
     */
    public String nickname(Room room, String typed) {
        String clean = cleanNickname(typed);
        if (!clean.isEmpty()) {
            return clean;
        }
        int n = store.update(room.code(), RoomRecord::withNextStudentNumber)
                .orElseThrow(() -> new ClassroomException("This class has ended.")).studentNumbers();
        return "Student " + n;
    }

    /** A new random student id (per follow: nothing ties it to a person). */
    public String newStudentId() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(12));
    }

    /** A student's screen reports progress on the room's challenge (ignored once the class has ended). */
    public void reportProgress(Room room, StudentProgress progress) {
        if (!room.ended()) {
            store.putProgress(room.code(), progress);
        }
    }

    /** The student left (closed the screen): the row goes from the dashboard. */
    public void forgetProgress(Room room, String studentId) {
        store.removeProgress(room.code(), studentId);
    }

    /** The teacher's dashboard: every student's progress now, then every change (see {@link ProgressWatcher}). */
    public Runnable watchProgress(Room room, String key, ProgressWatcher watcher) {
        checkKey(room, key);
        String code = room.code();
        boolean[] fresh = {false};
        ProgressFeed feed = feeds.computeIfAbsent(code, c -> {
            fresh[0] = true;
            return new ProgressFeed(fanOut);
        });
        if (fresh[0]) {
            feed.load(store.progress(code));
        }
        feed.add(watcher);
        return () -> {
            if (feed.remove(watcher)) {
                feeds.remove(code, feed);
            }
        };
    }

    /** What the teacher sees of a student now: solved, stuck (said so, or no progress for a while) or working. */
    public StudentProgress.State stateOf(StudentProgress p) {
        return p.stateAt(clock.instant(), stuckAfter);
    }

    /** How long the student has taken (until solved, or until now). */
    public Duration timeTaken(StudentProgress p) {
        return p.timeTaken(clock.instant());
    }

    /** The time now, by this classroom's clock (students' progress is stamped with it). */
    public Instant now() {
        return clock.instant();
    }

    /** Dashboards on this node hear of the students who have just become stuck for lack of progress. */
    public void checkStuck() {
        Instant now = clock.instant();
        feeds.values().forEach(f -> f.sweep(now, stuckAfter));
    }

    /** How long a handover code (the teacher moving to another device) stays valid. */
    public static final Duration HANDOVER_TTL = Duration.ofMinutes(10);

    /** A one-time code with which another device of the teacher takes over the control of the room. */
    public String issueHandover(Room room, String key) {
        checkKey(room, key);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
        Instant expires = clock.instant().plus(HANDOVER_TTL);
        store.update(room.code(), r -> r.withHandover(token, expires));
        return token;
    }

    /** The control key for a handover code, once; empty for an unknown, used or expired code or an ended room. */
    public Optional<String> claimHandover(String code, String token) {
        Optional<Room> room = find(code);
        if (room.isEmpty() || token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        java.util.concurrent.atomic.AtomicBoolean valid = new java.util.concurrent.atomic.AtomicBoolean();
        store.update(room.get().code(), r -> {
            Instant expires = r.handovers().get(token);
            valid.set(expires != null && !expires.isBefore(now) && !r.ended());
            return r.withoutHandover(token, now);
        });
        return valid.get() ? Optional.of(room.get().controlKey()) : Optional.empty();
    }

    /** Ends every room (this node looks after) whose teacher has been idle longer than the idle timeout. */
    public void expireIdleRooms() {
        Instant cutoff = clock.instant().minus(idleTimeout);
        for (RoomRecord owned : store.owned()) {
            if (owned.lastTeacherActivity().isBefore(cutoff)) {
                store.update(owned.code(), r -> r.lastTeacherActivity().isBefore(cutoff) ? r.end(r.step(), r.lesson())
                        : r).filter(RoomRecord::ended).ifPresent(r -> store.remove(r.code()));
            }
        }
    }

    /** Live rooms (all nodes). */
    public int size() {
        return store.size();
    }

    /** Where the rooms live. */
    public RoomStore store() {
        return store;
    }

    /** Stops this node's classroom threads (if it made them) and closes the store. */
    @Override
    public void close() {
        if (ownsThreads) {
            scheduler.shutdownNow();
            if (fanOut instanceof java.util.concurrent.ExecutorService pool) {
                pool.shutdownNow();
            }
        }
        store.close();
    }
}
