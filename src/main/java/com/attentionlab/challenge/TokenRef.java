package com.attentionlab.challenge;

import java.util.List;
import java.util.Optional;

/**
 * A token of the sentence named by its text, and which occurrence when the text occurs more than once: {@code "mat"}
 * is the first "mat", {@code "the#2"} the second "the". Texts match exactly (so "The" and "the" differ).
 *
 * @param text       the token's text
 * @param occurrence 1 for the first occurrence, 2 for the second, …
 */
public record TokenRef(String text, int occurrence) {

    public TokenRef {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a token needs its text");
        }
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrence counts from 1, got " + occurrence);
        }
    }

    /** {@code "it"} or {@code "the#2"}. */
    public static TokenRef parse(String s) {
        int hash = s.lastIndexOf('#');
        if (hash > 0 && hash < s.length() - 1 && s.substring(hash + 1).chars().allMatch(Character::isDigit)
                && s.length() - hash <= 3) {
            return new TokenRef(s.substring(0, hash), Integer.parseInt(s.substring(hash + 1)));
        }
        return new TokenRef(s, 1);
    }

    /** The row of this token in the sentence, if it is there. */
    public Optional<Integer> find(List<String> tokens) {
        int seen = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase(text) && ++seen == occurrence) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The row of this token; the goal was validated against the sentence, so a miss is a programming error. */
    int index(List<String> tokens) {
        return find(tokens).orElseThrow(() -> new IllegalArgumentException("\"" + this + "\" is not in the sentence"));
    }

    /** As written in a file: {@code it}, {@code the#2}. */
    @Override
    public String toString() {
        return occurrence == 1 ? text : text + "#" + occurrence;
    }

    /** For the learner: "it", "the second “the”". */
    public String words() {
        return switch (occurrence) {
            case 1 -> "“" + text + "”";
            case 2 -> "the second “" + text + "”";
            case 3 -> "the third “" + text + "”";
            default -> "“" + text + "” no. " + occurrence;
        };
    }
}
