package com.attentionlab.classroom;

import com.attentionlab.share.ShareCodeException;
import com.attentionlab.share.ShareCodec;
import com.attentionlab.share.SharedLesson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link RoomRecord} as the JSON text a cluster stores: plain data, the lesson as its share code (a link's code:
 * a few hundred characters for a hand-made lesson, under 200 for a real model's head). Nothing Java-serialized
 * crosses the wire. Lessons are cached both ways, so a record whose lesson did not change is neither encoded nor
 * decoded again.
 */
final class RoomRecordJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CACHE = 64;

    private final ShareCodec codec;
    /** Codes decoded lately (a record's lesson changes far less often than its counts). */
    private final Map<String, SharedLesson> decoded = lru();
    /** Lessons encoded or decoded lately, by identity. */
    private final Map<IdentityKey, String> encoded = lru();

    RoomRecordJson(ShareCodec codec) {
        this.codec = codec;
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Puts into a cache, dropping the least recently used entry beyond {@link #CACHE}. */
    private static <K, V> void cache(Map<K, V> lru, K key, V value) {
        lru.put(key, value);
        if (lru.size() > CACHE) {
            Iterator<K> eldest = lru.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    /** A lesson compared by identity (records of one room share the instance until the lesson changes). */
    private record IdentityKey(SharedLesson lesson) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.lesson == lesson;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(lesson);
        }
    }

    String write(RoomRecord r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", r.code());
        o.put("key", r.key());
        o.put("revision", r.revision());
        o.put("version", r.version());
        o.put("step", r.step());
        o.put("lesson", encode(r.lesson()));
        o.put("ended", r.ended());
        o.put("teacherOnline", r.teacherOnline());
        o.put("lastTeacherActivity", r.lastTeacherActivity().toString());
        o.put("teacherLeftAt", r.teacherLeftAt() == null ? null : r.teacherLeftAt().toString());
        ObjectNode screens = o.putObject("teacherScreens");
        r.teacherScreens().forEach(screens::put);
        ObjectNode followers = o.putObject("followers");
        r.followers().forEach(followers::put);
        ObjectNode handovers = o.putObject("handovers");
        r.handovers().forEach((token, expires) -> handovers.put(token, expires.toString()));
        o.put("challenge", r.challenge());
        o.put("studentNumbers", r.studentNumbers());
        o.put("revealed", r.revealed());
        o.put("explore", r.explore());
        return o.toString();
    }

    /** @throws IllegalArgumentException for text that is not a record this app wrote */
    RoomRecord read(String text) {
        try {
            JsonNode o = JSON.readTree(text);
            return new RoomRecord(o.get("code").asText(), o.get("key").asText(), o.get("revision").asLong(),
                    o.get("version").asLong(), o.get("step").asText(), decode(o.get("lesson").asText()),
                    o.get("ended").asBoolean(), o.get("teacherOnline").asBoolean(),
                    Instant.parse(o.get("lastTeacherActivity").asText()),
                    o.get("teacherLeftAt").isNull() ? null : Instant.parse(o.get("teacherLeftAt").asText()),
                    map(o.get("teacherScreens"), JsonNode::asInt), map(o.get("followers"), JsonNode::asInt),
                    map(o.get("handovers"), n -> Instant.parse(n.asText())),
                    o.hasNonNull("challenge") ? o.get("challenge").asText() : null,
                    o.path("studentNumbers").asInt(0), o.path("revealed").asBoolean(false),
                    o.path("explore").asBoolean(false));
        } catch (JsonProcessingException | NullPointerException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a stored room: " + e.getMessage(), e);
        }
    }

    /** A student's progress as JSON text (what the cluster's progress map keeps). */
    static String writeProgress(StudentProgress p) {
        return writeProgress(p, null);
    }

    /** As {@link #writeProgress(StudentProgress)}, with the node whose screen reported it (null: none). */
    static String writeProgress(StudentProgress p, String node) {
        ObjectNode o = JSON.createObjectNode();
        if (node != null) {
            o.put("node", node);
        }
        o.put("studentId", p.studentId());
        o.put("nickname", p.nickname());
        o.put("challenge", p.challengeId());
        o.put("state", p.state().name());
        o.put("edits", p.edits());
        o.put("startedAt", p.startedAt().toString());
        o.put("solvedAt", p.solvedAt() == null ? null : p.solvedAt().toString());
        o.put("lastProgressAt", p.lastProgressAt().toString());
        if (p.lesson() != null) {
            o.put("lesson", p.lesson());
        }
        if (p.usedSolution()) {
            o.put("usedSolution", true);
        }
        return o.toString();
    }

    /** The node stored with a student's progress, or null. */
    static String nodeOfProgress(String text) {
        try {
            JsonNode n = JSON.readTree(text).get("node");
            return n == null || n.isNull() ? null : n.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** @throws IllegalArgumentException for text that is not progress this app wrote */
    static StudentProgress readProgress(String text) {
        try {
            JsonNode o = JSON.readTree(text);
            return new StudentProgress(o.get("studentId").asText(), o.get("nickname").asText(),
                    o.get("challenge").isNull() ? null : o.get("challenge").asText(),
                    StudentProgress.State.valueOf(o.get("state").asText()), o.get("edits").asInt(),
                    Instant.parse(o.get("startedAt").asText()),
                    o.get("solvedAt").isNull() ? null : Instant.parse(o.get("solvedAt").asText()),
                    Instant.parse(o.get("lastProgressAt").asText()),
                    o.hasNonNull("lesson") ? o.get("lesson").asText() : null,
                    o.path("usedSolution").asBoolean(false));
        } catch (JsonProcessingException | NullPointerException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a stored progress: " + e.getMessage(), e);
        }
    }

    private static <V> Map<String, V> map(JsonNode node, Function<JsonNode, V> value) {
        Map<String, V> m = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), value.apply(e.getValue()));
        }
        return m;
    }

    private synchronized String encode(SharedLesson lesson) {
        IdentityKey k = new IdentityKey(lesson);
        String code = encoded.get(k);
        if (code == null) {
            code = codec.encode(lesson);
            cache(encoded, k, code);
        }
        return code;
    }

    private SharedLesson decode(String code) {
        synchronized (this) {
            SharedLesson known = decoded.get(code);
            if (known != null) {
                return known;
            }
        }
        SharedLesson lesson; // decoded outside the lock: a model lesson may run the model once
        try {
            lesson = codec.decode(code);
        } catch (ShareCodeException e) {
            throw new IllegalArgumentException("a stored room's lesson does not decode: " + e.getMessage(), e);
        }
        synchronized (this) {
            cache(decoded, code, lesson);
            cache(encoded, new IdentityKey(lesson), code);
        }
        return lesson;
    }
}
