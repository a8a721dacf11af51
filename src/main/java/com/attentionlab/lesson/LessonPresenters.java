package com.attentionlab.lesson;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.share.ShareCodec;

import java.io.Serializable;

/** Makes a presenter for each open lesson, all sharing the one engine (and its limits) and the one share codec. */
public final class LessonPresenters implements Serializable {

    private final AttentionEngine engine;
    private final ShareCodec codec;

    public LessonPresenters(AttentionEngine engine, ShareCodec codec) {
        this.engine = engine;
        this.codec = codec;
    }

    /** With the default limits, for use outside Spring (e.g. browserless view tests). */
    public static LessonPresenters standalone() {
        AttentionEngine engine = new AttentionEngine();
        return new LessonPresenters(engine, new ShareCodec(engine.limits()));
    }

    public LessonPresenter create() {
        return new LessonPresenter(engine, codec);
    }
}
