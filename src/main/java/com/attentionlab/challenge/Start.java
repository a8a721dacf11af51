package com.attentionlab.challenge;

import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Limits;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.AuthoredLesson;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.Preset;
import com.attentionlab.share.ShareCodeException;
import com.attentionlab.share.ShareCodec;
import com.attentionlab.share.SharedLesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a challenge starts: a sentence with a preset's weights (as an authored link makes it), the two switches,
 * matrices set to zero (for "build it from scratch") and cells set by hand. Or, instead of all that, a share code
 * holding the whole lesson.
 *
 * @param sentence the sentence
 * @param preset   a {@link Preset} id
 * @param seed     the random preset's seed (ignored by the others)
 * @param causal   causal mask on
 * @param scale    scores divided by √d_k
 * @param zero     matrices set to all zeros before the edits
 * @param edits    cells set, in order, after zeroing
 * @param share    a share code ({@code ?s=…}) of a hand-made lesson, or null; when given it is the start and the
 *                 other fields only describe it
 */
public record Start(String sentence, String preset, long seed, boolean causal, boolean scale, List<Editable> zero,
                    List<CellEdit> edits, String share) {

    private static final ShareCodec CODEC = new ShareCodec(Limits.LINKS);

    public Start {
        zero = List.copyOf(zero);
        edits = List.copyOf(edits);
    }

    /** The default lesson with a preset: nothing zeroed, nothing edited. */
    public static Start of(String sentence, Preset preset) {
        return new Start(sentence, preset.id(), 7, false, true, List.of(), List.of(), null);
    }

    /**
     * A start from a hand-made lesson as it is now (what a teacher authors from): its sentence, preset and switches,
     * and every cell that differs from the preset's lesson as an edit.
     *
     * @throws IllegalArgumentException for a lesson on a trained model's head, or one whose tokens are not its
     *                                  sentence's (it then needs a share code)
     */
    public static Start from(SharedLesson lesson) {
        if (lesson.onModel()) {
            throw new IllegalArgumentException("a challenge starts from a hand-made lesson, not a trained model's head");
        }
        LessonState base = AuthoredLesson.of(lesson.sentence(), lesson.presetId(), Long.toString(lesson.seed()))
                .state();
        LessonState now = lesson.state();
        if (!base.tokens().equals(now.tokens()) || base.heads() != now.heads()
                || !base.wq().shape().equals(now.wq().shape()) || !base.wv().shape().equals(now.wv().shape())
                || now.hasBiases()) {
            throw new IllegalArgumentException("this lesson is not its sentence and preset plus edited cells");
        }
        List<CellEdit> edits = new ArrayList<>();
        for (Editable e : CellEdit.MATRICES) {
            Matrix a = e.of(base);
            Matrix b = e.of(now);
            for (int i = 0; i < a.rows(); i++) {
                for (int j = 0; j < a.cols(); j++) {
                    if (Double.doubleToLongBits(a.get(i, j)) != Double.doubleToLongBits(b.get(i, j))) {
                        edits.add(new CellEdit(e, i, j, b.get(i, j)));
                    }
                }
            }
        }
        return new Start(lesson.sentence(), lesson.presetId(), lesson.seed(), now.causal(), now.scale(), List.of(),
                edits, null);
    }

    /**
     * The starting lesson.
     *
     * @throws IllegalArgumentException saying what is wrong (an unknown preset, a bad share code, an edit outside a
     *                                  matrix)
     */
    public SharedLesson lesson() {
        if (share != null) {
            try {
                return CODEC.decode(share);
            } catch (ShareCodeException e) {
                throw new IllegalArgumentException("the share code cannot be read: " + e.getMessage());
            }
        }
        SharedLesson base = AuthoredLesson.of(sentence, preset, Long.toString(seed));
        LessonState s = base.state().withCausal(causal).withScale(scale);
        for (Editable e : zero) {
            Matrix m = e.of(s);
            s = CellEdit.replace(s, e, Matrix.zeros(m.rows(), m.cols()));
        }
        for (int k = 0; k < edits.size(); k++) {
            CellEdit edit = edits.get(k);
            Matrix m = edit.matrix().of(s);
            if (edit.row() < 0 || edit.row() >= m.rows() || edit.col() < 0 || edit.col() >= m.cols()) {
                throw new IllegalArgumentException("edit " + (k + 1) + " (" + edit + ") is outside "
                        + edit.matrix().label() + ", which is " + m.rows() + " × " + m.cols());
            }
            s = edit.applyTo(s);
        }
        return new SharedLesson(s, base.sentence(), base.presetId(), base.seed());
    }

    /** The starting state. */
    public LessonState state() {
        return lesson().state();
    }
}
