package com.attentionlab.lesson.ui;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.classroom.ui.JoinView;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.testsupport.AbstractUiTest;
import com.attentionlab.testsupport.TestLessons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lesson on every screen, browserless: the inputs drawer, the step menu, the steps' own copies of X and W, the
 * main figures, and presenting (folded explanations, the compact editor). Layout itself is the browser's: ScreensIT.
 */
class EveryScreenViewTest extends AbstractUiTest {

    @Autowired
    Classrooms classrooms;

    private static LessonView open(Step step) {
        navigate(LessonView.pathOf(step));
        return _get(LessonView.class);
    }

    private static MatrixGrid grid(String id) {
        return _get(MatrixGrid.class, spec -> spec.withId(id));
    }

    private static LessonView openPresenting(Step step) {
        UI.getCurrent().navigate(LessonView.pathOf(step), QueryParameters.simple(Map.of("present", "1")));
        return _get(LessonView.class);
    }

    private static void activate(String gridId, int row, int col) {
        MatrixGrid g = grid(gridId);
        ComponentUtil.fireEvent(g, new MatrixGrid.CellActivateEvent(g, true, row, col));
    }

    private static String whatChanged() {
        return _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("what-changed")).getText();
    }

    @Test
    void editInputs_opensTheInputsDrawer_andCloseOrASecondClickClosesIt() {
        open(Step.PROJECTION);
        Button edit = _get(Button.class, spec -> spec.withId("edit-inputs"));
        LessonScreen screen = _get(LessonScreen.class);
        assertThat(edit.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(edit.getElement().getAttribute("aria-controls")).isEqualTo("inputs-panel");

        _click(edit);

        assertThat(screen.inputsOpen()).isTrue();
        assertThat(screen.getClassNames()).contains("inputs-open");
        assertThat(edit.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        _click(_get(Button.class, spec -> spec.withId("close-inputs")));

        assertThat(screen.inputsOpen()).isFalse();
        assertThat(screen.getClassNames()).doesNotContain("inputs-open");
        assertThat(edit.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        _click(edit);
        _click(edit);
        assertThat(screen.inputsOpen()).isFalse();
    }

    @Test
    void theEmbeddingAndQkvSteps_showTheirOwnCopiesOfXAndW_underIdsOfTheirOwn() {
        LessonView view = open(Step.EMBEDDING);
        assertThat(grid("matrix-step-x").matrix()).isEqualTo(view.presenter().state().x());
        assertThat(grid("matrix-step-x").getElement().getProperty("data")).contains("\"name\":\"x\"")
                .contains("\"unknownRows\":[]"); // token rows, like the panel's X
        assertThat(grid("matrix-x").matrix()).isEqualTo(view.presenter().state().x());

        open(Step.PROJECTION);

        for (Editable e : List.of(Editable.WQ, Editable.WK, Editable.WV)) {
            MatrixGrid copy = grid("matrix-step-" + e.id());
            assertThat(copy.matrix()).isEqualTo(e.of(view.presenter().state()));
            assertThat(copy.getElement().getProperty("data")).contains("\"name\":\"" + e.id() + "\"");
            assertThat(copy.getElement().getProperty("numberPattern")).isNull(); // read-only
        }
        List<String> ids = _find(MatrixGrid.class).stream().map(g -> g.getId().orElseThrow()).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void everyStep_marksExactlyOneMainFigure_andNoStepTextPointsAtThePanel() {
        for (Step s : Step.values()) {
            open(s);
            assertThat(_find(Component.class, spec -> spec.withClasses(StepPanel.MAIN_FIGURE))).as(s.slug())
                    .hasSize(1);
            assertThat(_get(StepPanel.class).getElement().getTextRecursively()).as(s.slug())
                    .doesNotContainIgnoringCase("panel");
        }
    }

    @Test
    void presenting_aClickOnANumberOfTheStepsWk_opensTheCompactEditor_whichEditsTheLesson() {
        LessonView view = openPresenting(Step.PROJECTION);
        assertThat(grid("matrix-step-wk").isActivatable()).isTrue();

        activate("matrix-step-wk", 0, 0);
        TextField value = _get(TextField.class, spec -> spec.withId("cell-editor-value"));
        assertThat(value.getLabel()).isEqualTo("W_K[living, k0]");
        assertThat(value.getValue()).isEqualTo("1.5");
        _setValue(value, "0.25");
        _click(_get(Button.class, spec -> spec.withId("cell-editor-apply")));

        assertThat(view.presenter().state().wk().get(0, 0)).isEqualTo(0.25);
        assertThat(_find(CellEditor.class)).isEmpty();
        assertThat(whatChanged()).isEqualTo("W_K[living, k0]: 1.50 → 0.25");
        assertThat(grid("matrix-step-wk").getElement().getProperty("flash")).contains("{\"row\":0,\"col\":0}");
        assertThat(grid("matrix-step-wk").matrix().get(0, 0)).isEqualTo(0.25);
    }

    @Test
    void compactEditor_keepsARefusedTextOpen_withThePresentersMessage() {
        LessonView view = openPresenting(Step.EMBEDDING);

        activate("matrix-step-x", 1, 0);
        TextField value = _get(TextField.class, spec -> spec.withId("cell-editor-value"));
        _setValue(value, "5000");
        _click(_get(Button.class, spec -> spec.withId("cell-editor-apply")));

        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).contains("outside ±1000");
        assertThat(_find(CellEditor.class)).hasSize(1);
        assertThat(view.presenter().state().x().get(1, 0)).isNotEqualTo(5000);
        _click(_get(Button.class, spec -> spec.withId("cell-editor-cancel")));
        assertThat(_find(CellEditor.class)).isEmpty();
    }

    @Test
    void notPresenting_theStepsCopiesOpenNoEditor_andTheExplanationsAreOpen() {
        open(Step.PROJECTION);
        assertThat(grid("matrix-step-wq").isActivatable()).isFalse();

        activate("matrix-step-wq", 0, 0);

        assertThat(_find(CellEditor.class)).isEmpty();
        assertThat(_find(NativeDetails.class, spec -> spec.withClasses("explanation")))
                .isNotEmpty().allSatisfy(d -> assertThat(d.isOpen()).isTrue());
    }

    @Test
    void presenting_foldsTheExplanations_andPresentUnfoldsThemAgain() {
        openPresenting(Step.SCORES);
        assertThat(_find(NativeDetails.class, spec -> spec.withClasses("explanation")))
                .isNotEmpty().allSatisfy(d -> assertThat(d.isOpen()).isFalse());

        _click(_get(Button.class, spec -> spec.withId("present-toggle")));

        assertThat(_find(NativeDetails.class, spec -> spec.withClasses("explanation")))
                .allSatisfy(d -> assertThat(d.isOpen()).isTrue());
        assertThat(grid("matrix-q").isActivatable()).isFalse();
    }

    @Test
    void stepMenu_goesToTheChosenStep() {
        open(Step.INTUITION);
        @SuppressWarnings("unchecked")
        Select<Step> menu = _get(Select.class, spec -> spec.withId("step-menu"));
        assertThat(menu.getValue()).isEqualTo(Step.INTUITION);

        _setValue(menu, Step.SOFTMAX);

        assertThat(_get(LessonView.class).step()).isEqualTo(Step.SOFTMAX);
        assertThat(_get(Select.class, spec -> spec.withId("step-menu")).getValue()).isEqualTo(Step.SOFTMAX);
    }

    @Test
    void aFollowingStudent_seesTheTeachersEdit_highlightedOnTheStepsOwnCopy() {
        LessonPresenter teacher = TestLessons.presenter();
        Room room = classrooms.create(teacher.toShared(), Step.PROJECTION.slug());
        navigate("join/" + room.code());
        JoinView join = _get(JoinView.class);
        assertThat(_find(InputsPanel.class)).isEmpty(); // a follower has no inputs (shown): the step's copy is all

        teacher.editCell(Editable.WK, 0, 0, "0.25");
        classrooms.publish(room, room.controlKey(), teacher.toShared(), Step.PROJECTION.slug());
        awaitUi(() -> join.presenter().state().wk().get(0, 0) == 0.25);

        assertThat(grid("matrix-step-wk").getElement().getProperty("flash")).contains("{\"row\":0,\"col\":0}");
        assertThat(grid("matrix-step-wk").isActivatable()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("edit-inputs"))).isEmpty();
    }
}
