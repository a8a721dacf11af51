package com.attentionlab.challenge.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which challenges this browser has solved, in its localStorage under {@value #KEY} (a JSON array of ids): no account,
 * nothing on the server. Scripts are constants; the id travels as a parameter, never pasted into the script.
 */
final class SolvedChallenges {

    static final String KEY = "al-solved";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ADD = """
            try {
              const s = new Set(JSON.parse(localStorage.getItem($0) || '[]'));
              s.add($1);
              localStorage.setItem($0, JSON.stringify([...s]));
            } catch (e) { localStorage.setItem($0, JSON.stringify([$1])); }""";
    private static final String READ = "return localStorage.getItem($0) || '[]';";

    private SolvedChallenges() {
    }

    /** Adds a challenge to the browser's solved list. */
    static void remember(Component on, String id) {
        on.getElement().executeJs(ADD, KEY, id);
    }

    /** Reads the browser's solved list and hands it over (asynchronously; never in a browserless test). */
    static void read(Component on, Consumer<Set<String>> then) {
        on.getElement().executeJs(READ, KEY).then(String.class, json -> then.accept(parse(json)));
    }

    /** The ids in the stored JSON; anything unreadable counts as none. */
    static Set<String> parse(String json) {
        Set<String> out = new LinkedHashSet<>();
        try {
            JsonNode a = JSON.readTree(json);
            if (a != null && a.isArray()) {
                a.forEach(n -> {
                    if (n.isTextual()) {
                        out.add(n.asText());
                    }
                });
            }
        } catch (Exception e) {
            // a value someone else wrote: ignore it
        }
        return out;
    }
}
