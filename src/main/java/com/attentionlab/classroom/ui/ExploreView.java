package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.AbstractLessonView;
import com.attentionlab.lesson.ui.PublicUrls;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

/**
 * A student exploring on their own at {@code /join/{code}/explore/{step}?s=…}: a private copy of the lesson (the
 * class goes on without them), with a way back to following the teacher.
 */
@Route("join/:code/explore/:step")
public class ExploreView extends AbstractLessonView {

    private final ClassroomBar bar = new ClassroomBar();
    private String code = "";

    public ExploreView(LessonPresenters presenters, PublicUrls urls) {
        super(presenters, urls);
        screen.setBanner(bar);
    }

    static String pathOf(String code, Step step) {
        return "join/" + code + "/explore/" + step.slug();
    }

    @Override
    protected String path(Step step) {
        return pathOf(code, step);
    }

    @Override
    protected boolean enter(BeforeEnterEvent event, QueryParameters query) {
        code = Classrooms.normalize(event.getRouteParameters().get("code").orElse(""));
        bar.showExploring(code);
        return true;
    }
}
