package com.attentionlab.lesson.ui;

import com.attentionlab.chart.Heatmap;
import com.attentionlab.chart.HeatmapData;
import com.attentionlab.chart.WeightMap;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.testsupport.AbstractUiTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The lesson on a trained model's head (all-MiniLM-L6-v2), browserless: the source choice, every step, editing. */
class ModelLessonViewTest extends AbstractUiTest {

    /** In the model's pieces of the lesson's sentence: [CLS] the cat sat on the mat because it was tired [SEP]. */
    private static final int IT = 8;
    private static final int CAT = 2;

    private static LessonPresenter openOnModel(Step step) {
        navigate(LessonView.pathOf(step));
        LessonPresenter p = _get(LessonView.class).presenter();
        _click(_get(Button.class, spec -> spec.withId("source-model")));
        awaitUi(p::onModel); // the first time, the model loads in the background
        return p;
    }

    private static Heatmap heatmap(String id) {
        return _get(Heatmap.class, spec -> spec.withId(id));
    }

    private static double[][] weights() {
        return heatmap("heatmap-weights").getData().orElseThrow().values();
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static void editThroughTheForm(Editable m, int row, int col, String value) {
        _setValue(_get(Select.class, spec -> spec.withId("model-edit-matrix")), m);
        if (!m.isBias()) { // a bias has one row: the field is off
            _setValue(_get(IntegerField.class, spec -> spec.withId("model-edit-row")), row);
        }
        _setValue(_get(IntegerField.class, spec -> spec.withId("model-edit-col")), col);
        _setValue(_get(TextField.class, spec -> spec.withId("model-edit-value")), value);
        _click(_get(Button.class, spec -> spec.withId("model-edit-apply")));
    }

    private static void assertDiffer(double[][] a, double[][] b) {
        assertThat(java.util.Arrays.deepEquals(a, b)).as("the numbers changed").isFalse();
    }

    @Test
    void choosingTheTrainedModel_showsLayer6Head12_andTheWordPiecesWithClsAndSep() {
        openOnModel(Step.EMBEDDING);

        assertThat(select("model-layer").getValue()).isEqualTo(6);
        assertThat(select("model-head").getValue()).isEqualTo(12);
        assertThat(select("model-layer").isVisible()).isTrue();
        assertThat(_get(ModelBar.class).isVisible()).isTrue();
        List<String> pieces = _get(TokenRow.class).getChildren().map(c -> c.getElement().getText()).toList();
        assertThat(pieces).startsWith("[CLS]", "the", "cat").endsWith("tired", "[SEP]");
        assertThat(_get(Paragraph.class, spec -> spec.withId("pieces-note")).getText())
                .contains("[CLS]", "[SEP]", "##");
        assertThat(_get(Paragraph.class, spec -> spec.withId("model-note")).getText()).startsWith("Layer 6, head 12");
        assertThat(_find(Button.class, spec -> spec.withId("source-model"))).isEmpty(); // hidden on the model
    }

    @Test
    void onTheModel_softmaxHeatmap_showsItAttendingToCat() {
        openOnModel(Step.SOFTMAX);

        double w = weights()[IT][CAT];

        assertThat(w).isBetween(0.66, 0.70);
        assertThat(heatmap("heatmap-weights").getData().orElseThrow().rowLabels()).contains("[CLS]", "it", "[SEP]");
        assertThat(heatmap("heatmap-weights").getData().orElseThrow().marked()).isEmpty(); // no "unknown word" marks
        assertThat(_get(Paragraph.class, spec -> spec.withId("model-note")).getText())
                .contains("\u201cit\u201d attends most to \u201ccat\u201d (0.68)");
    }

    @Test
    void editingAWqCell_andABias_throughTheForm_changesTheWeightsHeatmap() {
        LessonPresenter p = openOnModel(Step.SOFTMAX);
        double[][] before = weights();

        editThroughTheForm(Editable.WQ, 17, 3, "40");

        assertThat(p.state().wq().get(17, 3)).isEqualTo(40.0);
        double[][] afterWq = weights();
        assertDiffer(afterWq, before);

        editThroughTheForm(Editable.BQ, 0, 5, "25");

        assertThat(p.state().bq().get(0, 5)).isEqualTo(25.0);
        assertDiffer(weights(), afterWq);
        assertThat(p.modelHead().orElseThrow().edits()).hasSize(2);
    }

    @Test
    void aRefusedEdit_saysWhy_andChangesNothing() {
        LessonPresenter p = openOnModel(Step.SOFTMAX);
        double[][] before = weights();

        editThroughTheForm(Editable.WK, 0, 0, "lots");

        assertThat(_get(Paragraph.class, spec -> spec.withId("model-edit-message")).getText()).startsWith("Not changed:");
        assertThat(_get(TextField.class, spec -> spec.withId("model-edit-value")).isInvalid()).isTrue();
        assertThat(weights()).isDeepEqualTo(before);
        assertThat(p.modelHead().orElseThrow().edits()).isEmpty();
    }

    @Test
    void clickingACellOfTheTurnedWq_opensTheEditor_andApplyingChangesTheQueries() {
        LessonPresenter p = openOnModel(Step.PROJECTION);
        WeightMap wq = _get(WeightMap.class, spec -> spec.withId("weightmap-wq"));
        HeatmapData shown = wq.getData().orElseThrow();
        assertThat(shown.rowLabels()).hasSize(32); // turned: the head's 32 columns as rows …
        assertThat(shown.colLabels()).hasSize(384); // … and X's 384 dimensions as columns
        double[][] q = heatmap("heatmap-q").getData().orElseThrow().values();

        ComponentUtil.fireEvent(wq, new WeightMap.CellClickEvent(wq, true, 3, 17)); // row q3, column d17
        _setValue(_get(TextField.class, spec -> spec.withId("cell-editor-value")), "12");
        _click(_get(Button.class, spec -> spec.withId("cell-editor-apply")));

        assertThat(p.state().wq().get(17, 3)).isEqualTo(12.0);
        assertThat(wq.getData().orElseThrow().value(3, 17)).isEqualTo(12.0);
        assertDiffer(heatmap("heatmap-q").getData().orElseThrow().values(), q);
        assertThat(_get(Paragraph.class, spec -> spec.withId("model-edit-hint")).getText())
                .contains("Only this head is recomputed: later layers are not re-run.");
    }

    @Test
    void switchingTheHead_changesTheWeights_andTheNote() {
        openOnModel(Step.SOFTMAX);
        double[][] head12 = weights();

        _setValue(select("model-head"), 1);

        assertDiffer(weights(), head12);
        assertThat(_get(Paragraph.class, spec -> spec.withId("model-note")).getText()).startsWith("Layer 6, head 1 ");
        assertThat(select("panel-model-head").getValue()).isEqualTo(1);

        _setValue(select("model-layer"), 1);

        assertThat(_get(Paragraph.class, spec -> spec.withId("model-note")).getText()).startsWith("Layer 1, head 1 ");
    }

    @Test
    void xIsAHeatmapOfAllItsDimensions_notA384ColumnGrid() {
        openOnModel(Step.EMBEDDING);

        HeatmapData x = _get(WeightMap.class, spec -> spec.withId("weightmap-x")).getData().orElseThrow();

        assertThat(x.rowLabels()).hasSize(12).startsWith("[CLS]");
        assertThat(x.colLabels()).hasSize(384);
        assertThat(_find(MatrixGrid.class)).allSatisfy(g -> assertThat(g.matrix() == null ? 0 : g.matrix().cols())
                .isLessThan(384)); // no grid, shown or hidden, was sent 384 columns
    }

    @Test
    void everyStep_onTheModel_opens_andTheMultiHeadStepShowsTheLayersTwelveHeads() {
        openOnModel(Step.INTUITION);
        for (Step s : Step.values()) {
            assertThat(_get(LessonView.class).step()).isEqualTo(s);
            assertThat(_get(Paragraph.class, spec -> spec.withId("model-note")).getText()).startsWith("Layer 6, head 12");
            if (s == Step.SCORES) { // the pieces are not "words the lesson does not know"
                assertThat(_get(MatrixGrid.class, spec -> spec.withId("matrix-q")).getElement().getProperty("data"))
                        .doesNotContain("unknownRows").contains("[CLS]");
            }
            if (s.next().isPresent()) {
                _click(_get(Button.class, spec -> spec.withId("next-step")));
            }
        }
        for (int h = 0; h < 12; h++) {
            int head = h;
            assertThat(heatmap("heatmap-weights-h" + head).getData().orElseThrow().rowLabels()).contains("[CLS]");
        }
    }

    @Test
    void leavingTheModel_backToTheHandMadeLesson() {
        LessonPresenter p = openOnModel(Step.SOFTMAX);

        _click(_get(Button.class, spec -> spec.withId("leave-model")));

        assertThat(p.onModel()).isFalse();
        assertThat(_find(ModelBar.class)).isEmpty(); // hidden
        assertThat(_get(Button.class, spec -> spec.withId("source-model")).isEnabled()).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withId("model-note"))).isEmpty();
        assertThat(weights()).hasNumberOfRows(10);
    }
}
