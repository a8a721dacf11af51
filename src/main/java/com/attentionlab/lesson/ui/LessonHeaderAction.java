package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.Component;

import java.util.function.Supplier;

/**
 * A control that another feature adds to the solo lesson, e.g. the classroom's "Start a classroom" in the header or
 * the challenge's "Make a challenge" in the Share dialog. {@link LessonView} shows one for every Spring bean of this
 * type, where its {@link #placement()} says, so the lesson needs to know nothing of the features that extend it.
 */
@FunctionalInterface
public interface LessonHeaderAction {

    /** Where the control goes. */
    enum Placement {
        /** The lesson's header row, beside Share and Present: for what a teacher does often. */
        HEADER,
        /** The Share dialog, below the link: another way to hand the lesson on, kept out of the header row. */
        SHARE_DIALOG
    }

    /**
     * Creates the control; for {@link Placement#SHARE_DIALOG} once each time the dialog opens.
     *
     * @param presenter the lesson of this tab
     * @param step      the step on screen when the control is used
     */
    Component create(LessonPresenter presenter, Supplier<Step> step);

    /** Where the control goes; the header unless the feature says otherwise. */
    default Placement placement() {
        return Placement.HEADER;
    }
}
