package com.attentionlab.challenge.ui;

import com.attentionlab.challenge.CellEdit;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.MatrixGrid;
import com.attentionlab.testsupport.AbstractUiTest;
import com.attentionlab.testsupport.PageDump;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mystery W_K", browserless: W_K is really hidden (its numbers reach the page nowhere, on any step, presenting or
 * not), while K and everything after it stays, W_Q stays editable and the challenge can be solved.
 */
class HiddenMatrixChallengeViewTest extends AbstractUiTest {

    /** A W_K number no other number of the lesson has: if it reached the page, the dump would contain it. */
    private static final String MARKER = "7.654321";
    private static final String MARKER_SHOWN = "7.65"; // as a grid or a sentence would print it
    /** The marker as a number of its own, in full or rounded (not inside another, e.g. a score of 17.653…). */
    private static final java.util.regex.Pattern MARKER_ON_PAGE = java.util.regex.Pattern.compile(
            "(?<![0-9.])7\\.65(4321)?(?![0-9])");
    private static final int PRONOUN = 2;

    private static ChallengeView open(Step step) {
        navigate(ChallengeView.pathOf("mystery-wk") + "/" + step.slug());
        return _get(ChallengeView.class);
    }

    private static boolean present(String id) {
        return !_find(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).isEmpty();
    }

    private static List<String> hiddenCellTexts(String id) {
        List<String> texts = new ArrayList<>();
        collectCells(_get(Div.class, spec -> spec.withId(id)).getElement(), texts);
        return texts;
    }

    private static void collectCells(Element e, List<String> out) {
        if (e.isTextNode()) {
            return;
        }
        if ("td".equals(e.getTag()) && e.hasAttribute("data-row")) {
            out.add(e.getTextRecursively());
        }
        e.getChildren().forEach(c -> collectCells(c, out));
    }

    /** Puts the marker into W_K (column k0, all zeros at the start) behind the screen's back, as a teacher could. */
    private static void markWk(LessonPresenter p) {
        p.editCell(Editable.WK, PRONOUN, 0, MARKER);
        assertThat(Editable.WK.of(p.state()).get(PRONOUN, 0)).isEqualTo(Double.parseDouble(MARKER));
        Matrix k = p.trace().head().k(); // K is shown: it must not print the marker by chance
        for (int i = 0; i < k.rows(); i++) {
            for (int j = 0; j < k.cols(); j++) {
                assertThat(String.format(java.util.Locale.ROOT, "%.2f", k.get(i, j))).isNotEqualTo(MARKER_SHOWN);
            }
        }
    }

    private static void assertNoWkNumberOnThePage(Step step) {
        String page = PageDump.ofCurrentUi();
        assertThat(page).as("step %s", step).contains("step-" + step.slug())
                .doesNotContainPattern(MARKER_ON_PAGE)
                .doesNotContain("\"name\":\"wk\"") // no grid of W_K, not even an empty one
                .doesNotContain("W_K[");            // nor a cell of it named in a sentence
        assertThat(_find(MatrixGrid.class)).as("step %s", step).noneMatch(g -> g.getId().orElse("").endsWith("-wk"));
    }

    @Test
    void mysteryWk_showsWkAsItsShapeWithQuestionMarks_inTheInputsAndInStep3() {
        ChallengeView view = open(Step.PROJECTION);
        Matrix wk = Editable.WK.of(view.presenter().state());

        for (String id : List.of("matrix-wk-hidden", "matrix-step-wk-hidden")) {
            Div hidden = _get(Div.class, spec -> spec.withId(id));
            assertThat(hidden.getElement().getTextRecursively()).contains("W_K (" + wk.rows() + "×" + wk.cols()
                    + ") is hidden in this challenge").contains("living").contains("k3");
            assertThat(hiddenCellTexts(id)).hasSize(wk.rows() * wk.cols()).containsOnly("?");
        }
        assertThat(present("matrix-wk")).isFalse();
        assertThat(present("matrix-step-wk")).isFalse();
        // the rest stays: the other inputs and K, computed from the hidden W_K
        assertThat(_get(MatrixGrid.class, spec -> spec.withId("matrix-wq")).matrix())
                .isEqualTo(view.presenter().state().wq());
        assertThat(_get(MatrixGrid.class, spec -> spec.withId("matrix-step-wv")).matrix())
                .isEqualTo(view.presenter().state().wv());
        assertThat(_get(MatrixGrid.class, spec -> spec.withId("matrix-k")).matrix())
                .isEqualTo(view.presenter().trace().head().k());
        assertThat(present("matrix-wq-hidden")).isFalse();
    }

    @Test
    void mysteryWk_noNumberOfWk_reachesThePage_onAnyStep_presentingOrNot() {
        ChallengeView view = open(Step.INTUITION);
        markWk(view.presenter());

        assertNoWkNumberOnThePage(view.step());
        while (view.step().next().isPresent()) { // forwards through every step
            _click(_get(Button.class, spec -> spec.withId("next-step")));
            assertNoWkNumberOnThePage(view.step());
        }
        _click(_get(Button.class, spec -> spec.withId("present-toggle")));
        assertThat(view.presenting()).isTrue();
        assertNoWkNumberOnThePage(view.step());
        while (view.step().previous().isPresent()) { // and back, presenting
            _click(_get(Button.class, spec -> spec.withId("prev-step")));
            assertNoWkNumberOnThePage(view.step());
        }

        assertThat(view.step()).isEqualTo(Step.INTUITION);
        assertThat(view.presenter().state().wk().get(PRONOUN, 0)).isEqualTo(Double.parseDouble(MARKER));
    }

    @Test
    void mysteryWk_wqStaysEditable_andTheSolutionSolvesIt() {
        ChallengeView view = open(Step.PROJECTION);
        CellEdit solution = view.challenge().solution().get(0);
        assertThat(solution.matrix()).isEqualTo(Editable.WQ);
        MatrixGrid wq = _get(MatrixGrid.class, spec -> spec.withId("matrix-wq"));
        assertThat(wq.getElement().getProperty("data")).contains("\"editable\":true");

        ComponentUtil.fireEvent(wq, new MatrixGrid.CellEditEvent(wq, true, solution.row(), solution.col(),
                Double.toString(solution.value())));

        assertThat(view.presenter().state().wq().get(solution.row(), solution.col())).isEqualTo(solution.value());
        assertThat(_get(Div.class, spec -> spec.withId("challenge-status")).getElement().getAttribute("data-state"))
                .isEqualTo("solved");
        assertThat(present("matrix-wk")).isFalse(); // still hidden after the edit and the refresh
        assertThat(hiddenCellTexts("matrix-step-wk-hidden")).containsOnly("?");
    }

    @Test
    void mysteryWk_theRulesSayWkIsHidden() {
        open(Step.PROJECTION);

        assertThat(_get(Paragraph.class, spec -> spec.withId("challenge-rules")).getText())
                .contains("W_K hidden: every number of W_K shows as “?”").doesNotContain("try not to look");
    }

    @Test
    void goingOnToAChallengeHidingNothing_showsWkAgain() {
        open(Step.PROJECTION);
        assertThat(present("matrix-step-wk-hidden")).isTrue();

        navigate(ChallengeView.pathOf("it-to-mat") + "/projection");
        ChallengeView view = _get(ChallengeView.class);

        assertThat(view.challenge().constraints().hidden()).isEqualTo(Set.of());
        assertThat(_get(MatrixGrid.class, spec -> spec.withId("matrix-step-wk")).matrix())
                .isEqualTo(view.presenter().state().wk());
        assertThat(present("matrix-wk-hidden")).isFalse();
        assertThat(present("matrix-step-wk-hidden")).isFalse();
    }
}
