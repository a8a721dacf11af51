package com.attentionlab.cluster;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.MemoryRoomStore;
import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's two commands need no other process: without {@code classroom.store=hazelcast} rooms live in this
 * node's memory and no Hazelcast member starts (Spring Boot's own Hazelcast auto-configuration is off too).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DefaultStoreTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void byDefault_roomsLiveInMemory_andNoHazelcastMemberRuns() {
        assertThat(context.getBean(Classrooms.class).store()).isInstanceOf(MemoryRoomStore.class);
        assertThat(context.getBeanProvider(HazelcastInstance.class).getIfAvailable()).isNull();
        assertThat(context.getEnvironment().getProperty("classroom.store")).isEqualTo("memory");
    }
}
