package com.attentionlab.classroom;

import com.attentionlab.share.ShareCodec;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryEvictedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Rooms in a Hazelcast cluster ({@code classroom.store=hazelcast}): one entry per room in a distributed map (JSON
 * text, see {@link RoomRecordJson}; one synchronous backup, so a node may die and its rooms live on), changed by
 * compare-and-set, and every change heard by every node through an entry listener. Each node then fans out to its
 * own followers.
 */
public final class HazelcastRoomStore implements RoomStore {

    private static final Logger LOG = LoggerFactory.getLogger(HazelcastRoomStore.class);
    /** The map key locked while a room is created (so the room limit holds across nodes). */
    private static final String CREATING = "#creating";
    private static final int MAX_TRIES = 1000;

    private final HazelcastInstance hazelcast;
    private final IMap<String, String> rooms;
    private final RoomRecordJson json;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final UUID registration;
    /** Students' progress, one entry per student, keyed {@code CODE/studentId} (JSON text). */
    private final IMap<String, String> progress;
    private final List<ProgressListener> progressListeners = new CopyOnWriteArrayList<>();
    private final UUID progressRegistration;

    /** The distributed map of students' progress. */
    public static final String PROGRESS_MAP = "classroom-progress";

    public HazelcastRoomStore(HazelcastInstance hazelcast, String mapName, ShareCodec codec) {
        this.hazelcast = hazelcast;
        this.rooms = hazelcast.getMap(mapName);
        this.json = new RoomRecordJson(codec);
        this.registration = rooms.addEntryListener(new Events(), true);
        this.progress = hazelcast.getMap(PROGRESS_MAP);
        this.progressRegistration = progress.addEntryListener(new ProgressEvents(), true);
    }

    /** Every node hears every change of every student's progress. */
    private final class ProgressEvents implements EntryAddedListener<String, String>,
            EntryUpdatedListener<String, String>, EntryRemovedListener<String, String>,
            EntryEvictedListener<String, String>, EntryExpiredListener<String, String> {

        @Override
        public void entryAdded(EntryEvent<String, String> e) {
            tell(e.getKey(), e.getValue());
        }

        @Override
        public void entryUpdated(EntryEvent<String, String> e) {
            tell(e.getKey(), e.getValue());
        }

        @Override
        public void entryRemoved(EntryEvent<String, String> e) {
            tell(e.getKey(), null);
        }

        @Override
        public void entryEvicted(EntryEvent<String, String> e) {
            tell(e.getKey(), null);
        }

        @Override
        public void entryExpired(EntryEvent<String, String> e) {
            tell(e.getKey(), null);
        }

        private void tell(String key, String text) {
            int slash = key.indexOf('/');
            if (slash < 0) {
                return;
            }
            StudentProgress p = null;
            if (text != null) {
                try {
                    p = RoomRecordJson.readProgress(text);
                } catch (IllegalArgumentException ex) {
                    LOG.warn("Ignoring progress {}: {}", key, ex.getMessage());
                    return;
                }
            }
            for (ProgressListener l : progressListeners) {
                try {
                    l.progress(key.substring(0, slash), key.substring(slash + 1), p);
                } catch (RuntimeException ex) {
                    LOG.warn("A progress listener failed on {}", key, ex);
                }
            }
        }
    }

    private static String progressKey(String code, String studentId) {
        return code + "/" + studentId;
    }

    private static com.hazelcast.query.Predicate<String, String> ofRoom(String code) {
        return com.hazelcast.query.Predicates.like(com.hazelcast.query.QueryConstants.KEY_ATTRIBUTE_NAME.value(),
                code + "/%");
    }

    /**
     * A backstop: progress is removed with its room ({@link #remove}), but an entry a student's screen wrote just as
     * the class ended would otherwise outlive it. Far longer than any class goes without a student's report.
     */
    static final java.time.Duration PROGRESS_TTL = java.time.Duration.ofHours(12);

    @Override
    public void putProgress(String code, StudentProgress p) {
        try {
            progress.set(progressKey(code, p.studentId()), RoomRecordJson.writeProgress(p, node()),
                    PROGRESS_TTL.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (HazelcastInstanceNotActiveException e) {
            LOG.debug("Progress in {} not kept: this node's member has shut down", code);
        }
    }

    /** Once this node's member has shut down, nothing (its students' rows expire or go with the room). */
    @Override
    public void removeProgress(String code, String studentId) {
        try {
            progress.delete(progressKey(code, studentId));
        } catch (HazelcastInstanceNotActiveException e) {
            LOG.debug("Progress in {} not removed: this node's member has shut down", code);
        }
    }

    @Override
    public List<StudentProgress> progress(String code) {
        List<StudentProgress> all = new ArrayList<>();
        for (String text : progress.values(ofRoom(code))) {
            try {
                all.add(RoomRecordJson.readProgress(text));
            } catch (IllegalArgumentException ex) {
                LOG.warn("Ignoring progress in {}: {}", code, ex.getMessage());
            }
        }
        return all;
    }

    @Override
    public void dropProgressOutside(String code, Set<String> live) {
        try {
            for (Map.Entry<String, String> e : progress.entrySet(ofRoom(code))) {
                String node = RoomRecordJson.nodeOfProgress(e.getValue());
                if (node != null && !live.contains(node)) {
                    progress.delete(e.getKey());
                }
            }
        } catch (HazelcastInstanceNotActiveException e) {
            LOG.debug("Progress in {} not swept: this node's member has shut down", code);
        }
    }

    @Override
    public void listenProgress(ProgressListener listener) {
        progressListeners.add(listener);
    }

    /** Every node hears every change of every room (including its own). */
    private final class Events implements EntryAddedListener<String, String>, EntryUpdatedListener<String, String>,
            EntryRemovedListener<String, String>, EntryEvictedListener<String, String>,
            EntryExpiredListener<String, String> {

        @Override
        public void entryAdded(EntryEvent<String, String> e) {
            changed(e);
        }

        @Override
        public void entryUpdated(EntryEvent<String, String> e) {
            changed(e);
        }

        @Override
        public void entryRemoved(EntryEvent<String, String> e) {
            listeners.forEach(l -> l.removed(e.getKey()));
        }

        @Override
        public void entryEvicted(EntryEvent<String, String> e) {
            entryRemoved(e);
        }

        @Override
        public void entryExpired(EntryEvent<String, String> e) {
            entryRemoved(e);
        }

        private void changed(EntryEvent<String, String> e) {
            if (CREATING.equals(e.getKey()) || e.getValue() == null) {
                return;
            }
            RoomRecord r;
            try {
                r = json.read(e.getValue());
            } catch (IllegalArgumentException ex) {
                LOG.warn("Ignoring room {}: {}", e.getKey(), ex.getMessage());
                return;
            }
            for (Listener l : listeners) {
                try {
                    l.changed(r);
                } catch (RuntimeException ex) {
                    LOG.warn("A room listener failed on {}", e.getKey(), ex);
                }
            }
        }
    }

    @Override
    public String node() {
        return hazelcast.getCluster().getLocalMember().getUuid().toString();
    }

    @Override
    public Set<String> nodes() {
        return hazelcast.getCluster().getMembers().stream().map(Member::getUuid).map(UUID::toString)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean create(RoomRecord record, int maxRooms) {
        rooms.lock(CREATING);
        try {
            if (rooms.size() >= maxRooms) {
                throw Classrooms.full(maxRooms);
            }
            return rooms.putIfAbsent(record.code(), json.write(record)) == null;
        } finally {
            rooms.unlock(CREATING);
        }
    }

    @Override
    public Optional<RoomRecord> get(String code) {
        String text;
        try {
            text = rooms.get(code);
        } catch (HazelcastInstanceNotActiveException e) {
            return Optional.empty();
        }
        return text == null ? Optional.empty() : Optional.of(json.read(text));
    }

    /**
     * {@inheritDoc} Once this node's member has shut down (the node is stopping: its screens detach after Spring
     * closed the member), nothing is written and the result is empty: the other nodes drop this node's students and
     * screens when they see it gone ({@link RoomRecord#withNodes}).
     */
    @Override
    public Optional<RoomRecord> update(String code, UnaryOperator<RoomRecord> change) {
        try {
            return tryUpdate(code, change);
        } catch (HazelcastInstanceNotActiveException e) {
            LOG.debug("Room {} not changed: this node's member has shut down", code);
            return Optional.empty();
        }
    }

    private Optional<RoomRecord> tryUpdate(String code, UnaryOperator<RoomRecord> change) {
        for (int i = 0; i < MAX_TRIES; i++) {
            String old = rooms.get(code);
            if (old == null) {
                return Optional.empty();
            }
            RoomRecord before = json.read(old);
            RoomRecord after = change.apply(before);
            if (after == before) {
                return Optional.of(before);
            }
            if (rooms.replace(code, old, json.write(after))) {
                return Optional.of(after);
            }
            Thread.onSpinWait(); // another node changed the room meanwhile: apply the change to its record
        }
        throw new ClassroomException("The class is too busy to change right now. Please try again.");
    }

    @Override
    public void remove(String code) {
        try {
            rooms.delete(code);
            progress.removeAll(ofRoom(code)); // nothing is kept after a class ends
        } catch (HazelcastInstanceNotActiveException e) {
            LOG.debug("Room {} not removed: this node's member has shut down", code);
        }
    }

    @Override
    public Collection<RoomRecord> owned() {
        List<RoomRecord> mine = new ArrayList<>();
        for (String code : rooms.localKeySet()) {
            get(code).ifPresent(mine::add);
        }
        return mine;
    }

    @Override
    public int size() {
        return rooms.size();
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        listeners.clear();
        progressListeners.clear();
        if (hazelcast.getLifecycleService().isRunning()) {
            rooms.removeEntryListener(registration);
            progress.removeEntryListener(progressRegistration);
        }
    }
}
