package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.testsupport.AbstractUiTest;
import com.attentionlab.testsupport.TestLessons;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import static com.attentionlab.testsupport.TestLessons.DEFAULT_TOKENS;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Share links and presenter mode, browserless. */
class ShareViewTest extends AbstractUiTest {

    private static String codeOfAnEditedLesson() {
        LessonPresenter p = TestLessons.presenter();
        p.editCell(Editable.WQ, 2, 0, "0.125");
        p.setCausal(true);
        p.setSentence("The dog slept because it was tired");
        return p.shareCode();
    }

    @Test
    void shareLink_reproducesTheExactLesson() {
        String code = codeOfAnEditedLesson();

        UI.getCurrent().navigate("lesson/softmax", QueryParameters.of("s", code));

        LessonView view = _get(LessonView.class);
        assertThat(view.step()).isEqualTo(Step.SOFTMAX);
        assertThat(view.presenter().state().tokens()).hasSize(7);
        assertThat(view.presenter().state().wq().get(2, 0)).isEqualTo(0.125);
        assertThat(view.presenter().state().causal()).isTrue();
        assertThat(view.presenter().shareCode()).isEqualTo(code);
        MatrixGrid wq = _get(MatrixGrid.class, spec -> spec.withId("matrix-wq"));
        assertThat(wq.matrix().get(2, 0)).isEqualTo(0.125); // the inputs panel shows the link's state too
    }

    @Test
    void badLink_opensTheDefaultLesson_withANotificationSayingWhy() {
        String code = codeOfAnEditedLesson();

        UI.getCurrent().navigate("lesson/scores", QueryParameters.of("s", code.substring(0, code.length() / 2)));

        LessonView view = _get(LessonView.class);
        assertThat(view.step()).isEqualTo(Step.SCORES);
        assertThat(view.presenter().state().tokens()).isEqualTo(DEFAULT_TOKENS);
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).contains("could not be read"));
    }

    @Test
    void presentParameter_turnsOnPresenterMode_andTogglingKeepsTheStepsCharts() {
        UI.getCurrent().navigate("lesson/scores", QueryParameters.of("present", "1"));
        LessonView view = _get(LessonView.class);
        assertThat(view.presenting()).isTrue();
        assertThat(_get(LessonScreen.class).hasClassName("presenting")).isTrue();
        StepPanel panel = _get(StepPanel.class);

        _click(_get(Button.class, spec -> spec.withId("present-toggle")));

        assertThat(_get(LessonScreen.class).hasClassName("presenting")).isFalse();
        assertThat(_get(StepPanel.class)).isSameAs(panel); // charts resize in CSS: nothing is rebuilt
    }

    @Test
    void authoredLink_opensThatLesson_andTheAddressBarThenCarriesItsCode() {
        UI.getCurrent().navigate("lesson/softmax", QueryParameters.simple(java.util.Map.of(
                "sentence", "The dog slept because it was tired", "preset", "random", "seed", "42")));

        LessonView view = _get(LessonView.class);
        assertThat(view.presenter().state().tokens()).containsExactly("The", "dog", "slept", "because", "it", "was",
                "tired");
        assertThat(view.presenter().preset()).isEqualTo(com.attentionlab.lesson.Preset.RANDOM);
        assertThat(view.presenter().seed()).isEqualTo(42);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("lesson/softmax");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void authoredLinkWithAnUnknownPreset_opensTheDefaultLesson_andSaysWhichPresetsExist() {
        UI.getCurrent().navigate("lesson/scores", QueryParameters.simple(java.util.Map.of(
                "sentence", "A bird sang", "preset", "previous-tokens")));

        assertThat(_get(LessonView.class).presenter().state().tokens()).isEqualTo(DEFAULT_TOKENS);
        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n ->
                assertThat(n.getElement().getProperty("text")).contains("no preset \"previous-tokens\"")
                        .contains("previous-token"));
    }
}
