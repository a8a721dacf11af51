package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Step;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.select.Select;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where you are: the eight steps as links, the current one marked with aria-current="step", and the same steps as a
 * compact menu ({@code #step-menu}), which the theme shows instead of the links where they would not fit in one
 * row (phones, tablets, presenting on a projector). A click goes to the screen's owner, which builds the URL (with
 * the share code) in one place; the plain href (no query) is only there for what links are for besides clicking
 * (open in a new tab, copy).
 */
class StepIndicator extends Nav {

    private final Map<Step, Anchor> links = new EnumMap<>(Step.class);
    private final Select<Step> menu = new Select<>();
    private final Function<Step, String> path;

    StepIndicator(Consumer<Step> navigate, Function<Step, String> path) {
        this.path = path;
        addClassName("step-indicator");
        getElement().setAttribute("aria-label", "Lesson steps");
        OrderedList list = new OrderedList();
        list.addClassName("step-links");
        for (Step s : Step.values()) {
            Anchor link = new Anchor("", s.number() + " " + s.title());
            link.setId("step-link-" + s.slug());
            link.getElement().setAttribute("router-ignore", true); // the click listener navigates, not the router
            link.getElement().addEventListener("click", e -> navigate.accept(s)).preventDefault();
            links.put(s, link);
            list.add(new ListItem(link));
        }
        menu.setId("step-menu");
        menu.addClassName("step-menu");
        menu.setAriaLabel("Lesson step");
        menu.setItems(Step.values());
        menu.setItemLabelGenerator(s -> s.number() + ". " + s.title());
        menu.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != e.getOldValue()) {
                navigate.accept(e.getValue());
            }
        });
        add(list, menu);
    }

    /** Marks the current step; the hrefs follow the owner's path (known once it has read its route). */
    void setCurrent(Step current) {
        menu.setValue(current);
        links.forEach((s, link) -> {
            link.setHref(path.apply(s));
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
