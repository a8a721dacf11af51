package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.testsupport.TestLessons;
import com.attentionlab.web.ClientLimits;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing join codes stops working after a few wrong ones; a flood of joins is refused. */
class JoinGateTest {

    private final Classrooms classrooms = new Classrooms(Clock.systemUTC(),
            new Classrooms.Settings(10, 300, Duration.ofHours(2), 0, Duration.ofSeconds(30), Duration.ofMinutes(10)));
    private final ClientLimits limits = new ClientLimits(List.of(), 600, 600, 4, 3, 30, 3);
    private final JoinGate gate = new JoinGate(classrooms, limits);

    @Test
    void afterThreeWrongCodes_evenTheRightOneTellsNothing() {
        Room room = classrooms.create(TestLessons.presenter().toShared(), "scores");
        assertThat(gate.open(room.code(), false).room()).isSameAs(room);

        for (String wrong : new String[] {"AAAAAA", "BBBBBB", "CCCCCC"}) {
            assertThat(gate.open(wrong, false).problem()).contains("No class is running");
        }

        assertThat(gate.open(room.code(), false).room()).isNull();
        assertThat(gate.open(room.code(), false).problem()).contains("Too many join codes that match no class");
    }

    @Test
    void aFloodOfJoins_isRefusedPastTheLimit() {
        Room room = classrooms.create(TestLessons.presenter().toShared(), "scores");
        for (int i = 0; i < 4; i++) {
            assertThat(gate.open(room.code(), true).room()).isSameAs(room);
        }
        assertThat(gate.open(room.code(), true).problem()).contains("Too many joins");
        assertThat(gate.open(room.code(), false).room()).as("looking is not joining").isSameAs(room);
    }
}
