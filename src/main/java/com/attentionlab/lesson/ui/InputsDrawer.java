package com.attentionlab.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * On narrow screens (below 1000 px, see the theme) the inputs panel is a drawer over the lesson, and the step takes
 * the full width. "Edit inputs" opens it and moves the focus into it; its Close button, Esc or a click beside it
 * close it and give the focus back to "Edit inputs". Open or not, the state is here; the theme decides by the
 * screen's width whether the panel is a drawer at all (on wide screens it is always shown and the button hidden).
 */
class InputsDrawer {

    static final String OPEN = "inputs-open";

    private final Component screen;
    private final InputsPanel panel;
    private final Button toggle = new Button("Edit inputs", VaadinIcon.SLIDERS.create());
    private final Div backdrop = new Div();
    private boolean open;

    /** @param screen the element that gets the class {@code inputs-open} while the drawer is open */
    InputsDrawer(Component screen, InputsPanel panel) {
        this.screen = screen;
        this.panel = panel;
        toggle.setId("edit-inputs");
        toggle.addClassName("edit-inputs");
        toggle.getElement().setAttribute("aria-controls", InputsPanel.ID);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> setOpen(!open));
        backdrop.addClassName("inputs-backdrop");
        backdrop.addClickListener(e -> setOpen(false));
        panel.closeButton().addClickListener(e -> setOpen(false));
        // Esc inside the panel: a matrix cell takes its own Esc first (undo, then leave the matrix); this is the next
        Shortcuts.addShortcutListener(panel, () -> {
            if (open) {
                setOpen(false);
            }
        }, Key.ESCAPE).listenOn(panel).allowBrowserDefault();
    }

    /** "Edit inputs", for the header. */
    Button toggle() {
        return toggle;
    }

    /** The shade beside the open drawer (a click on it closes the drawer). */
    Div backdrop() {
        return backdrop;
    }

    boolean isOpen() {
        return open;
    }

    void setOpen(boolean on) {
        if (on == open) {
            return;
        }
        open = on;
        screen.getElement().getClassList().set(OPEN, on);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(on));
        if (on) {
            panel.closeButton().focus();
        } else {
            toggle.focus();
        }
    }

    /** Whether the learner has inputs at all (a following student has none). */
    void setAvailable(boolean available) {
        if (!available) {
            setOpen(false);
        }
        toggle.setVisible(available);
    }
}
