package com.attentionlab.it;

import com.attentionlab.it.pages.LessonPage;
import com.attentionlab.it.pages.ModelPage;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The model view in a real browser: 72 heads drawn, Find heads, a head opening in the lesson, every screen size. */
class ModelViewIT extends AbstractIT {

    private ModelPage modelIn(WebDriver driver) {
        return new ModelPage(driver, base());
    }

    @Test
    void modelView_drawsAllHeads_andFindHeadsOpensLayer6Head12InTheLesson() {
        // given the model view on the lesson's sentence
        ModelPage page = modelIn(browser()).open();

        // then 72 heads are drawn, each with a pixel per token: [CLS] the cat … tired [SEP]
        assertThat(page.heatmapCount()).isEqualTo(72);
        assertThat(page.tokensDrawn(6, 12)).isEqualTo(12);
        // and Find heads, on it → cat, puts layer 6 head 12 first
        assertThat(page.findPair()).containsExactly("it · 8", "cat · 2");
        List<Map<String, Object>> found = page.foundHeads();
        assertThat(found).hasSize(10);
        assertThat(found.get(0)).containsEntry("layer", 6L).containsEntry("head", 12L);
        assertThat(((Number) found.get(0).get("weight")).doubleValue()).isCloseTo(0.68, within(0.01));

        // when the first row is clicked
        page.openFirstFound();

        // then the lesson's softmax step shows that head of the model, carried on as a share code
        assertThat(page.lessonTokens()).first().isEqualTo("[CLS]");
        assertThat(page.lessonWeight("it", "cat")).isCloseTo(0.68, within(0.01));
        page.waitUntil(d -> d.getCurrentUrl().contains("s=") ? true : null);
        assertThat(page.url()).contains("/lesson/softmax?s=").doesNotContain("layer=");
    }

    @Test
    void enterOnAHead_opensItInTheLesson() {
        ModelPage page = modelIn(browser()).open();

        LessonPage lesson = page.openHeadWithEnter(1, 1);

        assertThat(lesson.currentStepId()).isEqualTo("softmax");
        assertThat(page.lessonTokens()).first().isEqualTo("[CLS]");
        assertThat(page.lessonWeight("it", "cat")).isNotCloseTo(0.68, within(0.01));
    }

    @Test
    void everyScreen_keepsThePageFromScrollingSideways_theGridScrollsInItsBoxOnAPhone() {
        WebDriver driver = newBrowser(1366, 768);
        ModelPage page = modelIn(driver);
        int[][] sizes = {{390, 844}, {768, 1024}, {1366, 768}, {1024, 768}, {1920, 1080}};
        for (int[] s : sizes) {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", s[0],
                    "height", s[1], "deviceScaleFactor", 1, "mobile", s[0] < 500));
            page.open();
            assertThat(page.sidewaysOverflow()).as("page overflow at %dx%d", s[0], s[1]).isLessThanOrEqualTo(0);
            assertThat(page.smallestHeadPx()).as("head size at %dx%d", s[0], s[1]).isGreaterThanOrEqualTo(44);
            if (s[0] == 390) {
                assertThat(page.gridOverflow()).as("the grid scrolls in its box on a phone").isPositive();
            } else if (s[0] >= 1024) {
                assertThat(page.gridOverflow()).as("all twelve heads side by side at %dx%d", s[0], s[1]).isZero();
            }
            Browser.screenshot(driver, "model-" + s[0] + "x" + s[1]);

            assertThat(page.compare()).isEqualTo(2);
            assertThat(page.sidewaysOverflow()).as("page overflow with the contrast at %dx%d", s[0], s[1])
                    .isLessThanOrEqualTo(0);
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", s[0],
                    "height", (int) page.pageHeight(), "deviceScaleFactor", 1, "mobile", s[0] < 500));
            Browser.screenshot(driver, "model-full-" + s[0] + "x" + s[1]);
        }
        assertThat(page.caveat()).contains("it is the mat").contains("still looks at cat");
    }

    @Test
    void modelView_onALaptopAndAPhone_hasNoSeriousOrCriticalViolations() {
        List<String> violations = new ArrayList<>();
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            WebDriver driver = newBrowser(size[0], size[1]);
            ModelPage page = modelIn(driver).open();
            page.compare();
            violations.addAll(seriousViolations(driver, size[0] + "x" + size[1]));
            quit(driver);
        }
        assertThat(violations).isEmpty();
    }

    private static List<String> seriousViolations(WebDriver driver, String at) {
        List<String> out = new ArrayList<>();
        for (Rule rule : new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver).getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                out.add(at + " · " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                        .limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
            }
        }
        return out;
    }
}
