package com.attentionlab.lesson.ui;

import com.attentionlab.chart.Heatmap;
import com.attentionlab.chart.HeatmapData;
import com.attentionlab.lesson.Cell;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.Step;
import com.attentionlab.testsupport.AbstractUiTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import org.junit.jupiter.api.Test;

import static com.attentionlab.testsupport.TestLessons.CAT;
import static com.attentionlab.testsupport.TestLessons.DEFAULT_TOKENS;
import static com.attentionlab.testsupport.TestLessons.IT;
import static com.attentionlab.testsupport.TestLessons.PRONOUN_DIMENSION;
import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The solo lesson, browserless: what each view sends to the browser after each action. */
class LessonViewTest extends AbstractUiTest {

    private static LessonView open(Step step) {
        navigate(LessonView.pathOf(step));
        return _get(LessonView.class);
    }

    private static MatrixGrid grid(String id) {
        return _get(MatrixGrid.class, spec -> spec.withId(id));
    }

    private static Heatmap heatmap(String id) {
        return _get(Heatmap.class, spec -> spec.withId(id));
    }

    private static void editCell(String gridId, int row, int col, String text) {
        MatrixGrid g = grid(gridId);
        ComponentUtil.fireEvent(g, new MatrixGrid.CellEditEvent(g, true, row, col, text));
    }

    @Test
    void everyStep_opens_andNextWalksThemInOrder() {
        LessonView view = open(Step.INTUITION);
        for (Step s : Step.values()) {
            assertThat(view.step()).isEqualTo(s);
            assertThat(view.getPageTitle()).startsWith(s.number() + ". ");
            assertThat(_get(Button.class, spec -> spec.withId("prev-step")).isEnabled()).isEqualTo(s != Step.INTUITION);
            if (s.next().isPresent()) {
                _click(_get(Button.class, spec -> spec.withId("next-step")));
                view = _get(LessonView.class);
            }
        }
        assertThat(view.step()).isEqualTo(Step.MULTI_HEAD);
        assertThat(_get(Button.class, spec -> spec.withId("next-step")).isEnabled()).isFalse();
    }

    @Test
    void stepLink_navigatesWithTheLessonInTheUrl_andItsHrefCarriesNoCode() {
        LessonView view = open(Step.INTUITION);
        view.presenter().editCell(Editable.WQ, 0, 0, "0.5");
        Anchor scores = _get(Anchor.class, spec -> spec.withId("step-link-scores"));

        _fireDomEvent(scores.getElement(), new DomEvent(scores.getElement(), "click", Json.createObject()));

        assertThat(_get(LessonView.class).step()).isEqualTo(Step.SCORES);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("lesson/scores");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("s")).contains(view.presenter().shareCode());
        assertThat(scores.getHref()).isEqualTo("lesson/scores"); // not the code nine times over
        assertThat(view.presenter().state().wq().get(0, 0)).isEqualTo(0.5);
    }

    @Test
    void unknownStep_forwardsToTheFirst() {
        navigate("lesson/nonsense");

        assertThat(_get(LessonView.class).step()).isEqualTo(Step.INTUITION);
    }

    @Test
    void editingAWqCell_changesWhatTheWeightsHeatmapSends() {
        LessonView view = open(Step.SOFTMAX);
        double itCatBefore = heatmap("heatmap-weights").getData().orElseThrow().value(IT, CAT);

        editCell("matrix-wq", PRONOUN_DIMENSION, 0, "0");

        assertThat(view.presenter().state().wq().get(PRONOUN_DIMENSION, 0)).isEqualTo(0.0);
        assertThat(grid("matrix-wq").matrix().get(PRONOUN_DIMENSION, 0)).isEqualTo(0.0);
        HeatmapData after = heatmap("heatmap-weights").getData().orElseThrow();
        assertThat(after.value(IT, CAT)).isLessThan(itCatBefore - 0.3);
        assertThat(after.value(IT, CAT)).isEqualTo(view.presenter().trace().head().weights().get(IT, CAT));
    }

    @Test
    void anEdit_isNamedInTheWhatChangedLine_andItsCellHighlighted() {
        open(Step.SOFTMAX);

        editCell("matrix-wq", PRONOUN_DIMENSION, 0, "1");

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("what-changed")).getText())
                .isEqualTo("W_Q[pronoun, q0]: 2.50 → 1.00");
        assertThat(grid("matrix-wq").getElement().getProperty("flash"))
                .isEqualTo("{\"seq\":1,\"cells\":[{\"row\":" + PRONOUN_DIMENSION + ",\"col\":0}]}");
    }

    @Test
    void invalidCell_isMarked_andNothingDownstreamChanges() {
        LessonView view = open(Step.SCORES);
        HeatmapData before = heatmap("heatmap-scaled").getData().orElseThrow();

        editCell("matrix-wk", 0, 0, "lots");

        assertThat(grid("matrix-wk").errors()).containsOnlyKeys(new Cell(0, 0));
        assertThat(grid("matrix-wk").errors().get(new Cell(0, 0))).contains("not a number");
        assertThat(view.presenter().state().wk().get(0, 0)).isEqualTo(1.5);
        assertThat(heatmap("heatmap-scaled").getData().orElseThrow().values()).isEqualTo(before.values());

        editCell("matrix-wk", 0, 0, "1.25");

        assertThat(grid("matrix-wk").errors()).isEmpty();
    }

    @Test
    void longSentence_isRejected_withAMessage_andTheLessonStays() {
        LessonView view = open(Step.EMBEDDING);
        TextField sentence = _get(TextField.class, spec -> spec.withId("sentence-input"));

        _setValue(sentence, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                + "fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour "
                + "twentyfive");

        assertThat(sentence.isInvalid()).isTrue();
        assertThat(sentence.getErrorMessage()).contains("at most 24");
        assertThat(view.presenter().state().tokens()).isEqualTo(DEFAULT_TOKENS);
        assertThat(grid("matrix-x").matrix().rows()).isEqualTo(DEFAULT_TOKENS.size());
    }

    @Test
    void newSentence_updatesX_andTheHeatmapLabels() {
        open(Step.SCORES);

        _setValue(_get(TextField.class, spec -> spec.withId("sentence-input")), "The dog slept because it was tired");

        assertThat(grid("matrix-x").matrix().rows()).isEqualTo(7);
        assertThat(heatmap("heatmap-scores").getData().orElseThrow().rowLabels()).contains("dog", "slept");
    }

    @Test
    void scaleSwitch_makesScaledEqualRaw() {
        open(Step.SCORES);

        _setValue(_get(Checkbox.class, spec -> spec.withId("scale-toggle")), false);

        assertThat(heatmap("heatmap-scaled").getData().orElseThrow().values())
                .isEqualTo(heatmap("heatmap-scores").getData().orElseThrow().values());
    }

    @Test
    void stateCarriesAcrossSteps() {
        LessonView view = open(Step.PROJECTION);
        view.presenter().editCell(Editable.WQ, 0, 0, "0.75");

        open(Step.MULTI_HEAD);

        assertThat(_get(LessonView.class).presenter().state().wq().get(0, 0)).isEqualTo(0.75);
        assertThat(grid("matrix-wq").matrix().get(0, 0)).isEqualTo(0.75);
        assertThat(heatmap("heatmap-weights-h0").getData()).isPresent();
        assertThat(heatmap("heatmap-weights-h1").getData()).isPresent();
    }

    @Test
    void resetButton_dropsEdits() {
        LessonView view = open(Step.PROJECTION);
        view.presenter().editCell(Editable.WQ, 0, 0, "0.75");

        _click(_get(Button.class, spec -> spec.withId("reset-button")));

        assertThat(view.presenter().state().wq().get(0, 0)).isEqualTo(0.0);
        assertThat(grid("matrix-q").matrix()).isEqualTo(view.presenter().trace().head().q());
    }

    @Test
    void editableGrids_getTheOneNumberGrammar() {
        open(Step.PROJECTION);

        assertThat(grid("matrix-wq").getElement().getProperty("numberPattern"))
                .isEqualTo(com.attentionlab.lesson.NumberGrammar.PATTERN_SOURCE);
        assertThat(grid("matrix-q").getElement().getProperty("numberPattern")).isNull();
    }

    @Test
    void unknownWords_areMarked_andTheLearnerCanSayWhatTheyAre() {
        LessonView view = open(Step.INTUITION);
        _setValue(_get(TextField.class, spec -> spec.withId("sentence-input")), "The zorblax slept because it was tired");

        com.vaadin.flow.component.html.Span chip = _find(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("token-chip")).get(1);
        assertThat(chip.getElement().getAttribute("data-unknown")).isEqualTo("true");
        assertThat(chip.getElement().getTextRecursively()).contains("not in the lesson's vocabulary");
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("token-chip")).get(0)
                .getElement().getAttribute("data-unknown")).isNull();
        open(Step.EMBEDDING);
        assertThat(grid("matrix-x").getElement().getProperty("data")).contains("\"unknownRows\":[1]");
        double[] before = view.presenter().state().x().row(1);

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<String> meaning =
                _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId("meaning-1"));
        _setValue(meaning, java.util.Set.of("living", "noun"));

        double[] after = view.presenter().state().x().row(1);
        assertThat(after).isNotEqualTo(before);
        assertThat(after).isEqualTo(com.attentionlab.lesson.Vocabulary.embed(java.util.List.of("The", "cat")).row(1));
        assertThat(grid("matrix-x").matrix().row(1)).isEqualTo(after);
    }
}
