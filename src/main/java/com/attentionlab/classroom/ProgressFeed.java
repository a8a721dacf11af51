package com.attentionlab.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * Students' progress in one room, for the teacher's dashboards on this node: the latest progress of each student as
 * heard from the {@link RoomStore}, handed to the watchers on the fan-out executor, one thread per room at a time.
 * Changes that arrive while a delivery is under way are coalesced per student (the latest wins), so a burst of 300
 * students' edits costs a few deliveries, not 300.
 */
final class ProgressFeed {

    private final Executor fanOut;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private final Map<String, StudentProgress> latest = new HashMap<>();
    /** Changed since the last delivery, by student; a null value: the student left. Guarded by {@link #lock}. */
    private final Map<String, StudentProgress> pending = new LinkedHashMap<>();
    /** Students already told to be stuck for lack of progress. Guarded by {@link #lock}. */
    private final Set<String> toldStuck = new HashSet<>();
    /** Watchers that have not yet had the whole list. Guarded by {@link #lock}. */
    private final List<Classrooms.ProgressWatcher> joining = new ArrayList<>();
    private final List<Classrooms.ProgressWatcher> watchers = new CopyOnWriteArrayList<>();
    private boolean draining;

    ProgressFeed(Executor fanOut) {
        this.fanOut = fanOut;
    }

    /** What was in the store when the first watcher came (older than anything heard since). */
    void load(List<StudentProgress> stored) {
        synchronized (lock) {
            stored.forEach(p -> latest.putIfAbsent(p.studentId(), p));
        }
    }

    /** A student's progress changed on some node; null: the student left (or the class ended). */
    void heard(String studentId, StudentProgress p) {
        synchronized (lock) {
            if (p == null) {
                if (latest.remove(studentId) == null) {
                    return;
                }
            } else {
                latest.put(studentId, p);
            }
            toldStuck.remove(studentId);
            pending.put(studentId, p);
        }
        kick();
    }

    /** The students who have made no progress for {@code stuckAfter} are told again (now shown as stuck). */
    void sweep(Instant now, Duration stuckAfter) {
        synchronized (lock) {
            for (StudentProgress p : latest.values()) {
                if (p.state() == StudentProgress.State.WORKING
                        && p.stateAt(now, stuckAfter) == StudentProgress.State.STUCK && toldStuck.add(p.studentId())) {
                    pending.putIfAbsent(p.studentId(), p);
                }
            }
        }
        kick();
    }

    void add(Classrooms.ProgressWatcher w) {
        synchronized (lock) {
            joining.add(w);
        }
        kick();
    }

    /** @return true when no watcher is left */
    boolean remove(Classrooms.ProgressWatcher w) {
        synchronized (lock) {
            joining.remove(w);
            watchers.remove(w);
            return watchers.isEmpty() && joining.isEmpty();
        }
    }

    private void kick() {
        synchronized (lock) {
            if (draining || (pending.isEmpty() && joining.isEmpty())) {
                return;
            }
            draining = true;
        }
        fanOut.execute(this::drain);
    }

    private void drain() {
        while (true) {
            List<Classrooms.ProgressWatcher> fresh;
            List<StudentProgress> all;
            List<StudentProgress> changed = new ArrayList<>();
            Set<String> left = new HashSet<>();
            synchronized (lock) {
                if (pending.isEmpty() && joining.isEmpty()) {
                    draining = false;
                    return;
                }
                fresh = List.copyOf(joining);
                joining.clear();
                all = List.copyOf(latest.values());
                pending.forEach((id, p) -> {
                    if (p == null) {
                        left.add(id);
                    } else {
                        changed.add(p);
                    }
                });
                pending.clear();
            }
            if (!changed.isEmpty() || !left.isEmpty()) {
                for (Classrooms.ProgressWatcher w : watchers) {
                    tell(w, changed, left);
                }
            }
            for (Classrooms.ProgressWatcher w : fresh) {
                watchers.add(w);
                tell(w, all, Set.of());
            }
        }
    }

    private void tell(Classrooms.ProgressWatcher w, List<StudentProgress> changed, Set<String> left) {
        try {
            w.update(List.copyOf(changed), Set.copyOf(left));
        } catch (RuntimeException e) {
            watchers.remove(w); // a dashboard that is gone (a closed UI) must not stop the others
        }
    }
}
