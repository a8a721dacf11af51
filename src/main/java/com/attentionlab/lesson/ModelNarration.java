package com.attentionlab.lesson;

import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;
import com.attentionlab.model.MiniLm;

import java.util.List;
import java.util.OptionalInt;

/**
 * The words of the lesson on a trained model's head (all-MiniLM-L6-v2): what the chosen head does on this sentence,
 * read from the current numbers, and what the pieces and the matrices are. Nothing here speaks of the hand-made
 * lesson's named features ("living", "noun") or presets: a trained model's 384 dimensions have no names.
 */
public final class ModelNarration {

    /** What [CLS], [SEP] and ## mean, said once per screen where the pieces appear. */
    public static final String PIECES = "The model reads WordPiece tokens: [CLS] is a marker the model adds at the "
            + "start of every text, [SEP] one it adds at the end; a piece starting with ## continues the word before "
            + "it (\u201cplaying\u201d may become \u201cplay\u201d + \u201c##ing\u201d). Words are lower-cased first.";

    /** The caveat under every step on a trained head. */
    public static final String CAVEAT = "A head has learned a pattern from lots of text (for example \u201ca pronoun "
            + "looks at the noun it stands for\u201d, or \u201ceach token looks at the next one\u201d), not what the "
            + "words mean. Many heads mostly look at [CLS] or [SEP], a way of looking nowhere in particular.";

    /** Said wherever a learner edits the head's weights. */
    public static final String ONLY_THIS_HEAD = "Only this head is recomputed: later layers are not re-run.";

    private ModelNarration() {
    }

    /** "Layer 6, head 12" (1-based, as people count). */
    public static String headName(int layer, int head) {
        return "Layer " + (layer + 1) + ", head " + (head + 1);
    }

    /**
     * The token this lesson talks about: "it" if there is one, else the first token that is neither [CLS] nor
     * [SEP], else the first.
     */
    public static int focus(List<String> tokens) {
        int i = Narration.focus(tokens);
        if (!isMarker(tokens.get(i))) {
            return i;
        }
        for (int j = 0; j < tokens.size(); j++) {
            if (!isMarker(tokens.get(j))) {
                return j;
            }
        }
        return 0;
    }

    static boolean isMarker(String piece) {
        return piece.equals("[CLS]") || piece.equals("[SEP]");
    }

    /**
     * What the head does here: where the focus token looks hardest, and where it looks among the sentence's own
     * pieces if that is a marker; e.g. {@code Layer 6, head 12 of all-MiniLM-L6-v2: "it" attends most to "cat"
     * (0.68).}
     */
    public static String head(int layer, int head, LessonState s, AttentionTrace t) {
        List<String> tokens = s.tokens();
        int i = focus(tokens);
        Matrix w = t.head().weights();
        StringBuilder sb = new StringBuilder(headName(layer, head)).append(" of ").append(MiniLm.NAME).append(": ");
        OptionalInt j = Readings.strongestOther(w, i);
        if (j.isEmpty()) {
            return sb.append(q(tokens, i)).append(" can only attend to itself here.").toString();
        }
        int top = argmax(w.row(i));
        sb.append(q(tokens, i)).append(" attends most to ").append(q(tokens, top))
                .append(top == i ? " (itself)" : "").append(" (").append(Narration.f(w.get(i, top))).append(")");
        if (isMarker(tokens.get(top)) || top == i) {
            int word = strongestWord(w, i, tokens);
            if (word >= 0 && word != top) {
                sb.append("; among the other pieces, most to ").append(q(tokens, word)).append(" (")
                        .append(Narration.f(w.get(i, word))).append(")");
            }
        }
        return sb.append(".").toString();
    }

    /** The embedding step's reading: X is the layer's input, T rows of 384 numbers. */
    public static String embedding(int layer, LessonState s) {
        String from = layer == 0 ? "the model's embedding of each piece and its position, layer-normalized"
                : "the output of layer " + layer + ", what the layers before made of each piece";
        return "X has " + s.x().rows() + " rows (one per piece) and " + s.dModel() + " columns: it is " + from
                + ". Its " + s.dModel() + " dimensions were learned, and nobody named them.";
    }

    private static int strongestWord(Matrix w, int i, List<String> tokens) {
        int best = -1;
        for (int j = 0; j < tokens.size(); j++) {
            if (j != i && !isMarker(tokens.get(j)) && (best < 0 || w.get(i, j) > w.get(i, best))) {
                best = j;
            }
        }
        return best;
    }

    private static String q(List<String> tokens, int i) {
        return "\u201c" + tokens.get(i) + "\u201d";
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            best = v[k] > v[best] ? k : best;
        }
        return best;
    }
}
