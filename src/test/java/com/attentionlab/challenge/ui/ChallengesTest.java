package com.attentionlab.challenge.ui;

import com.attentionlab.challenge.ChallengeCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog bean: broken files are WARNed at start-up, one line each, and the good ones still load. */
@ExtendWith(OutputCaptureExtension.class)
class ChallengesTest {

    @Test
    void brokenFiles_areLoggedAsWarnings_andTheOthersLoad(CapturedOutput output) {
        ChallengeCatalog broken = ChallengeCatalog.load("challenges-broken", getClass().getClassLoader());
        assertThat(broken.problems()).isNotEmpty();

        Challenges challenges = new Challenges(broken);

        for (String problem : broken.problems()) {
            assertThat(output.getOut()).contains("WARN").contains("Challenge left out: " + problem);
        }
        assertThat(challenges.all()).isEqualTo(broken.challenges());
    }

    @Test
    void theBuiltIns_loadWithoutWarnings() {
        Challenges challenges = new Challenges();

        assertThat(challenges.all()).isNotEmpty();
        assertThat(challenges.byId("it-to-mat")).isPresent();
    }
}
