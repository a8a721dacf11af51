package com.attentionlab.web;

import com.attentionlab.cluster.ClusterConfiguration;
import com.attentionlab.cluster.ClusterMember;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How Spring wires the limits: in this node's memory by default, in the cluster when the node runs a member. */
class ClientLimitsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(app -> app.getBeanFactory() // as in the application: "PT10S" → Duration
                    .setConversionService(ApplicationConversionService.getSharedInstance()))
            .withUserConfiguration(ClusterConfiguration.class, ClientLimits.class)
            .withPropertyValues("attention.client-limits.api-per-minute=2");

    @Test
    void memoryMode_startsNoHazelcast_andKeepsTheBucketsInThisNode() {
        int membersBefore = Hazelcast.getAllHazelcastInstances().size();

        context.withPropertyValues("classroom.store=memory").run(app -> {
            assertThat(app).hasNotFailed().doesNotHaveBean(HazelcastInstance.class);
            ClientLimits limits = app.getBean(ClientLimits.class);
            assertThat(limits.clustered()).isFalse();
            assertThat(limits.api.tryTake("10.0.0.1")).isEmpty();
            assertThat(limits.api.tryTake("10.0.0.1")).isEmpty();
            assertThat(limits.api.tryTake("10.0.0.1")).isPresent();
            assertThat(limits.api.clientsTracked()).isEqualTo(1);
        });
        assertThat(Hazelcast.getAllHazelcastInstances()).hasSize(membersBefore);
    }

    @Test
    void hazelcastMode_keepsTheBucketsInTheMembersMap() throws IOException {
        int port = freePort();
        context.withPropertyValues("classroom.store=hazelcast",
                        "classroom.hazelcast.cluster-name=test-" + UUID.randomUUID(),
                        "classroom.hazelcast.members=127.0.0.1:" + port, "classroom.hazelcast.port=" + port,
                        "classroom.hazelcast.interface=127.0.0.1")
                .run(app -> {
                    assertThat(app).hasNotFailed().hasSingleBean(HazelcastInstance.class);
                    ClientLimits limits = app.getBean(ClientLimits.class);
                    assertThat(limits.clustered()).isTrue();
                    limits.api.tryTake("10.0.0.1");
                    assertThat(app.getBean(HazelcastInstance.class).getMap(ClusterMember.LIMITS_MAP)
                            .containsKey("api:10.0.0.1")).isTrue();
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
