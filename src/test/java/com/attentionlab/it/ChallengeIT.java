package com.attentionlab.it;

import com.attentionlab.challenge.CellEdit;
import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeCatalog;
import com.attentionlab.it.pages.ChallengePage;
import com.attentionlab.it.pages.ScreenFit;
import com.attentionlab.lesson.Editable;
import com.attentionlab.testsupport.ChallengeEdits;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Challenges in a real browser: solving one by an edit, and a teacher's challenge link opened elsewhere. */
class ChallengeIT extends AbstractIT {

    private ChallengePage challengeIn(WebDriver driver) {
        return new ChallengePage(driver, base());
    }

    @Test
    void itToMat_solvedByAnEditOfX_showsSolvedAndTheExplanation() {
        Challenge c = ChallengeCatalog.load().byId("it-to-mat").orElseThrow();
        CellEdit x = ChallengeEdits.oneEditMeetingTheGoal(c, Editable.X);
        ChallengePage page = challengeIn(browser()).open("it-to-mat");
        assertThat(page.state()).isEqualTo("working");

        page.lesson().editCell("x", x.row(), x.col(), String.format(Locale.ROOT, "%.2f", x.value()));

        page.waitForState("solved");
        assertThat(page.explanation()).startsWith("It worked because");
        assertThat(page.lesson().url()).contains("/challenge/it-to-mat/softmax?s=");

        page.waitForTickInList("it-to-mat"); // remembered in this browser's localStorage
        assertThat(page.tickedInList("mystery-wk")).isFalse();
    }

    @Test
    void anUnknownChallenge_saysSo_andLeadsToTheList() {
        WebDriver d = browser();
        d.get(base() + "/challenge/no-such-thing");
        String reason = challengeIn(d).waitUntil(x -> x.findElements(org.openqa.selenium.By.id(
                "no-such-challenge-reason")).stream().map(e -> e.getText()).filter(t -> !t.isEmpty()).findFirst()
                .orElse(null));

        assertThat(reason).contains("no challenge called “no-such-thing”");
        d.findElement(org.openqa.selenium.By.id("challenge-list-link")).click();
        challengeIn(d).waitUntil(x -> x.getCurrentUrl().endsWith("/challenges") ? true : null);
    }

    @Test
    void screenshots_phoneAndFullHd() {
        for (int[] size : new int[][] {{390, 844}, {1920, 1080}}) {
            WebDriver d = newBrowser(size[0], size[1]);
            challengeIn(d).open("it-to-mat").lesson().waitForChartsDrawn();
            Browser.screenshot(d, "challenge-it-to-mat-" + size[0] + "x" + size[1]);
            quit(d);
        }
    }

    @Test
    void anAuthoredChallengeLink_opensInAFreshBrowser_withTheSameGoal() {
        WebDriver teacher = newBrowser(1280, 800);
        lessonIn(teacher).open("softmax");
        ChallengePage authoring = challengeIn(teacher);
        String link = authoring.makeChallengeLinkFromLesson("The to cat");
        assertThat(link).startsWith(base() + "/challenge/custom?c=");
        quit(teacher);

        ChallengePage student = challengeIn(newBrowser(1280, 800)).openPath(link);

        assertThat(student.title()).isEqualTo("The to cat");
        assertThat(student.goal()).contains("“The” attend most to “cat”");
        assertThat(student.state()).isEqualTo("working");
        assertThat(student.lesson().url()).contains("c=");
    }

    @Test
    void inPresenterMode_at1080p_theTitleRulesAndButtonsAreReadableFromTheBackOfTheRoom() {
        WebDriver projector = newBrowser(1920, 1080);
        ChallengePage page = challengeIn(projector).openPath("/challenge/it-to-mat?present=1");
        page.lesson().waitForChartsDrawn();
        Browser.screenshot(projector, "challenge-presenting-1920x1080");

        // the story follows the lesson's presenting text (1.45rem); nothing of the panel is desk-sized (~14 px)
        assertThat(page.fontPx("challenge-story")).isGreaterThanOrEqualTo(22);
        assertThat(page.fontPx("challenge-title")).isGreaterThan(page.fontPx("challenge-story"));
        for (String id : new String[] {"challenge-rules", "challenge-hint", "challenge-stuck", "challenge-restart"}) {
            assertThat(page.fontPx(id)).as(id).isGreaterThanOrEqualTo(20);
        }
        // the taller panel still leaves the step's main figure whole on the screen
        assertThat(new ScreenFit(projector, base()).mainFigureWhollyOnScreen()).isTrue();
    }
}
