package com.attentionlab.classroom.ui;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeCatalog;
import com.attentionlab.challenge.ChallengeCodeException;
import com.attentionlab.challenge.ChallengeCodec;

import java.util.List;
import java.util.Optional;

/**
 * The challenges a teacher can post to a room: the built-in catalog's (by id) or an authored one (by its code). The
 * room keeps only that text; each screen resolves it here.
 */
final class RoomChallenges {

    private static final ChallengeCatalog CATALOG = ChallengeCatalog.load();

    private RoomChallenges() {
    }

    /** The built-in challenges solved on the numbers (a question needs its own answer screen, still to come). */
    static List<Challenge> postable() {
        return CATALOG.challenges().stream().filter(c -> c.answer() < 0).toList();
    }

    /** The challenge a room's text names: a catalog id or an authored challenge's code; empty when neither. */
    static Optional<Challenge> resolve(String idOrCode) {
        if (idOrCode == null || idOrCode.isEmpty()) {
            return Optional.empty();
        }
        Optional<Challenge> builtIn = CATALOG.byId(idOrCode);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        try {
            return Optional.of(ChallengeCodec.decode(idOrCode));
        } catch (ChallengeCodeException e) {
            return Optional.empty();
        }
    }
}
