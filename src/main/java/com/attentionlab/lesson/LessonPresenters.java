package com.attentionlab.lesson;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.share.ShareCodec;

import java.io.Serializable;

/** Makes a presenter for each open lesson, all sharing the one engine (and its configured limits). */
public final class LessonPresenters implements Serializable {

    private final AttentionEngine engine;

    public LessonPresenters(AttentionEngine engine) {
        this.engine = engine;
    }

    /** With the default limits, for use outside Spring (e.g. browserless view tests). */
    public static LessonPresenters standalone() {
        return new LessonPresenters(new AttentionEngine());
    }

    public LessonPresenter create() {
        return new LessonPresenter(engine, new ShareCodec(engine.limits()));
    }
}
