package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Step;

/** Step 7: the attention flow as lines between two rows of tokens. */
class FlowStep extends StepPanel {

    private final AttentionFlow flow = new AttentionFlow("attention-flow");

    FlowStep(LessonPresenter presenter) {
        super(presenter, Step.FLOW);
        flow.setMarkUnknown(!model);
        text("Here is the whole computation as a picture. Every token appears twice: as a query that asks (the "
                        + "top row, or the left column on a narrow screen) and as a key that answers (the bottom row, "
                        + "or the right column). Each green line carries information from a key to a query, as thick "
                        + "and as opaque as its weight.",
                "Hover over a token, or move to it with Tab, to see only its lines: a query shows where it looks, a "
                        + "key shows who looks at it. Then change a weight and watch the lines move.");
        add(narration, mainFigure(flow));
        refresh();
    }

    @Override
    void refresh() {
        var s = presenter.state();
        flow.show("Attention flow", s.tokens(), presenter.trace().head().weights());
        narration.setText(Narration.flow(s, presenter.trace()));
    }
}
