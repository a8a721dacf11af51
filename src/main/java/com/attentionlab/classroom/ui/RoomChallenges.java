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
    /** The {@code c=} parameter of a challenge link. */
    private static final java.util.regex.Pattern CODE_IN_LINK = java.util.regex.Pattern.compile("[?&]c=([^&#\\s]+)");

    private RoomChallenges() {
    }

    /** The built-in challenges, in the catalog's order (warm-ups first). */
    static List<Challenge> postable() {
        return CATALOG.challenges();
    }

    /**
     * The code in a challenge link ({@code …/challenge/custom?c=CODE}, as "Make a challenge" shares it), or the text
     * itself when it is no such link (a bare code).
     */
    static String codeOfLink(String link) {
        String text = link == null ? "" : link.strip();
        java.util.regex.Matcher m = CODE_IN_LINK.matcher(text);
        if (!m.find()) {
            return text;
        }
        return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
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
