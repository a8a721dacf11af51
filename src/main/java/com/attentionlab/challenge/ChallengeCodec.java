package com.attentionlab.challenge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An authored challenge ⇄ URL-safe string, for a teacher's link: {@code base64url([version = 1] [CRC-32, 4 bytes]
 * [deflate(the challenge's compact JSON)])}, no padding (the envelope of the lesson's share codes). Decoding reads the
 * JSON with {@link ChallengeJson} (a reference solution is optional here, and checked when given), so a link meets
 * the same rules as a built-in file, plus the size limits below. Both ways refuse with a reason.
 */
public final class ChallengeCodec {

    public static final int VERSION = 1;
    /** Longest code (characters). */
    public static final int MAX_CODE_LENGTH = 4_000;
    public static final int MAX_TITLE = 80;
    public static final int MAX_STORY = 500;
    public static final int MAX_HINTS = 3;
    public static final int MAX_HINT = 200;
    public static final int MAX_EXPLANATION = 500;
    public static final int MAX_EDITS = 64;
    private static final int MAX_JSON_BYTES = 32 * 1024;

    private ChallengeCodec() {
    }

    /** What is over an authored challenge's size limits, in words; empty when it fits. */
    public static List<String> limitProblems(Challenge c) {
        List<String> out = new ArrayList<>();
        over(out, "the title", c.title(), MAX_TITLE);
        over(out, "the task", c.story(), MAX_STORY);
        over(out, "the explanation", c.explanation(), MAX_EXPLANATION);
        if (c.hints().size() > MAX_HINTS) {
            out.add(c.hints().size() + " hints are more than " + MAX_HINTS);
        }
        for (int i = 0; i < c.hints().size(); i++) {
            over(out, "hint " + (i + 1), c.hints().get(i), MAX_HINT);
        }
        if (c.goal() instanceof Goal.Question q) {
            over(out, "the question", q.prompt(), MAX_STORY);
            q.choices().forEach(ch -> over(out, "the choice “" + clip(ch) + "”", ch, MAX_HINT));
        }
        if (c.start().edits().size() > MAX_EDITS) {
            out.add("the start has " + c.start().edits().size() + " edited cells, more than " + MAX_EDITS);
        }
        if (c.solution().size() > MAX_EDITS) {
            out.add("the solution has " + c.solution().size() + " edits, more than " + MAX_EDITS);
        }
        return out;
    }

    private static void over(List<String> out, String what, String text, int max) {
        if (text != null && text.length() > max) {
            out.add(what + " is " + text.length() + " characters, more than " + max);
        }
    }

    /**
     * The challenge as a code.
     *
     * @throws ChallengeCodeException when it is over a size limit (every one is named)
     */
    public static String encode(Challenge c) throws ChallengeCodeException {
        List<String> problems = limitProblems(c);
        if (!problems.isEmpty()) {
            throw new ChallengeCodeException("this challenge cannot be a link: " + String.join("; ", problems));
        }
        byte[] json = ChallengeJson.writeCompact(c).getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(json);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(VERSION);
        long v = crc.getValue();
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
        byte[] buf = new byte[4096];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        if (code.length() > MAX_CODE_LENGTH) {
            throw new ChallengeCodeException("this challenge cannot be a link: its code would be " + code.length()
                    + " characters, more than " + MAX_CODE_LENGTH + " (fewer edited cells or shorter texts help)");
        }
        return code;
    }

    /**
     * The challenge in a code, validated like a built-in file.
     *
     * @throws ChallengeCodeException saying why the code cannot be used
     */
    public static Challenge decode(String code) throws ChallengeCodeException {
        if (code == null || code.isEmpty()) {
            throw new ChallengeCodeException("the link has no challenge code");
        }
        if (code.length() > MAX_CODE_LENGTH) {
            throw new ChallengeCodeException("the challenge code is too long (" + code.length() + " characters, at most "
                    + MAX_CODE_LENGTH + ")");
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(code);
        } catch (IllegalArgumentException e) {
            throw new ChallengeCodeException("the challenge code contains characters that do not belong in it");
        }
        if (raw.length < 6) {
            throw new ChallengeCodeException("the challenge code is too short: it looks cut off");
        }
        if ((raw[0] & 0xff) != VERSION) {
            throw new ChallengeCodeException("the challenge code has format version " + (raw[0] & 0xff)
                    + ", which this app does not know (it reads version " + VERSION + ")");
        }
        long expected = ((long) (raw[1] & 0xff) << 24) | ((raw[2] & 0xff) << 16) | ((raw[3] & 0xff) << 8)
                | (raw[4] & 0xff);
        byte[] json = inflate(raw);
        CRC32 crc = new CRC32();
        crc.update(json);
        if (crc.getValue() != expected) {
            throw new ChallengeCodeException("the challenge code is damaged (its checksum does not match): it may have "
                    + "been cut off or changed");
        }
        ChallengeJson.Outcome o = ChallengeJson.read("the challenge link", new String(json, StandardCharsets.UTF_8),
                false);
        if (!o.ok()) {
            throw new ChallengeCodeException(String.join("; ", o.problems()));
        }
        Challenge c = o.challenge().orElseThrow();
        List<String> limits = limitProblems(c);
        if (!limits.isEmpty()) {
            throw new ChallengeCodeException("the challenge link is over a size limit: " + String.join("; ", limits));
        }
        return c;
    }

    private static byte[] inflate(byte[] raw) throws ChallengeCodeException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(raw, 5, raw.length - 5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new ChallengeCodeException("the challenge code ends too early: it looks cut off");
                }
                out.write(buf, 0, n);
                if (out.size() > MAX_JSON_BYTES) {
                    throw new ChallengeCodeException("the challenge code unpacks to more than a challenge may hold");
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new ChallengeCodeException("the challenge code has extra data at its end");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new ChallengeCodeException("the challenge code is damaged and cannot be unpacked");
        } finally {
            inflater.end();
        }
    }

    private static String clip(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }
}
