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
        if (rooms.remove(code) != null) {
            listeners.forEach(l -> l.removed(code));
        }
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
    }
}
