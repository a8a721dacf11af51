package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Narration;
import com.attentionlab.lesson.Step;

/** Step 7: the attention flow as lines between two rows of tokens. */
class FlowStep extends StepPanel {

    private final AttentionFlow flow = new AttentionFlow("attention-flow");

    FlowStep(LessonPresenter presenter) {
        super(presenter, Step.FLOW);
        text("Here is the whole computation as a picture. The top row asks, the bottom row answers; each green "
                        + "line carries information from a token below to a token above, as thick and as opaque as "
                        + "its weight.",
                "Hover over a token, or move to it with Tab, to see only its lines: a top token shows where it "
                        + "looks, a bottom token shows who looks at it. Then edit a weight in the panel and watch "
                        + "the lines move.");
        add(narration, flow);
        refresh();
    }

    @Override
    void refresh() {
        var s = presenter.state();
        flow.show("Attention flow", s.tokens(), presenter.trace().head().weights());
        narration.setText(Narration.flow(s, presenter.trace()));
    }
}
