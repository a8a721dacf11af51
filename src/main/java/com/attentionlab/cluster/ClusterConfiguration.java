package com.attentionlab.cluster;

import com.hazelcast.core.HazelcastInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;

/**
 * With {@code classroom.store=hazelcast} this node starts an embedded Hazelcast member (closed with the
 * application); with the default {@code classroom.store=memory} nothing of Hazelcast runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "classroom.store", havingValue = "hazelcast")
public class ClusterConfiguration {

    @Bean
    ClusterSettings clusterSettings(@Value("${classroom.hazelcast.cluster-name:attention-lab}") String clusterName,
                                    @Value("${classroom.hazelcast.members:}") List<String> members,
                                    @Value("${classroom.hazelcast.port:5701}") int port,
                                    @Value("${classroom.hazelcast.interface:}") String bindAddress,
                                    @Value("${classroom.hazelcast.failure-after:PT10S}") Duration failureAfter) {
        return new ClusterSettings(clusterName, members, port, bindAddress, failureAfter);
    }

    @Bean(destroyMethod = "shutdown")
    HazelcastInstance hazelcastInstance(ClusterSettings settings) {
        return ClusterMember.start(settings);
    }
}
