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
 * All live classrooms of this server (a singleton): creates rooms, lets students follow them and the teacher
 * drive them, and ends rooms after {@code idleTimeout} without teacher activity.
 */
public class Classrooms {

    /** Join-code letters: no look-alikes (no 0/O, 1/I/L). */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int CODE_LENGTH = 6;

    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
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

    /**
     * The limits and timings of classrooms.
     *
     * @param maxRooms                   live rooms on this server at most
     * @param maxStudents                followers of one room at most
     * @param idleTimeout                a room ends after this long without teacher activity
     * @param minBroadcastIntervalMillis bursts of teacher edits are coalesced to one broadcast per this interval
     * @param teacherOfflineAfter        students see "teacher offline" once no teacher screen has been open this long
     * @param endAfterTeacherGone        a room ends once no teacher screen has been open this long
     */
    public record Settings(int maxRooms, int maxStudents, Duration idleTimeout, long minBroadcastIntervalMillis,
                           Duration teacherOfflineAfter, Duration endAfterTeacherGone) {

        /** The defaults of application.properties. */
        public static Settings defaults() {
            return new Settings(500, 300, Duration.ofHours(2), 250, Duration.ofSeconds(30), Duration.ofMinutes(10));
        }
    }

    /** The server's classrooms, with a broadcaster thread of their own that also ends idle rooms. */
    public Classrooms(Clock clock, Settings settings) {
        this(clock, Executors.newSingleThreadScheduledExecutor(daemon("classroom-broadcaster")),
                Executors.newFixedThreadPool(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()),
                        daemon("classroom-fan-out")),
                () -> System.nanoTime() / 1_000_000, settings);
        scheduler.scheduleWithFixedDelay(this::expireIdleRooms, 1, 1, TimeUnit.MINUTES);
        scheduler.scheduleWithFixedDelay(this::checkTeachersPresent, 5, 5, TimeUnit.SECONDS);
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
    }

    /** A new room showing {@code lesson} at {@code step}. */
    public Room create(SharedLesson lesson, String step) {
        expireIdleRooms();
        if (rooms.size() >= maxRooms) {
            throw new ClassroomException("This server already runs " + maxRooms
                    + " classrooms, its limit. Please try again later.");
        }
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
        while (true) {
            String code = newCode();
            Room room = new Room(code, key, lesson, step, clock.instant(), scheduler, fanOut, millis,
                    minIntervalMillis);
            if (rooms.putIfAbsent(code, room) == null) {
                return room;
            }
        }
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

    /** The live room with this join code. */
    public Optional<Room> find(String code) {
        Room r = rooms.get(normalize(code));
        return r == null || r.ended() ? Optional.empty() : Optional.of(r);
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
        synchronized (room) {
            if (room.followers() >= maxStudents) {
                throw new ClassroomException("This class is full (" + maxStudents + " students).");
            }
            room.add(follower);
        }
        return () -> room.remove(follower);
    }

    /** Ends the room now (teacher's "End class"). */
    public void end(Room room, String key) {
        if (!room.isKey(key)) {
            throw new ClassroomException("Only the teacher's control link can end this class.");
        }
        room.end();
        rooms.remove(room.code(), room);
    }

    /** A screen of the teacher (a control link) opened; its students see the teacher online. */
    public void teacherArrived(Room room, String key) {
        checkKey(room, key);
        room.teacherArrived();
    }

    /** A screen of the teacher closed (the teacher may come back: reload, another device). */
    public void teacherLeft(Room room, String key) {
        checkKey(room, key);
        room.teacherLeft(clock.instant());
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

    /**
     * Tells the students of every room whose teacher has had no screen open for a while, and ends the rooms whose
     * teacher has been gone longer than {@code endAfterTeacherGone} (a room nobody teaches must not hold a place).
     */
    public void checkTeachersPresent() {
        Instant now = clock.instant();
        Instant offline = now.minus(teacherOfflineAfter);
        Instant gone = now.minus(endAfterTeacherGone);
        rooms.values().removeIf(r -> {
            if (r.teacherGoneSince(gone)) {
                r.end();
                return true;
            }
            r.checkPresence(offline);
            return false;
        });
    }

    /** How long a handover code (the teacher moving to another device) stays valid. */
    public static final Duration HANDOVER_TTL = Duration.ofMinutes(10);

    /** A one-time code with which another device of the teacher takes over the control of the room. */
    public String issueHandover(Room room, String key) {
        checkKey(room, key);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
        return room.issueHandover(token, clock.instant().plus(HANDOVER_TTL));
    }

    /** The control key for a handover code, once; empty for an unknown, used or expired code or an ended room. */
    public Optional<String> claimHandover(String code, String token) {
        return find(code).filter(r -> r.claimHandover(token, clock.instant())).map(Room::controlKey);
    }

    /** Ends every room whose teacher has been idle longer than the idle timeout. */
    public void expireIdleRooms() {
        Instant cutoff = clock.instant().minus(idleTimeout);
        rooms.values().removeIf(r -> {
            if (r.lastTeacherActivity().isBefore(cutoff)) {
                r.end();
                return true;
            }
            return false;
        });
    }

    public int size() {
        return rooms.size();
    }
}
