package com.attentionlab.web;

import com.attentionlab.cluster.ClusterConfiguration;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ClientLimitsTest {

    @Test
    void memoryMode_startsNoHazelcast_andKeepsTheBucketsInThisNode() {
        int membersBefore = Hazelcast.getAllHazelcastInstances().size();

        new ApplicationContextRunner()
                .withUserConfiguration(ClusterConfiguration.class, ClientLimits.class)
                .withPropertyValues("classroom.store=memory", "attention.client-limits.api-per-minute=2")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(HazelcastInstance.class);
                    ClientLimits limits = context.getBean(ClientLimits.class);
                    assertThat(limits.clustered()).isFalse();
                    assertThat(limits.api.tryTake("10.0.0.1")).isEmpty();
                    assertThat(limits.api.tryTake("10.0.0.1")).isEmpty();
                    assertThat(limits.api.tryTake("10.0.0.1")).isPresent();
                    assertThat(limits.api.clientsTracked()).isEqualTo(1);
                });
        assertThat(Hazelcast.getAllHazelcastInstances()).hasSize(membersBefore);
    }
}
