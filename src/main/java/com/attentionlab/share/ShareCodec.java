package com.attentionlab.share;

import com.attentionlab.engine.InvalidLessonException;
import com.attentionlab.engine.Limits;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Lesson state ⇄ URL-safe string.
 *
 * <p>Format, version 1: {@code base64url( [version = 1] [CRC-32 of payload, 4 bytes] [deflate(payload)] )}, no
 * padding. The payload is self-contained (it does not depend on the app's vocabulary or presets, so a link keeps
 * meaning the same numbers when those change): flags (causal, scale), heads, preset id, seed, sentence, tokens,
 * then X, W_Q, W_K, W_V as rows, columns and every double's 64 bits, so a decoded state equals the encoded one
 * bit for bit. A later format gets a new version byte; {@link #decode} keeps reading the old ones.
 *
 * <p>Version 2 is a lesson on a trained model's head ({@link ModelPayload}): the same envelope around a reference
 * (model, sentence, layer, head, edited cells) that {@link ModelHeads} resolves to the state when decoding.
 *
 * <p>Strict: anything malformed, truncated, tampered (CRC mismatch), oversized or outside the {@link Limits} is
 * rejected with a {@link ShareCodeException} saying why; no other exception escapes {@link #decode}.
 */
public final class ShareCodec {

    public static final int VERSION = 1;
    /** Codes of lessons on a trained model's head. */
    public static final int MODEL_VERSION = 2;
    /** Longest code accepted (characters). Links this long need a server that allows long request headers. */
    public static final int MAX_CODE_LENGTH = 12_000;
    private static final int MAX_PAYLOAD_BYTES = 256 * 1024;

    private final Limits limits;
    private final ModelHeads models;

    /** A codec that refuses links to a trained model's head. */
    public ShareCodec(Limits limits) {
        this(limits, ModelHeads.NONE);
    }

    public ShareCodec(Limits limits, ModelHeads models) {
        this.limits = limits;
        this.models = models;
    }

    /** Encodes a lesson; a hand-made lesson's state must be within the limits. */
    public String encode(SharedLesson lesson) {
        int version = lesson.onModel() ? MODEL_VERSION : VERSION;
        if (!lesson.onModel()) {
            limits.check(lesson.state());
        }
        byte[] payload = lesson.onModel() ? ModelPayload.write(lesson) : LessonPayload.write(lesson);
        CRC32 crc = new CRC32();
        crc.update(payload);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(payload);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(version);
        long c = crc.getValue();
        out.write((int) (c >>> 24));
        out.write((int) (c >>> 16));
        out.write((int) (c >>> 8));
        out.write((int) c);
        byte[] buf = new byte[4096];
        while (!deflater.finished()) {
            int n = deflater.deflate(buf);
            out.write(buf, 0, n);
        }
        deflater.end();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /**
     * Decodes a code.
     *
     * @throws ShareCodeException with the reason, for anything that is not a valid code of a valid lesson
     */
    public SharedLesson decode(String code) throws ShareCodeException {
        if (code == null || code.isEmpty()) {
            throw new ShareCodeException("the link has no lesson code");
        }
        if (code.length() > MAX_CODE_LENGTH) {
            throw new ShareCodeException("the lesson code is too long (" + code.length() + " characters, at most "
                    + MAX_CODE_LENGTH + ")");
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(code);
        } catch (IllegalArgumentException e) {
            throw new ShareCodeException("the lesson code contains characters that do not belong in it");
        }
        if (raw.length < 6) {
            throw new ShareCodeException("the lesson code is too short: it looks cut off");
        }
        int version = raw[0] & 0xff;
        if (version != VERSION && version != MODEL_VERSION) {
            throw new ShareCodeException("the lesson code has format version " + version + ", which this app does "
                    + "not know (it reads versions " + VERSION + " and " + MODEL_VERSION + ")");
        }
        long expectedCrc = ((long) (raw[1] & 0xff) << 24) | ((raw[2] & 0xff) << 16) | ((raw[3] & 0xff) << 8)
                | (raw[4] & 0xff);
        byte[] payload = inflate(raw, 5);
        CRC32 crc = new CRC32();
        crc.update(payload);
        if (crc.getValue() != expectedCrc) {
            throw new ShareCodeException("the lesson code is damaged (its checksum does not match): it may have "
                    + "been cut off or changed");
        }
        try {
            if (version == MODEL_VERSION) {
                ModelPayload.Parts p = ModelPayload.read(payload);
                return new SharedLesson(resolve(p), p.sentence(), p.presetId(), p.seed(), p.ref());
            }
            return LessonPayload.read(payload, limits);
        } catch (EOFException e) {
            throw new ShareCodeException("the lesson code ends too early: it looks cut off");
        } catch (InvalidLessonException e) {
            throw new ShareCodeException("the lesson in the code is not valid: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new ShareCodeException("the lesson code is malformed");
        }
    }

    private com.attentionlab.engine.LessonState resolve(ModelPayload.Parts p) throws ShareCodeException {
        try {
            return models.resolve(p.ref(), p.sentence());
        } catch (IllegalArgumentException e) {
            throw new ShareCodeException("the lesson on " + p.ref().model() + " cannot be opened: " + e.getMessage());
        }
    }

    private static byte[] inflate(byte[] raw, int offset) throws ShareCodeException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(raw, offset, raw.length - offset);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0) {
                    if (inflater.needsInput() || inflater.needsDictionary()) {
                        throw new ShareCodeException("the lesson code ends too early: it looks cut off");
                    }
                }
                out.write(buf, 0, n);
                if (out.size() > MAX_PAYLOAD_BYTES) {
                    throw new ShareCodeException("the lesson code unpacks to more than a lesson can hold");
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new ShareCodeException("the lesson code has extra data at its end");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new ShareCodeException("the lesson code is damaged and cannot be unpacked");
        } finally {
            inflater.end();
        }
    }

}
