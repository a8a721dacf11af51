package com.attentionlab.it;

import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.it.pages.ModelControls;
import com.attentionlab.lesson.Step;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The lesson on a trained model's head, end to end: choose it, read a weight, share it, open it elsewhere. */
class ModelLessonIT extends AbstractIT {

    /** In the model's pieces of the lesson's sentence: [CLS] the cat sat on the mat because it was tired [SEP]. */
    private static final int IT = 8;
    private static final int CAT = 2;

    @Test
    void layer6Head12_itAttendsToCat_andASharedLinkOpensTheSameHeadElsewhere() {
        WebDriver first = newBrowser(1366, 768);
        LessonPage lesson = lessonIn(first).open("intuition");
        ModelControls model = new ModelControls(first, base());

        model.chooseTrainedModel().chooseHead(6, 1).chooseHead(6, 12);
        lesson.clickStepLink("softmax");
        lesson.waitUntil(d -> lesson.numbers("weights").length == 12 ? true : null);
        double itToCat = lesson.numbers("weights")[IT][CAT];

        assertThat(itToCat).isBetween(0.66, 0.70);
        Browser.screenshot(first, "11-model-softmax");
        assertThat(model.headLine()).startsWith("Layer 6, head 12 of all-MiniLM-L6-v2");
        String link = lesson.shareLink();
        assertThat(link).contains("/lesson/softmax?s=");

        WebDriver second = newBrowser(1366, 768);
        LessonPage elsewhere = lessonIn(second).openPath(link, "softmax");
        ModelControls there = new ModelControls(second, base());
        elsewhere.waitUntil(d -> there.headLine().startsWith("Layer 6, head 12") ? true : null);

        assertThat(elsewhere.numbers("weights")[IT][CAT]).isCloseTo(itToCat, within(0.0));
        assertThat(there.picked("model-layer")).isEqualTo("6");
        assertThat(there.picked("model-head")).isEqualTo("12");
    }

    @Test
    void xAsAHeatmap_showsAValueOnHover_andFromTheKeyboard() {
        WebDriver laptop = newBrowser(1366, 768);
        LessonPage lesson = lessonIn(laptop).open("embedding");
        ModelControls model = new ModelControls(laptop, base()).chooseTrainedModel();

        String hovered = model.hoverCell("x", CAT, 0);
        Browser.screenshot(laptop, "12-model-embedding");
        String keyed = model.pressOnMap("x", Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_RIGHT);

        assertThat(hovered).matches("X\\[cat, d0\\] = -?\\d+\\.\\d{3}");
        assertThat(keyed).matches("X\\[the, d1\\] = -?\\d+\\.\\d{3}"); // the first key shows [CLS], d0
        assertThat(lesson.currentStepId()).isEqualTo("embedding");
    }

    @Test
    void everyStepOnTheModel_atPhoneAndLaptopSize_hasNoSeriousOrCriticalViolations() {
        WebDriver laptop = newBrowser(1366, 768);
        LessonPage lesson = lessonIn(laptop).open("intuition");
        String handMade = lesson.url();
        new ModelControls(laptop, base()).chooseTrainedModel();
        String code = lesson.waitUntil(d -> lesson.url().contains("s=") && !lesson.url().equals(handMade)
                ? lesson.url().replaceFirst("^.*[?&]s=([^&]+).*$", "$1") : null);
        List<String> violations = new ArrayList<>();
        for (WebDriver driver : List.of(laptop, newBrowser(390, 844))) {
            LessonPage page = lessonIn(driver);
            for (Step s : Step.values()) {
                page.open(s.slug(), "s=" + code).waitForChartsDrawn();
                assertThat(new ModelControls(driver, base()).headLine()).startsWith("Layer 6, head 12");
                violations.addAll(seriousViolations(driver, s.slug()));
            }
        }

        assertThat(violations).isEmpty();
    }

    private static List<String> seriousViolations(WebDriver driver, String page) {
        List<String> out = new ArrayList<>();
        for (Rule rule : new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "best-practice")).analyze(driver).getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                out.add(page + " · " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                        .limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
            }
        }
        return out;
    }
}
