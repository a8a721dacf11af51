package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.EnumMap;
import java.util.Map;

/** Where you are: the eight steps as links, the current one marked with aria-current="step". */
class StepIndicator extends Nav {

    private final Map<Step, RouterLink> links = new EnumMap<>(Step.class);

    StepIndicator() {
        addClassName("step-indicator");
        getElement().setAttribute("aria-label", "Lesson steps");
        OrderedList list = new OrderedList();
        for (Step s : Step.values()) {
            RouterLink link = new RouterLink(s.number() + " " + s.title(), LessonView.class,
                    new RouteParameters("step", s.slug()));
            link.setId("step-link-" + s.slug());
            links.put(s, link);
            list.add(new ListItem(link));
        }
        add(list);
    }

    void setQuery(QueryParameters q) {
        links.values().forEach(link -> link.setQueryParameters(q));
    }

    void setCurrent(Step current) {
        links.forEach((s, link) -> {
            if (s == current) {
                link.getElement().setAttribute("aria-current", "step");
                link.addClassName("current");
            } else {
                link.getElement().removeAttribute("aria-current");
                link.removeClassName("current");
            }
        });
    }
}
