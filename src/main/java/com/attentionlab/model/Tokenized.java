package com.attentionlab.model;

import java.util.Arrays;
import java.util.List;

/**
 * A text as the model sees it: the pieces as shown ({@code [CLS]}, {@code the}, {@code cat}, {@code ##s},
 * {@code [SEP]}), their vocabulary ids, and for each piece the span {@code [start, end)} of the original text
 * (UTF-16 indices) it came from, {@code -1} for pieces the tokenizer adds ({@code [CLS]}, {@code [SEP]}). A piece cut
 * from an accented or decomposed character spans that whole character; an {@code [UNK]} spans its whole word.
 * Immutable: the arrays are copied in and out.
 *
 * @param text   the original text
 * @param pieces the vocabulary entries, e.g. {@code ##s}
 * @param ids    their ids in the vocabulary
 * @param starts where each piece starts in {@code text}, or -1
 * @param ends   where each piece ends in {@code text} (exclusive), or -1
 */
public record Tokenized(String text, List<String> pieces, int[] ids, int[] starts, int[] ends) {

    public Tokenized {
        pieces = List.copyOf(pieces);
        ids = ids.clone();
        starts = starts.clone();
        ends = ends.clone();
        if (ids.length != pieces.size() || starts.length != pieces.size() || ends.length != pieces.size()) {
            throw new IllegalArgumentException("pieces, ids, starts and ends differ in length");
        }
    }

    /** The number of pieces, [CLS] and [SEP] included. */
    public int size() {
        return pieces.size();
    }

    public String piece(int i) {
        return pieces.get(i);
    }

    public int id(int i) {
        return ids[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The part of the text piece {@code i} came from ({@code "cats"} for {@code cat} and {@code ##s} is
     * {@code "cat"} and {@code "s"}), or {@code ""} for [CLS] and [SEP]. */
    public String source(int i) {
        return starts[i] < 0 ? "" : text.substring(starts[i], ends[i]);
    }

    /** A copy. */
    @Override
    public int[] ids() {
        return ids.clone();
    }

    /** A copy. */
    @Override
    public int[] starts() {
        return starts.clone();
    }

    /** A copy. */
    @Override
    public int[] ends() {
        return ends.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tokenized t && text.equals(t.text) && pieces.equals(t.pieces)
                && Arrays.equals(ids, t.ids) && Arrays.equals(starts, t.starts) && Arrays.equals(ends, t.ends);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * text.hashCode() + pieces.hashCode()) + Arrays.hashCode(ids);
    }

    /** The pieces with their ids, e.g. {@code [CLS]/101 cat/4937 ##s/2015 [SEP]/102}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size(); i++) {
            sb.append(i == 0 ? "" : " ").append(pieces.get(i)).append('/').append(ids[i]);
        }
        return sb.toString();
    }
}
