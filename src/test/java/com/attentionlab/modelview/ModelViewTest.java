package com.attentionlab.modelview;

import com.attentionlab.chart.BarChart;
import com.attentionlab.home.LandingView;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonView;
import com.attentionlab.share.ModelRef;
import com.attentionlab.testsupport.AbstractUiTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The model view at /model, browserless: 72 heads, find heads, the contrast pair, opening a head in the lesson. */
class ModelViewTest extends AbstractUiTest {

    /** [CLS] the cat sat on the mat because it was tired [SEP]. */
    private static final int CAT = 2;
    private static final int IT = 8;


    /** Navigates to a location with a query, as a link would ({@code path?a=b}). */
    static void go(String location) {
        int q = location.indexOf('?');
        if (q < 0) {
            navigate(location);
        } else {
            com.vaadin.flow.component.UI.getCurrent().navigate(location.substring(0, q),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1)));
        }
    }

    private static ModelView openModelView(String location) {
        go(location);
        ModelView view = _get(ModelView.class);
        awaitUi(view::loaded); // the first visit loads the model in the background
        return view;
    }

    @Test
    void modelView_showsAllSeventyTwoHeads_labelledFromOne() {
        ModelView view = openModelView("model");

        List<HeadThumb> thumbs = _find(HeadThumb.class);
        assertThat(thumbs).hasSize(72);
        assertThat(thumbs).allSatisfy(t -> assertThat(t.getElement().getAttribute("weights"))
                .startsWith("12:").hasSize(3 + 12 * 12 * 2));
        assertThat(_get(NativeButton.class, spec -> spec.withId("head-6-12")).getElement().getAttribute("aria-label"))
                .startsWith("Layer 6, head 12");
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("head-button"))).hasSize(72);
        assertThat(view.sentence()).isEqualTo(LessonPresenter.DEFAULT_SENTENCE);
        assertThat(_get(TextField.class, spec -> spec.withId("model-sentence")).getValue())
                .isEqualTo(LessonPresenter.DEFAULT_SENTENCE);
    }

    @Test
    void findHeads_ranksLayer6Head12First_forItToCat() {
        openModelView("model");

        @SuppressWarnings("unchecked")
        Select<Integer> query = _get(Select.class, spec -> spec.withId("find-query"));
        @SuppressWarnings("unchecked")
        Select<Integer> key = _get(Select.class, spec -> spec.withId("find-key"));
        assertThat(query.getValue()).isEqualTo(IT);
        assertThat(key.getValue()).isEqualTo(CAT);
        List<NativeButton> rows = _get(ModelView.class).find().rows();
        assertThat(rows).hasSize(10);
        NativeButton first = rows.get(0);
        assertThat(first.getElement().getAttribute("data-layer")).isEqualTo("6");
        assertThat(first.getElement().getAttribute("data-head")).isEqualTo("12");
        assertThat(Double.parseDouble(first.getElement().getAttribute("data-weight"))).isCloseTo(0.68, within(0.01));
        assertThat(first.getText()).isEqualTo("Layer 6, head 12: 0.68");
        assertThat(rows).extracting(r -> Double.parseDouble(r.getElement().getAttribute("data-weight")))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));

        _setValue(key, IT); // it → it: another ranking
        assertThat(_get(ModelView.class).find().rows().get(0).getText()).isNotEqualTo("Layer 6, head 12: 0.68");
    }

    @Test
    void clickingAHead_opensTheLessonsSoftmaxStep_onThatHead() {
        openModelView("model");

        _click(_get(NativeButton.class, spec -> spec.withId("head-6-12")));

        LessonView lesson = _get(LessonView.class);
        assertThat(lesson.step()).isEqualTo(Step.SOFTMAX);
        assertThat(lesson.presenter().modelHead()).contains(new ModelRef("minilm", 5, 11));
        assertThat(lesson.presenter().sentence()).isEqualTo(LessonPresenter.DEFAULT_SENTENCE);
        assertThat(lesson.presenter().trace().head().weights().get(IT, CAT)).isCloseTo(0.68, within(0.01));
    }

    @Test
    void aFoundHead_opensInTheLesson_onTheTypedSentence() {
        openModelView("model");
        String sentence = "The dog chased the ball because it was bored";
        _setValue(_get(TextField.class, spec -> spec.withId("model-sentence")), sentence);
        assertThat(_get(ModelView.class).sentence()).isEqualTo(sentence);

        NativeButton first = _get(ModelView.class).find().rows().get(0);
        int layer = Integer.parseInt(first.getElement().getAttribute("data-layer"));
        int head = Integer.parseInt(first.getElement().getAttribute("data-head"));
        _click(first);

        LessonPresenter p = _get(LessonView.class).presenter();
        assertThat(p.modelHead()).contains(new ModelRef("minilm", layer - 1, head - 1));
        assertThat(p.sentence()).isEqualTo(sentence);
    }

    @Test
    void aTooLongSentence_isRefusedWithTheReason_andTheHeadsStay() {
        ModelView view = openModelView("model");
        TextField field = _get(TextField.class, spec -> spec.withId("model-sentence"));

        _setValue(field, "word ".repeat(70));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("72 tokens").contains("at most 64");
        assertThat(view.sentence()).isEqualTo(LessonPresenter.DEFAULT_SENTENCE);
        assertThat(_find(HeadThumb.class)).hasSize(72);
    }

    @Test
    void theSentenceComesFromTheUrl() {
        ModelView view = openModelView("model?sentence=Dogs%20bark");

        assertThat(view.sentence()).isEqualTo("Dogs bark");
        assertThat(_find(HeadThumb.class).get(0).getElement().getAttribute("weights")).startsWith("4:");
    }

    @Test
    void contrastPair_showsLayer6Head12sItRow_forBothSentences() {
        openModelView("model");
        ContrastPair contrast = _get(ModelView.class).contrast();
        assertThat(contrast.charts()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("contrast-pair")));

        List<BarChart> charts = contrast.charts();
        assertThat(charts).extracting(BarChart::getId).containsExactly(java.util.Optional.of("bars-contrast-tired"),
                java.util.Optional.of("bars-contrast-soft"));
        for (BarChart chart : charts) {
            List<Double> weights = chart.values();
            assertThat(weights).hasSize(12); // [CLS] the cat sat on the mat because it was tired|soft [SEP]
            int top = weights.indexOf(weights.stream().max(Double::compare).orElseThrow());
            assertThat(top).as("the head looks at cat in both sentences").isEqualTo(CAT);
        }
        assertThat(charts.get(0).values().get(CAT)).isCloseTo(0.68, within(0.01));
        assertThat(contrast.caveatText()).contains("it is the mat").contains("still looks at cat")
                .contains("a pronoun looks at the subject");
    }

    @Test
    void authoredModelLink_opensLayer6Head12_andCarriesOnAsAShareCode() {
        go("lesson/softmax?model=minilm&sentence=The%20cat%20sat%20on%20the%20mat%20because%20it%20was%20tired"
                + "&layer=6&head=12");

        LessonView lesson = _get(LessonView.class);
        assertThat(lesson.presenter().modelHead()).contains(new ModelRef("minilm", 5, 11));
        assertThat(lesson.presenter().trace().head().weights().get(IT, CAT)).isCloseTo(0.68, within(0.01));
        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .startsWith("lesson/softmax");
    }

    @Test
    void authoredModelLink_withABadLayerModelOrSentence_saysWhy() {
        assertLinkError("lesson/softmax?model=minilm&layer=7&head=12", "the layer \"7\" is not a whole number from 1 to 6");
        assertLinkError("lesson/softmax?model=minilm&layer=6&head=0", "the head \"0\" is not a whole number from 1 to 12");
        assertLinkError("lesson/softmax?model=gpt2&layer=6&head=12", "there is no model \"gpt2\"");
        assertLinkError("lesson/softmax?model=minilm&layer=6&head=12&sentence=" + "word%20".repeat(70), "at most 64");
    }

    private void assertLinkError(String location, String message) {
        newSession();
        go(location);
        LessonView lesson = _get(LessonView.class);
        assertThat(lesson.presenter().onModel()).isFalse(); // the default lesson instead
        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n ->
                assertThat(n.getElement().getProperty("text")).contains("could not be read").contains(message));
    }

    @Test
    void existingAuthoredLinks_stillOpen() {
        go("lesson/scores?preset=uniform&sentence=A%20cat%20sleeps");

        LessonView lesson = _get(LessonView.class);
        assertThat(lesson.presenter().onModel()).isFalse();
        assertThat(lesson.presenter().preset().id()).isEqualTo("uniform");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void theStartPage_opensTheModelView() {
        go("");
        _get(LandingView.class);
        _click(_get(Button.class, spec -> spec.withId("open-model-view")));
        ModelView view = _get(ModelView.class);
        awaitUi(view::loaded);
        assertThat(view.sentence()).isEqualTo(LessonPresenter.DEFAULT_SENTENCE);
    }
}
