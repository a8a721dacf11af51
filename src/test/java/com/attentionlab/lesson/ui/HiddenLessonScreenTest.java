package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.testsupport.AbstractUiTest;
import com.attentionlab.testsupport.PageDump;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LessonScreen#setHidden}, browserless, on the plain lesson: nothing hidden by default, a hidden matrix's grids
 * replaced by its shape with "?" (and back when unhidden), over step changes, presenting, the "what changed" line and
 * the trained model (where it hides nothing).
 */
class HiddenLessonScreenTest extends AbstractUiTest {

    private static final String MARKER = "7.654321";
    private static final Pattern MARKER_ON_PAGE = Pattern.compile("(?<![0-9.])7\\.65(4321)?(?![0-9])");
    private static final int PRONOUN = 2;

    private static LessonView open(Step step) {
        navigate(LessonView.pathOf(step));
        return _get(LessonView.class);
    }

    private static boolean present(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    private static MatrixGrid grid(String id) {
        return _get(MatrixGrid.class, spec -> spec.withId(id));
    }

    @Test
    void aNormalLesson_hidesNothing_andItsWkNumbersAreOnThePage() {
        LessonView view = open(Step.PROJECTION);
        view.presenter().editCell(Editable.WK, PRONOUN, 0, MARKER);

        assertThat(view.screen.hidden()).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses(HiddenMatrix.CLASS))).isEmpty();
        assertThat(grid("matrix-wk").matrix()).isEqualTo(view.presenter().state().wk());
        assertThat(grid("matrix-step-wk").matrix()).isEqualTo(view.presenter().state().wk());
        assertThat(PageDump.ofCurrentUi()).containsPattern(MARKER_ON_PAGE); // the check the challenge test relies on
    }

    @Test
    void hidingX_replacesItsGridsWithQuestionMarks_untilShownAgain() {
        LessonView view = open(Step.EMBEDDING);
        LessonPresenter p = view.presenter();

        view.screen.setHidden(Set.of(Editable.X));

        assertThat(present("matrix-x")).isFalse();
        assertThat(present("matrix-step-x")).isFalse();
        String hidden = _get(Div.class, spec -> spec.withId("matrix-step-x-hidden")).getElement().getTextRecursively();
        assertThat(hidden).contains("X (" + p.state().tokens().size() + "×" + p.state().dModel()
                + ") is hidden in this challenge").contains(p.state().tokens().get(1)).contains("?");
        assertThat(PageDump.ofCurrentUi()).doesNotContain("\"name\":\"x\"");
        assertThat(grid("matrix-wq").matrix()).isEqualTo(p.state().wq()); // the others stay

        view.screen.setHidden(Set.of());

        assertThat(present("matrix-x-hidden")).isFalse();
        assertThat(present("matrix-step-x-hidden")).isFalse();
        assertThat(grid("matrix-x").matrix()).isEqualTo(p.state().x());
        assertThat(grid("matrix-step-x").matrix()).isEqualTo(p.state().x());
    }

    @Test
    void hiding_lastsOverStepChangesAndPresenting_andAHiddenCopyCannotBeClickedToEdit() {
        LessonView view = open(Step.EMBEDDING);
        view.screen.setHidden(Set.of(Editable.WK));

        _click(_get(Button.class, spec -> spec.withId("next-step")));
        _click(_get(Button.class, spec -> spec.withId("present-toggle")));

        assertThat(view.step()).isEqualTo(Step.PROJECTION);
        assertThat(view.presenting()).isTrue();
        assertThat(present("matrix-step-wk")).isFalse();
        assertThat(present("matrix-step-wk-hidden")).isTrue();
        assertThat(grid("matrix-step-wq").isActivatable()).isTrue(); // W_Q's numbers can still be clicked
        assertThat(_find(MatrixGrid.class)).filteredOn(MatrixGrid::isActivatable)
                .extracting(g -> g.getId().orElse("")).doesNotContain("matrix-step-wk");
    }

    @Test
    void aChangeOfAHiddenMatrix_isNamedWithoutItsNumbers() {
        LessonView view = open(Step.SCORES);
        view.screen.setHidden(Set.of(Editable.WK));

        view.presenter().editCell(Editable.WK, PRONOUN, 0, MARKER);

        String said = _get(Div.class, spec -> spec.withId("what-changed")).getText();
        assertThat(said).isEqualTo("W_K changed (its numbers are hidden here)");

        view.presenter().editCell(Editable.WQ, 0, 0, "0.5"); // a visible matrix's change is said as always
        assertThat(_get(Div.class, spec -> spec.withId("what-changed")).getText()).startsWith("W_Q[");
    }

    @Test
    void onTheTrainedModel_hidingChangesNothing_andHoldsAgainBackOnTheHandMadeLesson() {
        LessonView view = open(Step.PROJECTION);
        LessonPresenter p = view.presenter();
        view.screen.setHidden(Set.of(Editable.WK));

        _click(_get(Button.class, spec -> spec.withId("source-model")));
        awaitUi(p::onModel);

        assertThat(present("weightmap-wk")).isTrue(); // the model's W_K slice, as a chart: not hidden there
        assertThat(view.screen.hidden()).containsExactly(Editable.WK);

        _click(_get(Button.class, spec -> spec.withId("leave-model")));
        awaitUi(() -> !p.onModel());

        assertThat(present("matrix-step-wk")).isFalse();
        assertThat(present("matrix-step-wk-hidden")).isTrue();
        assertThat(present("matrix-wk-hidden")).isTrue();
    }
}
