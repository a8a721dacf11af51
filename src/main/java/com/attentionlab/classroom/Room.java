package com.attentionlab.classroom;

import com.attentionlab.share.SharedLesson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * One live classroom as this node sees it: the room's record as last heard from the {@link RoomStore}, the
 * students following it on this node, and, on the teacher's node, the teacher's changes waiting to be written.
 *
 * <p>Teacher edits are coalesced: at most one write per {@code minIntervalMillis} (the latest wins). Every node
 * hands each newer snapshot to its own followers on the fan-out executor, one thread per room at a time; a
 * snapshot older than one already handed out is dropped, and a missed one is healed by the next newer one
 * ({@link #heard}).
 */
public final class Room {

    private final String code;
    private final String key;
    private final RoomStore store;
    private final ScheduledExecutorService scheduler;
    private final Executor fanOut;
    private final LongSupplier millis;
    private final long minIntervalMillis;

    private final List<Consumer<RoomSnapshot>> followers = new CopyOnWriteArrayList<>();
    private final List<IntConsumer> countWatchers = new CopyOnWriteArrayList<>();
    private final Object followLock = new Object();

    /** Guards {@link #known} and {@link #lastCount}. */
    private final Object knownLock = new Object();
    private volatile RoomRecord known;
    private int lastCount;

    /** Guards the delivery queue and {@link #delivered}. */
    private final Object deliveryLock = new Object();
    private long delivered;
    private boolean delivering;
    private Delivery queued;

    /** The teacher's side (guarded by {@code this}); {@link #flushLock} keeps writes in order. */
    private final Object flushLock = new Object();
    private Pending pending;
    private boolean flushScheduled;
    private long lastFlushMillis = Long.MIN_VALUE / 2;

    Room(RoomRecord record, RoomStore store, ScheduledExecutorService scheduler, Executor fanOut,
         LongSupplier millis, long minIntervalMillis) {
        this.code = record.code();
        this.key = record.key();
        this.known = record;
        this.lastCount = record.followerCount();
        this.delivered = record.version();
        this.store = store;
        this.scheduler = scheduler;
        this.fanOut = fanOut;
        this.millis = millis;
        this.minIntervalMillis = minIntervalMillis;
    }

    /** The teacher's change not yet written to the store. */
    private record Pending(String step, SharedLesson lesson, Instant at) {
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

    /** The secret of the teacher's control. Never show it to students, never put it in a URL. */
    public String controlKey() {
        return key;
    }

    /** The latest snapshot this node knows of. */
    public RoomSnapshot snapshot() {
        return known.snapshot();
    }

    /** The state the teacher last sent, written or still waiting to be (what a reloading teacher gets). */
    public synchronized RoomSnapshot latest() {
        RoomRecord r = known;
        return pending == null ? r.snapshot()
                : new RoomSnapshot(r.version(), pending.step(), pending.lesson(), r.ended(), r.teacherOnline(),
                r.challenge(), r.revealed(), r.explore());
    }

    /** Students following on all nodes. */
    public int followers() {
        return known.followerCount();
    }

    public boolean ended() {
        return known.ended();
    }

    RoomRecord record() {
        return known;
    }

    // ---- what the store tells ----

    /**
     * A record heard from the store (a change on any node, or read again to heal a missed one). Older revisions
     * than the one known are ignored; a newer snapshot goes to this node's followers; a new count to the watchers.
     */
    void heard(RoomRecord r) {
        int count;
        List<IntConsumer> watchers = null;
        synchronized (knownLock) {
            if (r.revision() <= known.revision()) {
                return;
            }
            known = r;
            count = r.followerCount();
            if (count != lastCount) {
                lastCount = count;
                watchers = List.copyOf(countWatchers);
            }
        }
        broadcast(r.snapshot());
        if (r.ended()) {
            followers.clear();
        }
        if (watchers != null) {
            tell(watchers, count);
        }
    }

    /** The room is gone from the store: it has ended (its followers hear so if they have not yet). */
    void gone() {
        RoomRecord r = known;
        if (!r.ended()) {
            heard(r.end(r.step(), r.lesson()));
        }
    }

    // ---- the teacher's side ----

    /** The teacher's new state; written now, or coalesced into the next write. */
    void publish(SharedLesson lesson, String step, Instant now) {
        synchronized (this) {
            if (known.ended()) {
                throw new ClassroomException("This class has ended.");
            }
            RoomSnapshot latest = latest();
            if (latest.lesson().equals(lesson) && latest.step().equals(step)) {
                return; // nothing new
            }
            pending = new Pending(step, lesson, now);
            if (flushScheduled) {
                return; // the scheduled write will carry the latest
            }
            long wait = lastFlushMillis + minIntervalMillis - millis.getAsLong();
            if (wait > 0) {
                flushScheduled = true;
                scheduler.schedule(this::flush, wait, TimeUnit.MILLISECONDS);
                return;
            }
        }
        flush();
    }

    /** Writes the teacher's latest change to the store (whose listeners then tell every node). */
    private void flush() {
        synchronized (flushLock) {
            Pending p;
            synchronized (this) {
                flushScheduled = false;
                p = pending;
                if (p == null) {
                    return;
                }
                lastFlushMillis = millis.getAsLong();
            }
            try {
                store.update(code, r -> r.ended() ? r : r.publish(p.step(), p.lesson(), p.at()));
            } finally {
                synchronized (this) {
                    if (pending == p) {
                        pending = null;
                    }
                }
            }
        }
    }

    /** Ends the class with the teacher's latest content, written or not. */
    void end() {
        RoomSnapshot last = latest();
        synchronized (this) {
            pending = null;
        }
        store.update(code, r -> r.end(last.step(), last.lesson()));
        store.remove(code);
    }

    // ---- followers on this node ----

    /** A student on this node follows, if the room (all nodes) has a seat. */
    void add(Consumer<RoomSnapshot> follower, int maxStudents) {
        synchronized (followLock) {
            String node = store.node();
            int mine = followers.size() + 1;
            store.update(code, r -> {
                if (r.ended()) {
                    throw new ClassroomException("This class has ended.");
                }
                int others = r.followerCount() - r.followers().getOrDefault(node, 0);
                if (others + mine > maxStudents) {
                    throw new ClassroomException("This class is full (" + maxStudents + " students).");
                }
                return r.withFollowers(node, mine);
            }).orElseThrow(() -> new ClassroomException("This class has ended."));
            followers.add(follower);
        }
    }

    void remove(Consumer<RoomSnapshot> follower) {
        synchronized (followLock) {
            if (followers.remove(follower)) {
                int mine = followers.size();
                store.update(code, r -> r.ended() ? r : r.withFollowers(store.node(), mine));
            }
        }
    }

    /** Students following on this node. */
    int localFollowers() {
        return followers.size();
    }

    /**
     * Tells {@code watcher} the number of following students (all nodes) now and after every change, on the
     * fan-out executor. Run the returned action to stop.
     */
    Runnable watchFollowers(IntConsumer watcher) {
        countWatchers.add(watcher);
        int now = known.followerCount();
        fanOut.execute(() -> watcher.accept(now));
        return () -> countWatchers.remove(watcher);
    }

    private void tell(List<IntConsumer> watchers, int n) {
        fanOut.execute(() -> watchers.forEach(w -> {
            try {
                w.accept(n);
            } catch (RuntimeException e) {
                countWatchers.remove(w);
            }
        }));
    }

    /** Hands a newer snapshot to every follower of this node, on the fan-out executor; older ones are dropped. */
    private void broadcast(RoomSnapshot s) {
        Delivery d;
        synchronized (deliveryLock) {
            if (s.version() <= delivered) {
                return; // this node's followers already have it, or a newer one
            }
            delivered = s.version();
            d = new Delivery(s, List.copyOf(followers));
            if (delivering) {
                queued = d; // the delivery under way takes it next; a newer snapshot replaces an older one
                return;
            }
            delivering = true;
        }
        Delivery first = d;
        fanOut.execute(() -> deliverAll(first));
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
