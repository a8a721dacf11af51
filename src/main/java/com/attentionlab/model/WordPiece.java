package com.attentionlab.model;

import java.util.Map;

/**
 * Hugging Face's {@code WordPiece} model (tokenizers' {@code models/wordpiece}): greedy longest-match-first. From
 * the start of a word it takes the longest prefix that is in the vocabulary, then the longest continuation that is
 * in the vocabulary with the {@code ##} prefix, and so on: {@code cats} → {@code cat ##s}. A word longer than
 * {@code maxInputCharsPerWord} code points, or one with a part no vocabulary entry matches, becomes a single
 * {@code [UNK]}. Immutable and thread-safe.
 */
final class WordPiece {

    /** Receives each piece: its id and the range {@code [from, to)} of the text it covers. */
    @FunctionalInterface
    interface PieceSink {
        void piece(int id, int from, int to);
    }

    private final Map<String, Integer> vocab;
    private final String continuingPrefix;
    private final int unkId;
    private final int maxInputCharsPerWord;

    WordPiece(Map<String, Integer> vocab, String continuingPrefix, int unkId, int maxInputCharsPerWord) {
        this.vocab = Map.copyOf(vocab);
        this.continuingPrefix = continuingPrefix;
        this.unkId = unkId;
        this.maxInputCharsPerWord = maxInputCharsPerWord;
    }

    /** Splits the word {@code text[from, to)} into pieces. */
    void tokenize(String text, int from, int to, PieceSink sink) {
        if (text.codePointCount(from, to) > maxInputCharsPerWord) {
            sink.piece(unkId, from, to);
            return;
        }
        int count = 0;
        int[] ids = new int[to - from];
        int[] ends = new int[to - from];
        for (int start = from; start < to; ) {
            int end = to;
            Integer id = null;
            while (start < end) {
                String sub = text.substring(start, end);
                id = vocab.get(start > from ? continuingPrefix + sub : sub);
                if (id != null) {
                    break;
                }
                end -= Character.charCount(text.codePointBefore(end));
            }
            if (id == null) {
                sink.piece(unkId, from, to);
                return;
            }
            ids[count] = id;
            ends[count++] = end;
            start = end;
        }
        for (int k = 0, start = from; k < count; start = ends[k++]) {
            sink.piece(ids[k], start, ends[k]);
        }
    }
}
