package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.Component;

import java.util.function.Supplier;

/**
 * A control that another feature adds to the solo lesson's header, e.g. the classroom's "Start a classroom".
 * {@link LessonView} shows one for every Spring bean of this type, so the lesson needs to know nothing of the
 * features that extend it.
 */
@FunctionalInterface
public interface LessonHeaderAction {

    /**
     * @param presenter the lesson of this tab
     * @param step      the step on screen when the control is used
     */
    Component create(LessonPresenter presenter, Supplier<Step> step);
}
