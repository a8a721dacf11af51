package com.attentionlab.classroom;

import com.attentionlab.share.SharedLesson;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * One live classroom: a join code for students, a secret key for the teacher's control link, and the latest
 * snapshot. Teacher edits are coalesced: at most one broadcast per {@code minIntervalMillis} (the latest wins).
 */
public final class Room {

    private final String code;
    private final String key;
    private final List<Consumer<RoomSnapshot>> followers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler;
    private final java.util.concurrent.Executor fanOut;
    private final LongSupplier millis;
    private final long minIntervalMillis;

    private final List<IntConsumer> countWatchers = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, Instant> handovers = new java.util.HashMap<>();
    private final Object deliveryLock = new Object();
    private boolean delivering;
    private Delivery queued;
    private RoomSnapshot snapshot;
    private int teacherScreens;
    private Instant teacherLeftAt;
    private RoomSnapshot pending;
    private boolean flushScheduled;
    private long lastFlushMillis = Long.MIN_VALUE / 2;
    private volatile Instant lastTeacherActivity;

    Room(String code, String key, SharedLesson lesson, String step, Instant now, ScheduledExecutorService scheduler,
         java.util.concurrent.Executor fanOut, LongSupplier millis, long minIntervalMillis) {
        this.fanOut = fanOut;
        this.code = code;
        this.key = key;
        this.snapshot = new RoomSnapshot(1, step, lesson, false, true);
        this.lastTeacherActivity = now;
        this.scheduler = scheduler;
        this.millis = millis;
        this.minIntervalMillis = minIntervalMillis;
    }

    /** The six-character join code. */
    public String code() {
        return code;
    }

    /** True when {@code candidate} is this room's control key (compared in constant time). */
    public boolean isKey(String candidate) {
        return candidate != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A one-time code that moves the teacher's control to another device: valid once, for {@code ttl}. It travels
     * in a link's fragment, which browsers never send to a server or in a Referer.
     */
    synchronized String issueHandover(String token, Instant expires) {
        handovers.put(token, expires);
        return token;
    }

    /** Takes a handover code: true once, if it was issued and has not expired. */
    synchronized boolean claimHandover(String token, Instant now) {
        Instant expires = token == null ? null : handovers.remove(token);
        handovers.values().removeIf(e -> e.isBefore(now));
        return expires != null && !expires.isBefore(now);
    }

    /** The secret of the teacher's control. Never show it to students, never put it in a URL. */
    public String controlKey() {
        return key;
    }

    /** The latest broadcast snapshot. */
    public synchronized RoomSnapshot snapshot() {
        return snapshot;
    }

    /** The state the teacher last sent, broadcast or still waiting to be (what a reloading teacher gets). */
    public synchronized RoomSnapshot latest() {
        return pending != null ? pending : snapshot;
    }

    public int followers() {
        return followers.size();
    }

    public synchronized boolean ended() {
        return snapshot.ended();
    }

    Instant lastTeacherActivity() {
        return lastTeacherActivity;
    }

    void add(Consumer<RoomSnapshot> follower) {
        followers.add(follower);
        countFollowers();
    }

    void remove(Consumer<RoomSnapshot> follower) {
        if (followers.remove(follower)) {
            countFollowers();
        }
    }

    /** The teacher's new state; broadcast now, or coalesced into the next broadcast. */
    void publish(SharedLesson lesson, String step, Instant now) {
        RoomSnapshot toSend = null;
        synchronized (this) {
            if (snapshot.ended()) {
                throw new ClassroomException("This class has ended.");
            }
            lastTeacherActivity = now;
            RoomSnapshot latest = latest();
            if (latest.lesson().equals(lesson) && latest.step().equals(step)) {
                return; // nothing new
            }
            pending = snapshot.next(step, lesson, false, snapshot.teacherOnline());
            if (flushScheduled) {
                return; // the scheduled broadcast will carry the latest
            }
            long wait = lastFlushMillis + minIntervalMillis - millis.getAsLong();
            if (wait <= 0) {
                toSend = takePending();
            } else {
                flushScheduled = true;
                scheduler.schedule(this::flushScheduled, wait, TimeUnit.MILLISECONDS);
            }
        }
        broadcast(toSend);
    }

    private void flushScheduled() {
        RoomSnapshot toSend;
        synchronized (this) {
            flushScheduled = false;
            toSend = pending == null ? null : takePending();
        }
        broadcast(toSend);
    }

    private RoomSnapshot takePending() {
        snapshot = snapshot.next(pending.step(), pending.lesson(), false, snapshot.teacherOnline());
        pending = null;
        lastFlushMillis = millis.getAsLong();
        return snapshot;
    }

    /** Ends the class: one last snapshot with {@code ended = true}; followers keep their last state. */
    void end() {
        RoomSnapshot last;
        synchronized (this) {
            if (snapshot.ended()) {
                return;
            }
            RoomSnapshot latest = latest();
            snapshot = snapshot.next(latest.step(), latest.lesson(), true, snapshot.teacherOnline());
            pending = null;
            last = snapshot;
        }
        broadcast(last); // the ended snapshot still reaches everyone who followed
        followers.clear();
        countFollowers();
    }

    // ---- the teacher's presence ----

    /** A screen of the teacher opened (or reconnected): students see the teacher online again. */
    void teacherArrived() {
        RoomSnapshot toSend = null;
        synchronized (this) {
            teacherScreens++;
            teacherLeftAt = null;
            if (!snapshot.ended() && !snapshot.teacherOnline()) {
                toSend = presence(true);
            }
        }
        broadcast(toSend);
    }

    /** A screen of the teacher closed; after the grace period without one, students see "teacher offline". */
    synchronized void teacherLeft(Instant now) {
        teacherScreens = Math.max(0, teacherScreens - 1);
        if (teacherScreens == 0) {
            teacherLeftAt = now;
        }
    }

    /** True when no teacher screen has been open since {@code cutoff} (a screen was open once and closed). */
    synchronized boolean teacherGoneSince(Instant cutoff) {
        return teacherScreens == 0 && teacherLeftAt != null && !teacherLeftAt.isAfter(cutoff);
    }

    /** Marks the teacher offline when no teacher screen has been open since {@code cutoff}. */
    void checkPresence(Instant cutoff) {
        RoomSnapshot toSend = null;
        synchronized (this) {
            if (!snapshot.ended() && snapshot.teacherOnline() && teacherScreens == 0 && teacherLeftAt != null
                    && !teacherLeftAt.isAfter(cutoff)) {
                toSend = presence(false);
            }
        }
        broadcast(toSend);
    }

    private RoomSnapshot presence(boolean online) {
        RoomSnapshot latest = latest();
        snapshot = snapshot.next(latest.step(), latest.lesson(), false, online);
        pending = null;
        return snapshot;
    }

    // ---- followers ----

    /**
     * Tells {@code watcher} the number of following students now and after every change (on the fan-out
     * executor). Run the returned action to stop.
     */
    Runnable watchFollowers(IntConsumer watcher) {
        countWatchers.add(watcher);
        fanOut.execute(() -> watcher.accept(followers.size()));
        return () -> countWatchers.remove(watcher);
    }

    private void countFollowers() {
        int n = followers.size();
        List<IntConsumer> targets = List.copyOf(countWatchers);
        fanOut.execute(() -> targets.forEach(w -> {
            try {
                w.accept(n);
            } catch (RuntimeException e) {
                countWatchers.remove(w);
            }
        }));
    }

    /** Hands the snapshot to every follower, on the fan-out executor (never on the teacher's request thread). */
    private void broadcast(RoomSnapshot s) {
        if (s == null) {
            return;
        }
        Delivery d = new Delivery(s, List.copyOf(followers));
        synchronized (deliveryLock) {
            if (delivering) {
                queued = d; // the delivery under way takes it next; a newer snapshot replaces an older one
                return;
            }
            delivering = true;
        }
        fanOut.execute(() -> deliverAll(d));
    }

    /** A snapshot and who was following when it was made (the ended snapshot still reaches them all). */
    private record Delivery(RoomSnapshot snapshot, List<Consumer<RoomSnapshot>> targets) {
    }

    /**
     * Delivers, then whatever arrived meanwhile (only the latest), on one thread of the fan-out pool at a time per
     * room: a busy room never holds more than one thread, so it cannot delay the others.
     */
    private void deliverAll(Delivery first) {
        Delivery d = first;
        while (d != null) {
            deliver(d.snapshot(), d.targets());
            synchronized (deliveryLock) {
                d = queued;
                queued = null;
                if (d == null) {
                    delivering = false;
                }
            }
        }
    }

    private void deliver(RoomSnapshot s, List<Consumer<RoomSnapshot>> targets) {
        for (Consumer<RoomSnapshot> f : targets) {
            try {
                f.accept(s);
            } catch (RuntimeException e) {
                remove(f); // a follower that is gone (e.g. a closed UI) must not stop the others
            }
        }
    }
}
