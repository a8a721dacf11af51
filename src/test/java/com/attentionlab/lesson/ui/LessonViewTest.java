package com.attentionlab.lesson.ui;

import com.attentionlab.chart.Heatmap;
import com.attentionlab.chart.HeatmapData;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.Step;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Browserless view tests (Karibu-Testing: no JavaScript runs, so these check the server side of the views). */
class LessonViewTest {

    private static Routes routes;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("com.attentionlab");
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(routes);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static LessonView open(Step step) {
        UI.getCurrent().navigate("lesson/" + step.slug());
        return _get(LessonView.class);
    }

    private static MatrixGrid grid(String id) {
        return _get(MatrixGrid.class, spec -> spec.withId(id));
    }

    private static Heatmap heatmap(String id) {
        return _get(Heatmap.class, spec -> spec.withId(id));
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
    void unknownStep_forwardsToTheFirst() {
        UI.getCurrent().navigate("lesson/nonsense");

        assertThat(_get(LessonView.class).step()).isEqualTo(Step.INTUITION);
    }

    @Test
    void editingAWqCell_changesThePresenterTrace_andTheWeightsHeatmapData() {
        LessonView view = open(Step.SOFTMAX);
        HeatmapData before = heatmap("heatmap-weights").getData().orElseThrow();
        double itCatBefore = before.value(7, 1);

        ComponentUtil.fireEvent(grid("matrix-wq"), new MatrixGrid.CellEditEvent(grid("matrix-wq"), true, 2, 0, "0"));

        assertThat(view.presenter().state().wq().get(2, 0)).isEqualTo(0.0);
        assertThat(grid("matrix-wq").matrix().get(2, 0)).isEqualTo(0.0);
        HeatmapData after = heatmap("heatmap-weights").getData().orElseThrow();
        assertThat(after.value(7, 1)).isLessThan(itCatBefore - 0.3);
        assertThat(after.value(7, 1)).isEqualTo(view.presenter().trace().head().weights().get(7, 1));
    }

    @Test
    void invalidCell_isMarked_andNothingDownstreamChanges() {
        LessonView view = open(Step.SCORES);
        HeatmapData before = heatmap("heatmap-scaled").getData().orElseThrow();

        ComponentUtil.fireEvent(grid("matrix-wk"), new MatrixGrid.CellEditEvent(grid("matrix-wk"), true, 0, 0, "lots"));

        assertThat(grid("matrix-wk").errors()).containsKey(new com.attentionlab.lesson.Cell(0, 0));
        assertThat(grid("matrix-wk").errors().get(new com.attentionlab.lesson.Cell(0, 0))).contains("not a number");
        assertThat(view.presenter().state().wk().get(0, 0)).isEqualTo(1.5);
        assertThat(heatmap("heatmap-scaled").getData().orElseThrow().values()).isEqualTo(before.values());
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
        assertThat(view.presenter().state().tokens()).hasSize(10);
        assertThat(grid("matrix-x").matrix().rows()).isEqualTo(10);
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
}
