package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.vaadin.flow.router.Route;

import java.util.List;

/**
 * The lesson on one's own at {@code /lesson/{step}}: the lesson screen, the URL following the state
 * ({@link AbstractLessonView}), and whatever controls other features contribute to the header or the Share dialog
 * ({@link LessonHeaderAction}).
 */
@Route("lesson/:step")
public class LessonView extends AbstractLessonView {

    public LessonView(LessonPresenters presenters, PublicUrls urls, List<LessonHeaderAction> actions) {
        super(presenters, urls);
        actions.forEach(this::addAction);
    }

    /** The path of the solo lesson at a step. */
    public static String pathOf(Step step) {
        return "lesson/" + step.slug();
    }

    @Override
    protected String path(Step step) {
        return pathOf(step);
    }
}
