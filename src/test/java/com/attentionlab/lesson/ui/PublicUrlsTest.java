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
}
