package com.attentionlab.lesson;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.share.ShareCodec;

/** Makes a presenter for each open lesson, all sharing the one engine (and its limits) and the one share codec. */
public final class LessonPresenters {

    private final AttentionEngine engine;
    private final ShareCodec codec;
    private final ModelLessons models;

    public LessonPresenters(AttentionEngine engine, ShareCodec codec, ModelLessons models) {
        this.engine = engine;
        this.codec = codec;
        this.models = models;
    }

    public LessonPresenter create() {
        return new LessonPresenter(engine, codec, models);
    }

    public ModelLessons models() {
        return models;
    }
}
