package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.StudentProgress;
import com.vaadin.flow.server.VaadinSession;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who this browser session is in each class it follows: the student's random id, nickname and latest challenge
 * progress (with the work, as a share code), kept in the session on the server only. A reload, or a second tab, is
 * the same student: the same nickname and dashboard row, and the work on the challenge goes on where it was. Gone
 * with the session; nothing is written anywhere else.
 */
final class StudentSeats {

    /** One student in one class. Touched only under the session's lock (attach, detach, UI access). */
    static final class Seat {
        final String studentId;
        String nickname;
        /** The room's challenge text this progress is for, and the progress (null: none yet). */
        String challenge;
        StudentProgress progress;
        /** Open screens of this student in this session: the dashboard row goes when the last one closes. */
        int screens;

        Seat(String studentId) {
            this.studentId = studentId;
        }

        /** The progress on {@code challengeText} kept from an earlier screen, or null. */
        StudentProgress progressOn(String challengeText) {
            return challengeText != null && challengeText.equals(challenge) ? progress : null;
        }

        void remember(String challengeText, StudentProgress p) {
            challenge = challengeText;
            progress = p;
        }
    }

    private StudentSeats() {
    }

    /** This session's seat in class {@code code}, made with {@code newId} the first time; one more screen on it. */
    static Seat take(VaadinSession session, String code, java.util.function.Supplier<String> newId) {
        Seat seat = seats(session).computeIfAbsent(code, c -> new Seat(newId.get()));
        seat.screens++;
        return seat;
    }

    /** A screen on the seat closed; true when it was the last one (the student has left the class). */
    static boolean leave(Seat seat) {
        seat.screens = Math.max(0, seat.screens - 1);
        return seat.screens == 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Seat> seats(VaadinSession session) {
        Map<String, Seat> seats = (Map<String, Seat>) session.getAttribute(StudentSeats.class.getName());
        if (seats == null) {
            seats = new ConcurrentHashMap<>();
            session.setAttribute(StudentSeats.class.getName(), seats);
        }
        return seats;
    }
}
