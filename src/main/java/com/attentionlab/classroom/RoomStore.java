package com.attentionlab.classroom;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Where the rooms live: in this node's memory ({@link MemoryRoomStore}, the default) or in a cluster of nodes
 * ({@link HazelcastRoomStore}). {@link Classrooms} holds every rule; a store only keeps records, changes one at a
 * time, and tells every node's listener what changed. Delivery to listeners may be at-most-once: every record is
 * whole and versioned, and {@link Classrooms} heals a missed change by reading the record again.
 */
public interface RoomStore extends AutoCloseable {

    /** What a node hears of every change, on any node. */
    interface Listener {
        /** A record changed (or was created). */
        void changed(RoomRecord record);

        /** A record is gone (its class ended). */
        void removed(String code);
    }

    /** This node's name in the store (counts of students and teacher screens are kept per node). */
    String node();

    /** The nodes alive now. */
    Set<String> nodes();

    /**
     * Adds a new room, unless its code is taken (false) or the store already holds {@code maxRooms} rooms
     * (a {@link ClassroomException}).
     */
    boolean create(RoomRecord record, int maxRooms);

    Optional<RoomRecord> get(String code);

    /**
     * Changes one record atomically: {@code change} gets the current record and returns the new one (the same
     * instance: no change, nothing written); it may run more than once and may throw to refuse.
     *
     * @return the record after the change; empty when there is no such room
     */
    Optional<RoomRecord> update(String code, UnaryOperator<RoomRecord> change);

    /** Removes the room and every student's progress in it (nothing is kept after a class ends). */
    void remove(String code);

    /** The records this node looks after (expiry, presence): all of them here, its own partitions in a cluster. */
    Collection<RoomRecord> owned();

    /** Rooms in the store (all nodes). */
    int size();

    void listen(Listener listener);

    // ---- students' progress on the room's challenge: one entry per student, never in the room's record ----

    /** What a node hears of every change of a student's progress, on any node. */
    @FunctionalInterface
    interface ProgressListener {
        /**
         * The progress of {@code studentId} in room {@code code} changed; {@code progress} is null when it was
         * removed (the student left, or the class ended).
         */
        void progress(String code, String studentId, StudentProgress progress);
    }

    /** Puts (adds or replaces) a student's progress in room {@code code}. */
    void putProgress(String code, StudentProgress progress);

    /** Removes a student's progress (the student left). */
    void removeProgress(String code, String studentId);

    /** Every student's progress in room {@code code}, in no particular order. */
    java.util.List<StudentProgress> progress(String code);

    void listenProgress(ProgressListener listener);

    /**
     * Removes the progress of the students of room {@code code} whose screens were on a node no longer among
     * {@code live} (the node died with them); their dashboard rows go. One node: nothing to do.
     */
    default void dropProgressOutside(String code, java.util.Set<String> live) {
    }

    @Override
    void close();
}
