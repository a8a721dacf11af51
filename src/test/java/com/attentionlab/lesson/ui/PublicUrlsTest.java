package com.attentionlab.lesson.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicUrlsTest {

    @Test
    void aConfiguredBase_buildsEveryLink_andIsNeverOnlyThisMachine() {
        PublicUrls urls = new PublicUrls("http://192.168.1.20:8080/");

        assertThat(urls.absolute("join/K7QM2X")).isEqualTo("http://192.168.1.20:8080/join/K7QM2X");
        assertThat(urls.onlyThisMachineCanOpen()).isFalse();
        assertThat(new PublicUrls("https://lab.school.example/attention").absolute("lesson/scores?s=x"))
                .isEqualTo("https://lab.school.example/attention/lesson/scores?s=x");
    }

    @Test
    void aMalformedBase_stopsTheAppWithAReason() {
        for (String bad : new String[] {"192.168.1.20:8080", "ftp://host", "http://", "http://host/?a=1", "http:// x"}) {
            assertThatThrownBy(() -> new PublicUrls(bad)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("attention.public-url must look like");
        }
    }

    @Test
    void withoutAConfiguredBase_aMadeUpHostNeverReachesALink() {
        // given a client that sends "Host: evil.example" to the server listening on 192.168.1.20:8080
        PublicUrls.Base base = PublicUrls.Base.of("http", "evil.example", 80, "192.168.1.20", 8080, "");

        // then the link is built from the address the connection really arrived on
        assertThat(base.url()).isEqualTo("http://192.168.1.20:8080");
        assertThat(base.source()).isEqualTo(PublicUrls.Source.SERVER_ADDRESS);
    }

    @Test
    void withoutAConfiguredBase_theServersOwnAddressAndLocalhostAreKept() {
        assertThat(PublicUrls.Base.of("http", "192.168.1.20", 8080, "192.168.1.20", 8080, "/lab"))
                .isEqualTo(new PublicUrls.Base("http://192.168.1.20:8080/lab", PublicUrls.Source.BROWSER_ADDRESS));
        assertThat(PublicUrls.Base.of("http", "localhost", 8080, "127.0.0.1", 8080, ""))
                .isEqualTo(new PublicUrls.Base("http://localhost:8080", PublicUrls.Source.LOOPBACK));
        assertThat(PublicUrls.Base.of("http", "[fe80::1]", 8080, "fe80::1", 8080, "").source())
                .isEqualTo(PublicUrls.Source.BROWSER_ADDRESS);
        assertThat(PublicUrls.Base.of("https", "evil.example", 443, "fe80::1", 8443, "").url())
                .isEqualTo("https://[fe80::1]:8443");
    }
}
