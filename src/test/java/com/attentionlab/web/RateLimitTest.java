package com.attentionlab.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    @Test
    void countPerWindow_thenRefusedWithAWait_perKey() {
        RateLimit joins = new RateLimit("joins", 3, Duration.ofMinutes(1));

        for (int i = 0; i < 3; i++) {
            assertThat(joins.tryTake("10.0.0.1")).isEmpty();
        }
        assertThat(joins.tryTake("10.0.0.1")).hasValueSatisfying(w ->
                assertThat(w).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(1)));
        assertThat(joins.exhausted("10.0.0.1")).isTrue();
        assertThat(joins.tryTake("10.0.0.2")).as("another client").isEmpty();
        assertThat(joins.message(Duration.ofSeconds(20))).contains("at most 3 per minute").contains("20 s");
    }

    @Test
    void whenTheBucketsCannotAnswer_theRequestGoesThrough() {
        Buckets broken = new Buckets() {
            @Override
            public io.github.bucket4j.Bucket of(String key, io.github.bucket4j.Bandwidth limit) {
                throw new IllegalStateException("cluster not reachable");
            }

            @Override
            public java.util.Optional<Long> availableTokens(String key, io.github.bucket4j.Bandwidth limit) {
                throw new IllegalStateException("cluster not reachable");
            }

            @Override
            public void forgetIdle(long full) {
            }

            @Override
            public int size() {
                return 0;
            }
        };
        RateLimit joins = new RateLimit("joins", 1, Duration.ofMinutes(1), broken);

        assertThat(joins.tryTake("10.0.0.1")).isEmpty();
        assertThat(joins.tryTake("10.0.0.1")).isEmpty();
        assertThat(joins.exhausted("10.0.0.1")).isFalse();
    }

    @Test
    void zeroTurnsTheLimitOff_andFullBucketsAreForgotten() {
        RateLimit off = new RateLimit("x", 0, Duration.ofMinutes(1));
        for (int i = 0; i < 1000; i++) {
            assertThat(off.tryTake("a")).isEmpty();
        }
        RateLimit l = new RateLimit("x", 5, Duration.ofMinutes(1));
        l.tryTake("a");
        l.tryTake("b");
        l.forgetIdle();
        assertThat(l.clientsTracked()).as("both still spent one").isEqualTo(2);
    }

    @Test
    void forwardedFor_isBelievedOnlyFromTrustedProxies() {
        ClientAddress address = new ClientAddress(List.of("10.0.0.5", "10.0.0.6"));

        assertThat(address.of("203.0.113.9", "1.2.3.4")).as("no proxy: the peer").isEqualTo("203.0.113.9");
        assertThat(address.of("10.0.0.5", "1.2.3.4, 198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(address.of("10.0.0.5", "198.51.100.7, 10.0.0.6")).isEqualTo("198.51.100.7");
        assertThat(address.of("10.0.0.5", null)).isEqualTo("10.0.0.5");
        assertThat(new ClientAddress(List.of()).of("127.0.0.1", "6.6.6.6")).isEqualTo("127.0.0.1");
    }
}
