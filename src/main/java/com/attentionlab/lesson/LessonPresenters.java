package com.attentionlab.lesson;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.share.ShareCodec;

/** Makes a presenter for each open lesson, all sharing the one engine (and its limits) and the one share codec. */
public final class LessonPresenters {

    private final AttentionEngine engine;
    private final ShareCodec codec;

    public LessonPresenters(AttentionEngine engine, ShareCodec codec) {
        this.engine = engine;
        this.codec = codec;
    }

    public LessonPresenter create() {
        return new LessonPresenter(engine, codec);
    }
}
