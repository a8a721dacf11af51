package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;

/** Which panel shows which step. */
final class StepPanels {

    private StepPanels() {
    }

    static StepPanel create(Step step, LessonPresenter p) {
        return switch (step) {
            case INTUITION -> new IntuitionStep(p);
            case EMBEDDING -> new EmbeddingStep(p);
            case PROJECTION -> new ProjectionStep(p);
            case SCORES -> new ScoresStep(p);
            case SOFTMAX -> new SoftmaxStep(p);
            case WEIGHTED_SUM -> new WeightedSumStep(p);
            case FLOW -> new FlowStep(p);
            case MULTI_HEAD -> new MultiHeadStep(p);
        };
    }
}
