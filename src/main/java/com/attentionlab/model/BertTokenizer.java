package com.attentionlab.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as Hugging Face's {@code tokenizers} runs it from a {@code tokenizer.json}
 * (ids identical to HF's on our agreement test, see {@code docs/model.md}):
 * <ol>
 *   <li>the special tokens ({@code [CLS]}, {@code [MASK]}, ...) are found in the raw text first, case-sensitively,
 *       leftmost-longest, as HF's added vocabulary does for tokens with {@code "normalized": false}; the text
 *       between them goes through</li>
 *   <li>{@link BertNormalizer} (clean, space out CJK ideographs, strip accents, lowercase),</li>
 *   <li>{@link BertPreTokenizer} (words split on whitespace and punctuation) and</li>
 *   <li>{@link WordPiece} ({@code cats} → {@code cat ##s}, unknown words → {@code [UNK]});</li>
 *   <li>the post-processor template then wraps the pieces: {@code [CLS] … [SEP]}.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class BertTokenizer {

    /** all-MiniLM-L6-v2's tokenizer.json, at the root of the langchain4j weights jar. */
    static final String MINILM_TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";

    private record AddedToken(String content, int id) {
    }

    private final BertNormalizer normalizer;
    private final WordPiece wordPiece;
    private final String[] pieceOf;
    private final List<AddedToken> addedTokens;
    private final int[] prefixIds;
    private final int[] suffixIds;

    private BertTokenizer(BertNormalizer normalizer, WordPiece wordPiece, String[] pieceOf,
                          List<AddedToken> addedTokens, int[] prefixIds, int[] suffixIds) {
        this.normalizer = normalizer;
        this.wordPiece = wordPiece;
        this.pieceOf = pieceOf;
        this.addedTokens = List.copyOf(addedTokens);
        this.prefixIds = prefixIds;
        this.suffixIds = suffixIds;
    }

    /** all-MiniLM-L6-v2's tokenizer, loaded once from the classpath. */
    public static BertTokenizer minilm() {
        return Minilm.INSTANCE;
    }

    private static final class Minilm {
        static final BertTokenizer INSTANCE = load();

        private static BertTokenizer load() {
            try (InputStream in = BertTokenizer.class.getResourceAsStream(MINILM_TOKENIZER)) {
                if (in == null) {
                    throw new IllegalStateException(MINILM_TOKENIZER + " is not on the classpath");
                }
                return fromJson(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a Hugging Face {@code tokenizer.json} with a BertNormalizer, a BertPreTokenizer, a WordPiece model and a
     * TemplateProcessing post-processor (truncation and padding settings are ignored: see
     * {@link #tokenize(String, int)}).
     *
     * @throws IllegalArgumentException if the file asks for something else
     */
    public static BertTokenizer fromJson(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode norm = expect(root.path("normalizer"), "BertNormalizer");
        expect(root.path("pre_tokenizer"), "BertPreTokenizer");
        JsonNode model = expect(root.path("model"), "WordPiece");
        JsonNode template = expect(root.path("post_processor"), "TemplateProcessing");

        boolean lowercase = norm.path("lowercase").asBoolean(true);
        JsonNode stripAccents = norm.path("strip_accents");
        BertNormalizer normalizer = new BertNormalizer(norm.path("clean_text").asBoolean(true),
                norm.path("handle_chinese_chars").asBoolean(true),
                stripAccents.isBoolean() ? stripAccents.asBoolean() : lowercase, // null: same as lowercase
                lowercase);

        Map<String, Integer> vocab = new HashMap<>();
        model.path("vocab").properties().forEach(e -> vocab.put(e.getKey(), e.getValue().asInt()));
        String[] pieceOf = new String[vocab.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        vocab.forEach((piece, id) -> pieceOf[id] = piece);
        Integer unkId = vocab.get(model.path("unk_token").asText("[UNK]"));
        if (unkId == null) {
            throw new IllegalArgumentException("the unknown token is not in the vocabulary");
        }
        WordPiece wordPiece = new WordPiece(vocab, model.path("continuing_subword_prefix").asText("##"), unkId,
                model.path("max_input_chars_per_word").asInt(100));

        List<AddedToken> added = new ArrayList<>();
        for (JsonNode t : root.path("added_tokens")) {
            if (t.path("normalized").asBoolean() || t.path("lstrip").asBoolean() || t.path("rstrip").asBoolean()
                    || t.path("single_word").asBoolean()) {
                throw new IllegalArgumentException("unsupported added token " + t);
            }
            added.add(new AddedToken(t.path("content").asText(), t.path("id").asInt()));
        }

        List<Integer> prefix = new ArrayList<>();
        List<Integer> suffix = new ArrayList<>();
        boolean afterSequence = false;
        for (JsonNode item : template.path("single")) { // e.g. [CLS] $A [SEP]
            if (item.has("Sequence")) {
                afterSequence = true;
            } else {
                List<Integer> side = afterSequence ? suffix : prefix;
                String name = item.path("SpecialToken").path("id").asText();
                template.path("special_tokens").path(name).path("ids").forEach(id -> side.add(id.asInt()));
            }
        }
        return new BertTokenizer(normalizer, wordPiece, pieceOf, added, toArray(prefix), toArray(suffix));
    }

    private static JsonNode expect(JsonNode node, String type) {
        if (!type.equals(node.path("type").asText())) {
            throw new IllegalArgumentException("expected a " + type + ", found " + node.path("type"));
        }
        return node;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The text as pieces, ids and spans: {@code [CLS] … [SEP]}, however long. */
    public Tokenized tokenize(String text) {
        return tokenize(text, Integer.MAX_VALUE);
    }

    /**
     * The text as pieces, ids and spans, cut to at most {@code maxTokens} pieces with [CLS] and [SEP], as HF's
     * right truncation does: the pieces past the limit are dropped (a word may lose its last pieces) and [SEP]
     * still ends the sequence.
     *
     * @throws IllegalArgumentException if {@code maxTokens} leaves no room for [CLS] and [SEP]
     */
    public Tokenized tokenize(String text, int maxTokens) {
        int specials = prefixIds.length + suffixIds.length;
        if (maxTokens < specials) {
            throw new IllegalArgumentException("maxTokens must be at least " + specials + ", was " + maxTokens);
        }
        Collector out = new Collector(maxTokens - suffixIds.length);
        for (int id : prefixIds) {
            out.add(id, -1, -1);
        }
        encode(text, out::addWithinLimit);
        for (int id : suffixIds) {
            out.add(id, -1, -1);
        }
        List<String> pieces = new ArrayList<>(out.size);
        for (int i = 0; i < out.size; i++) {
            pieces.add(pieceOf[out.ids[i]]);
        }
        return new Tokenized(text, pieces, Arrays.copyOf(out.ids, out.size), Arrays.copyOf(out.starts, out.size),
                Arrays.copyOf(out.ends, out.size));
    }

    /** How many pieces {@link #tokenize(String)} gives, [CLS] and [SEP] included, without building them. */
    public int countTokens(String text) {
        int[] count = {prefixIds.length + suffixIds.length};
        encode(text, (id, start, end) -> count[0]++);
        return count[0];
    }

    /** The number of entries in the vocabulary. */
    public int vocabSize() {
        return pieceOf.length;
    }

    /** The vocabulary entry with this id, e.g. {@code ##s}. */
    public String piece(int id) {
        return pieceOf[id];
    }

    /** Steps 1 to 4: the text's pieces without [CLS]/[SEP], with their spans in {@code text}. */
    private void encode(String text, WordPiece.PieceSink sink) {
        int segmentStart = 0;
        for (int i = 0; i < text.length(); i++) {
            AddedToken token = addedTokenAt(text, i);
            if (token != null) {
                encodeSegment(text, segmentStart, i, sink);
                sink.piece(token.id(), i, i + token.content().length());
                i += token.content().length() - 1;
                segmentStart = i + 1;
            }
        }
        encodeSegment(text, segmentStart, text.length(), sink);
    }

    /** The longest special token starting at {@code i}, or null. */
    private AddedToken addedTokenAt(String text, int i) {
        AddedToken longest = null;
        for (AddedToken t : addedTokens) {
            if (text.startsWith(t.content(), i) && (longest == null
                    || t.content().length() > longest.content().length())) {
                longest = t;
            }
        }
        return longest;
    }

    private void encodeSegment(String text, int from, int to, WordPiece.PieceSink sink) {
        if (from >= to) {
            return;
        }
        BertNormalizer.Normalized normalized = normalizer.normalize(text, from, to);
        String s = normalized.text();
        int[] starts = normalized.starts();
        int[] ends = normalized.ends();
        BertPreTokenizer.split(s, (wordFrom, wordTo) -> wordPiece.tokenize(s, wordFrom, wordTo,
                (id, pieceFrom, pieceTo) -> sink.piece(id, starts[pieceFrom], ends[pieceTo - 1])));
    }

    /** Ids and spans, growing as needed. */
    private static final class Collector {
        final int limit;
        int size;
        int[] ids = new int[16];
        int[] starts = new int[16];
        int[] ends = new int[16];

        Collector(int limit) {
            this.limit = limit;
        }

        void addWithinLimit(int id, int start, int end) {
            if (size < limit) {
                add(id, start, end);
            }
        }

        void add(int id, int start, int end) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            ids[size] = id;
            starts[size] = start;
            ends[size++] = end;
        }
    }
}
