package com.attentionlab.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON request body defensively: content type must be JSON (else 415), at most {@link #MAX_BYTES}
 * (else 413), strict JSON (no NaN literals, no trailing garbage, bounded nesting; else 400).
 */
final class JsonBody {

    /** The largest request body accepted: 1 MB. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxNumberLength(400)
                .maxStringLength(MAX_BYTES)
                .build());
    }

    private JsonBody() {
    }

    static JsonNode read(HttpServletRequest request) {
        checkContentType(request.getContentType());
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = readBounded(request);
        if (bytes.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "body: is empty; expected a JSON object");
        }
        try {
            JsonNode node = STRICT.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "body: is empty; expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, describe(e));
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "body: could not be read");
        }
    }

    /**
     * What is wrong with the JSON, in our words: the parser's own messages name its internals (classes, settings,
     * character codes) and echo the request.
     */
    static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return "body: nested deeper than 64 levels, or a number longer than 400 digits";
        }
        if (original.startsWith("Duplicate field '")) {
            int end = original.indexOf('\'', "Duplicate field '".length());
            String name = end < 0 ? "" : original.substring("Duplicate field '".length(), end);
            return "body: field \"" + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "\" appears twice";
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String hint;
        if (e instanceof JsonEOFException) {
            hint = ": it ends too early";
        } else if (original.contains("Non-standard token")) {
            hint = ": NaN and Infinity are not JSON numbers";
        } else if (original.contains("Illegal unquoted character")) {
            hint = ": control characters must be escaped in strings";
        } else if (original.contains("Trailing token")) {
            hint = ": something follows the end of the object";
        } else {
            hint = "";
        }
        return "body: not valid JSON" + where + hint;
    }

    private static void checkContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type: missing; send application/json");
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type: cannot be parsed; send application/json");
        }
        if (!MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.isWildcardType() || type.isWildcardSubtype()) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type: " + type.getType() + "/" + type.getSubtype() + " is not supported; send application/json");
        }
    }

    private static byte[] readBounded(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) != -1) {
                out.write(buf, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw tooLarge();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "body: could not be read");
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "body: larger than the limit of 1 MB");
    }
}
