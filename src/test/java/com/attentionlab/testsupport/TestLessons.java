package com.attentionlab.testsupport;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Vocabulary;
import com.attentionlab.share.ShareCodec;

import java.util.List;

/** Presenters outside Spring, and the default lesson's tokens by name instead of magic indices. */
public final class TestLessons {

    /** The default lesson's tokens: "The cat sat on the mat because it was tired". */
    public static final List<String> DEFAULT_TOKENS =
            List.of("The", "cat", "sat", "on", "the", "mat", "because", "it", "was", "tired");
    /** Row/column of "cat" in the default lesson. */
    public static final int CAT = DEFAULT_TOKENS.indexOf("cat");
    /** Row/column of "mat" in the default lesson. */
    public static final int MAT = DEFAULT_TOKENS.indexOf("mat");
    /** Row/column of "it" in the default lesson. */
    public static final int IT = DEFAULT_TOKENS.indexOf("it");
    /** Row/column of "tired" in the default lesson. */
    public static final int TIRED = DEFAULT_TOKENS.indexOf("tired");

    /** Row of W_Q/W_K/W_V that reads X's "pronoun" dimension. */
    public static final int PRONOUN_DIMENSION = Vocabulary.DIMENSIONS.indexOf("pronoun");

    private TestLessons() {
    }

    /** Presenters with the default limits, as the app makes them. */
    public static LessonPresenters presenters() {
        AttentionEngine engine = new AttentionEngine();
        com.attentionlab.lesson.ModelLessons models = new com.attentionlab.lesson.ModelLessons(64);
        return new LessonPresenters(engine, new ShareCodec(com.attentionlab.engine.Limits.LINKS, models), models);
    }

    /** A presenter on the default lesson. */
    public static LessonPresenter presenter() {
        return presenters().create();
    }

    /** The column (other than {@code i}) with the largest value in row {@code i}. */
    public static int strongestOther(double[][] weights, int i) {
        int best = -1;
        for (int j = 0; j < weights[i].length; j++) {
            if (j != i && (best < 0 || weights[i][j] > weights[i][best])) {
                best = j;
            }
        }
        return best;
    }
}
