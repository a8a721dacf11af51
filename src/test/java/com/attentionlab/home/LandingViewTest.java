package com.attentionlab.home;

import com.attentionlab.classroom.ui.TeacherView;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonView;
import com.attentionlab.testsupport.AbstractUiTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The start page, browserless. */
class LandingViewTest extends AbstractUiTest {

    @Test
    void listsEveryStepOfTheLesson() {
        navigate("");

        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .containsExactly(java.util.Arrays.stream(Step.values()).map(s -> s.title() + ": " + s.summary())
                        .toArray(String[]::new));
    }

    @Test
    void startTheLesson_opensTheFirstStep() {
        navigate("");

        _click(_get(Button.class, spec -> spec.withId("start-lesson")));

        assertThat(_get(LessonView.class).step()).isEqualTo(Step.INTUITION);
    }

    @Test
    void startAClassroom_opensTheTeachersScreenOnTheFirstStep() {
        navigate("");

        _click(_get(Button.class, spec -> spec.withId("start-classroom")));

        TeacherView teacher = _get(TeacherView.class);
        assertThat(teacher.step()).isEqualTo(Step.INTUITION);
        assertThat(teacher.room().ended()).isFalse();
    }

    @Test
    void joinField_refusesAWrongCode() {
        navigate("");
        TextField code = _get(TextField.class, spec -> spec.withId("join-code-input"));
        code.setValue("abc");

        _click(_get(Button.class, spec -> spec.withId("join-button")));

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("6 letters and digits");
        assertThat(ComponentUtil.getData(UI.getCurrent(), LessonPresenter.class)).isNull();
    }
}
