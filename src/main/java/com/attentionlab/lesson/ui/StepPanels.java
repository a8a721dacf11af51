package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;

/** Which panel shows which step. */
final class StepPanels {

    private StepPanels() {
    }

    /** The step's panel; on a trained model's head, its own panels where X and W are too big for grids. */
    static StepPanel create(Step step, LessonPresenter p) {
        if (p.onModel()) {
            switch (step) {
                case EMBEDDING:
                    return new ModelEmbeddingStep(p);
                case PROJECTION:
                    return new ModelProjectionStep(p);
                case MULTI_HEAD:
                    return new ModelMultiHeadStep(p);
                default:
                    break; // the same panels, with the model's words (see StepPanel#model)
            }
        }
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
