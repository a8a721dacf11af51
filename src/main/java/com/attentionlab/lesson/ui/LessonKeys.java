package com.attentionlab.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * Page keys: ← and → click the Previous/Next step buttons (ignored while typing in a field); with
 * {@link #setFullscreenKey(boolean)} on, F toggles full screen.
 */
@Tag("lesson-keys")
@JsModule("./components/lesson-keys.js")
public class LessonKeys extends Component {

    public void setFullscreenKey(boolean on) {
        getElement().setAttribute("fullscreen-key", on);
    }
}
