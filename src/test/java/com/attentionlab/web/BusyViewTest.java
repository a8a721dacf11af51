package com.attentionlab.web;

import com.attentionlab.lesson.ui.LessonView;
import com.attentionlab.testsupport.AbstractUiTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A tab beyond the node's ceiling is sent to the busy page, whatever it asked for. */
class BusyViewTest extends AbstractUiTest {

    @Test
    void aTabPastTheNodesCeiling_getsTheBusyPage() {
        new UiLimits(10, 0).admit(UI.getCurrent()); // a node that holds no more tabs

        navigate("lesson/scores");

        assertThat(_get(BusyView.class).getElement().getTextRecursively()).contains("The lab is full right now");
        assertThat(_find(LessonView.class)).isEmpty();
    }
}
