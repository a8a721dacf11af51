package com.attentionlab.challenge.ui;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The built-in challenges as a Spring bean: loaded once at start-up. A broken challenge file is logged as a WARN
 * naming the file and the field, and left out; the app starts with the others.
 */
@Component
public class Challenges {

    private static final Logger LOG = LoggerFactory.getLogger(Challenges.class);

    private final ChallengeCatalog catalog;

    public Challenges() {
        this(ChallengeCatalog.load());
    }

    Challenges(ChallengeCatalog catalog) {
        this.catalog = catalog;
        catalog.problems().forEach(p -> LOG.warn("Challenge left out: {}", p));
        LOG.info("{} challenges loaded", catalog.challenges().size());
    }

    public List<Challenge> all() {
        return catalog.challenges();
    }

    public Optional<Challenge> byId(String id) {
        return catalog.byId(id);
    }
}
