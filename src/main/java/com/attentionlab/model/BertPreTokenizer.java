package com.attentionlab.model;

/**
 * Hugging Face's {@code BertPreTokenizer} (tokenizers' {@code pre_tokenizers/bert.rs}): splits normalized text into
 * words on whitespace ({@link BertChars#isWhitespace}, removed) and on punctuation ({@link BertChars#isPunctuation},
 * each punctuation character kept as a word of its own). {@code "it's."} → {@code it}, {@code '}, {@code s},
 * {@code .}. Stateless.
 */
final class BertPreTokenizer {

    /** Receives each word as a range {@code [from, to)} of UTF-16 indices. */
    @FunctionalInterface
    interface WordSink {
        void word(int from, int to);
    }

    private BertPreTokenizer() {
    }

    static void split(String text, WordSink sink) {
        int wordStart = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean space = BertChars.isWhitespace(cp);
            if (space || BertChars.isPunctuation(cp)) {
                if (wordStart >= 0) {
                    sink.word(wordStart, i);
                    wordStart = -1;
                }
                if (!space) {
                    sink.word(i, next);
                }
            } else if (wordStart < 0) {
                wordStart = i;
            }
            i = next;
        }
        if (wordStart >= 0) {
            sink.word(wordStart, text.length());
        }
    }
}
