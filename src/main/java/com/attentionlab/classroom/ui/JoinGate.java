package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.web.ClientLimits;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * The way into a room by its join code, with the per-network limits: joins per minute, and codes that match no
 * class (guessing). A network that has used up its wrong guesses learns nothing more about any code until the
 * limit refills, so codes cannot be found by trying them.
 */
@Component
public class JoinGate {

    /** A room, or why not. */
    public record Result(Room room, String problem) {
    }

    private final Classrooms classrooms;
    private final ClientLimits limits;

    public JoinGate(Classrooms classrooms, ClientLimits limits) {
        this.classrooms = classrooms;
        this.limits = limits;
    }

    /** Looks a code up for the current request's client; counts a join when {@code joining}. */
    public Result open(String code, boolean joining) {
        String client = client();
        if (limits.unknownCodes.exhausted(client)) {
            return new Result(null, limits.unknownCodes.message(Duration.ofMinutes(1)));
        }
        Optional<Room> room = classrooms.find(code);
        if (room.isEmpty()) {
            Optional<Duration> wait = limits.unknownCodes.tryTake(client);
            return new Result(null, wait.map(limits.unknownCodes::message)
                    .orElse("No class is running with the code " + Classrooms.normalize(code) + "."));
        }
        if (joining) {
            Optional<Duration> wait = limits.joins.tryTake(client);
            if (wait.isPresent()) {
                return new Result(null, limits.joins.message(wait.get()));
            }
        }
        return new Result(room.get(), null);
    }

    private String client() {
        VaadinServletRequest r = VaadinServletRequest.getCurrent();
        return r == null ? "unknown" : limits.client(r.getHttpServletRequest());
    }
}
