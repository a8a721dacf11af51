package com.attentionlab.classroom;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * Rooms in this JVM only (the default, {@code classroom.store=memory}): one node, no other process. Changes are
 * applied one at a time and told to the listeners at once, on the changing thread, in order.
 */
public final class MemoryRoomStore implements RoomStore {

    private static final String NODE = "local";

    private final Map<String, RoomRecord> rooms = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Per room: each student's progress, by student id. */
    private final Map<String, Map<String, StudentProgress>> progress = new ConcurrentHashMap<>();
    private final List<ProgressListener> progressListeners = new CopyOnWriteArrayList<>();

    @Override
    public String node() {
        return NODE;
    }

    @Override
    public Set<String> nodes() {
        return Set.of(NODE);
    }

    @Override
    public synchronized boolean create(RoomRecord record, int maxRooms) {
        if (rooms.size() >= maxRooms) {
            throw Classrooms.full(maxRooms);
        }
        if (rooms.putIfAbsent(record.code(), record) != null) {
            return false;
        }
        listeners.forEach(l -> l.changed(record));
        return true;
    }

    @Override
    public Optional<RoomRecord> get(String code) {
        return Optional.ofNullable(rooms.get(code));
    }

    @Override
    public synchronized Optional<RoomRecord> update(String code, UnaryOperator<RoomRecord> change) {
        RoomRecord old = rooms.get(code);
        if (old == null) {
            return Optional.empty();
        }
        RoomRecord changed = change.apply(old);
        if (changed != old) {
            rooms.put(code, changed);
            listeners.forEach(l -> l.changed(changed));
        }
        return Optional.of(changed);
    }

    @Override
    public synchronized void remove(String code) {
        Map<String, StudentProgress> students = progress.remove(code);
        if (students != null) {
            students.keySet().forEach(id -> progressListeners.forEach(l -> l.progress(code, id, null)));
        }
        if (rooms.remove(code) != null) {
            listeners.forEach(l -> l.removed(code));
        }
    }

    /** Told at once, on the reporting thread (one student's reports come from that student's screen, in order). */
    @Override
    public void putProgress(String code, StudentProgress p) {
        if (!rooms.containsKey(code)) {
            return; // the class has ended: nothing is kept
        }
        progress.computeIfAbsent(code, c -> new ConcurrentHashMap<>()).put(p.studentId(), p);
        progressListeners.forEach(l -> l.progress(code, p.studentId(), p));
        if (!rooms.containsKey(code)) {
            remove(code); // the class ended meanwhile: nothing is kept
        }
    }

    @Override
    public void removeProgress(String code, String studentId) {
        Map<String, StudentProgress> students = progress.get(code);
        if (students != null && students.remove(studentId) != null) {
            progressListeners.forEach(l -> l.progress(code, studentId, null));
        }
    }

    @Override
    public List<StudentProgress> progress(String code) {
        Map<String, StudentProgress> students = progress.get(code);
        return students == null ? List.of() : List.copyOf(students.values());
    }

    @Override
    public void listenProgress(ProgressListener listener) {
        progressListeners.add(listener);
    }

    @Override
    public Collection<RoomRecord> owned() {
        return List.copyOf(rooms.values());
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
    }
}
