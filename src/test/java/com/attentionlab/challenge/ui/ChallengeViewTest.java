package com.attentionlab.challenge.ui;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeCatalog;
import com.attentionlab.challenge.CellEdit;
import com.attentionlab.challenge.Goal;
import com.attentionlab.challenge.TokenRef;
import com.attentionlab.engine.LessonState;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonView;
import com.attentionlab.testsupport.AbstractUiTest;
import com.attentionlab.testsupport.ChallengeEdits;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A challenge on its own, browserless: opening, the live check after edits, hints, stuck, questions, authoring. */
class ChallengeViewTest extends AbstractUiTest {

    private static ChallengeView open(String location) {
        go(location);
        return _get(ChallengeView.class);
    }

    /** Navigates to a path with a query (Karibu's navigate takes the query apart). */
    private static void go(String location) {
        int q = location.indexOf('?');
        if (q < 0) {
            navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, q),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1)));
        }
    }

    private static boolean shown(Class<? extends com.vaadin.flow.component.Component> type, String id) {
        return !_find(type, spec -> spec.withId(id)).isEmpty();
    }

    private static String status() {
        return _get(Div.class, spec -> spec.withId("challenge-status")).getElement().getAttribute("data-state");
    }

    private static String statusText() {
        return _get(Div.class, spec -> spec.withId("challenge-status")).getElement().getTextRecursively();
    }

    private static Paragraph explanation() {
        return _get(Paragraph.class, spec -> spec.withId("challenge-explanation"));
    }

    /** In the solo lesson: Share, then "Make a challenge from this lesson" in the Share dialog. */
    private static void openMakeChallengeFromShare() {
        _click(_get(Button.class, spec -> spec.withId("share-button")));
        _click(_get(Button.class, spec -> spec.withId("make-challenge")));
    }

    @Test
    void openingAChallenge_showsItsStartAtItsStep_working() {
        ChallengeView view = open("challenge/it-to-mat");
        Challenge c = view.challenge();

        assertThat(c.id()).isEqualTo("it-to-mat");
        assertThat(view.step()).isEqualTo(Step.SOFTMAX);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("challenge/it-to-mat/softmax");
        assertThat(view.presenter().state()).isEqualTo(c.startState());
        assertThat(status()).isEqualTo("working");
        assertThat(_get(Paragraph.class, spec -> spec.withId("challenge-goal")).getElement().getTextRecursively())
                .contains("attend most to “mat”");
        assertThat(_get(Paragraph.class, spec -> spec.withId("challenge-rules")).getElement().getTextRecursively())
                .contains("only X or W_K");
        assertThat(shown(Paragraph.class, "challenge-explanation")).isFalse();
        assertThat(view.getPageTitle()).startsWith(c.title());
    }

    @Test
    void comingFromAnEditedLesson_theChallengeStillStartsFromItsStart() {
        navigate(LessonView.pathOf(Step.SCORES));
        LessonView lesson = _get(LessonView.class);
        lesson.presenter().editCell(Editable.WQ, 1, 1, "2.5");

        ChallengeView view = open("challenge/it-to-mat");

        assertThat(view.presenter().state()).isEqualTo(view.challenge().startState());
        assertThat(status()).isEqualTo("working");
    }

    @Test
    void theSolutionsEdit_solvesIt_andShowsTheExplanationWithNumbers() {
        ChallengeView view = open("challenge/it-to-mat");
        CellEdit edit = view.challenge().solution().get(0);

        view.presenter().editCell(edit.matrix(), edit.row(), edit.col(), Double.toString(edit.value()));

        assertThat(status()).isEqualTo("solved");
        assertThat(explanation().isVisible()).isTrue();
        assertThat(explanation().getText()).startsWith("It worked because").doesNotContain("{");
    }

    @Test
    void meetingTheGoalInAForbiddenMatrix_doesNotCount_andSaysWhichRuleBroke() {
        ChallengeView view = open("challenge/it-to-mat");
        CellEdit forbidden = ChallengeEdits.oneEditMeetingTheGoal(view.challenge(), Editable.WQ);

        view.presenter().editCell(forbidden.matrix(), forbidden.row(), forbidden.col(),
                Double.toString(forbidden.value()));

        assertThat(view.challenge().goal().check(view.presenter().state(), view.presenter().trace()).passed())
                .as("the goal itself is met").isTrue();
        assertThat(status()).isEqualTo("working");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("challenge-broken")).getElement()
                .getTextRecursively()).contains("W_Q was changed", "only X or W_K");
        assertThat(shown(Paragraph.class, "challenge-explanation")).isFalse();
    }

    @Test
    void imStuck_showsAHint_andStaysStuckUntilTheNextEdit() {
        ChallengeView view = open("challenge/it-to-mat");

        _click(_get(Button.class, spec -> spec.withId("challenge-stuck")));

        assertThat(status()).isEqualTo("stuck");
        assertThat(view.panel().hintsShown()).isEqualTo(1);
        assertThat(_get(ListItem.class, spec -> spec.withId("challenge-hint-1")).getText())
                .isEqualTo(view.challenge().hints().get(0));

        view.presenter().editCell(Editable.X, 0, 0, "0.25");

        assertThat(status()).isEqualTo("working");
    }

    @Test
    void hintButton_revealsHintsOneByOne_thenHasNoMore() {
        ChallengeView view = open("challenge/it-to-mat");
        Button hint = _get(Button.class, spec -> spec.withId("challenge-hint"));
        int n = view.challenge().hints().size();

        for (int i = 1; i <= n; i++) {
            _click(hint);
            assertThat(_find(ListItem.class).stream()
                    .filter(li -> li.getId().orElse("").startsWith("challenge-hint-")).count()).isEqualTo(i);
        }

        assertThat(hint.isEnabled()).isFalse();
        assertThat(status()).isEqualTo("working");
    }

    @Test
    void startAgain_goesBackToTheStart() {
        ChallengeView view = open("challenge/it-to-mat");
        view.presenter().editCell(Editable.WK, 0, 0, "-1.5");
        assertThat(status()).isEqualTo("solved");

        _click(_get(Button.class, spec -> spec.withId("challenge-restart")));

        assertThat(view.presenter().state()).isEqualTo(view.challenge().startState());
        assertThat(status()).isEqualTo("working");
    }

    @Test
    void aQuestion_isAnsweredWithTheRadioChoices_wrongThenRight() {
        ChallengeView view = open("challenge/why-causal-mask");
        Goal.Question q = (Goal.Question) view.challenge().goal();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> answer = _get(RadioButtonGroup.class, spec -> spec.withId("challenge-answer"));
        assertThat(answer.isVisible()).isTrue();

        _setValue(answer, (q.answer() + 1) % q.choices().size());
        assertThat(status()).isEqualTo("working");
        assertThat(statusText()).contains("Not quite");

        _setValue(answer, q.answer());
        assertThat(status()).isEqualTo("solved");
        assertThat(explanation().getText()).contains("“tired” comes after “it”");
    }

    @Test
    void aGoalOnTheNumbers_hasNoAnswerChoices() {
        open("challenge/it-to-mat");

        assertThat(shown(RadioButtonGroup.class, "challenge-answer")).isFalse();
    }

    @Test
    void anUnknownId_showsNoSuchChallenge_withTheWayToTheList() {
        navigate("challenge/no-such-thing");

        assertThat(_find(ChallengeView.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-such-challenge-reason")).getText())
                .contains("no challenge called “no-such-thing”");
        assertThat(_get(Anchor.class, spec -> spec.withId("challenge-list-link")).getHref())
                .isEqualTo(ChallengeListView.PATH);
    }

    @Test
    void aBrokenChallengeLink_saysWhy() {
        go("challenge/custom?c=AQAAAAA-broken");

        assertThat(_find(ChallengeView.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-such-challenge-reason")).getText())
                .startsWith("This challenge link cannot be opened: the challenge code");
    }

    @Test
    void theList_linksEveryBuiltInChallenge() {
        navigate(ChallengeListView.PATH);

        for (Challenge c : ChallengeCatalog.load().challenges()) {
            assertThat(_get(Anchor.class, spec -> spec.withId("challenge-link-" + c.id())).getHref())
                    .isEqualTo("challenge/" + c.id());
        }
        ChallengeListView list = _get(ChallengeListView.class);
        list.showSolved(java.util.Set.of("it-to-mat"));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("solved-it-to-mat"))
                .isVisible()).isTrue();
        assertThat(shown(com.vaadin.flow.component.html.Span.class, "solved-mystery-wk")).isFalse();
    }

    @Test
    void theStartPage_leadsToTheList() {
        navigate("");

        _click(_get(Button.class, spec -> spec.withId("open-challenges")));

        assertThat(_find(ChallengeListView.class)).hasSize(1);
    }

    @Test
    void makeAChallenge_isInTheShareDialog_notInTheHeaderRow() {
        navigate(LessonView.pathOf(Step.SOFTMAX));

        assertThat(_find(Button.class, spec -> spec.withId("make-challenge"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("start-classroom"))).hasSize(1); // still in the header

        _click(_get(Button.class, spec -> spec.withId("share-button")));

        Button make = _get(Button.class, spec -> spec.withId("make-challenge"));
        assertThat(make.getText()).isEqualTo("Make a challenge from this lesson");
        assertThat(make.findAncestor(Dialog.class)).isNotNull()
                .satisfies(d -> assertThat(d.getHeaderTitle()).isEqualTo("Share this lesson"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("make-challenge-note")).getText()).contains("goal");
    }

    @Test
    void authoring_fromTheLesson_givesALinkThatOpensTheSameGoalOnTheSameStart() {
        navigate(LessonView.pathOf(Step.SCORES));
        LessonView lesson = _get(LessonView.class);
        lesson.presenter().editCell(Editable.WV, 0, 0, "0.75");
        LessonState teachersState = lesson.presenter().state();
        int it = teachersState.tokens().indexOf("it");
        int mat = teachersState.tokens().indexOf("mat");

        openMakeChallengeFromShare();
        _setValue(_get(TextField.class, spec -> spec.withId("challenge-author-title")), "It to mat, by W_Q");
        _setValue(_get(Select.class, spec -> spec.withId("challenge-author-query")), it);
        _setValue(_get(Select.class, spec -> spec.withId("challenge-author-key")), mat);
        _click(_get(Button.class, spec -> spec.withId("challenge-make")));

        String link = _get(TextField.class, spec -> spec.withId("challenge-author-link")).getValue();
        assertThat(link).contains("/challenge/custom?c=");
        String location = link.substring(link.indexOf("challenge/custom"));

        newSession();
        ChallengeView view = open(location);

        assertThat(view.challenge().title()).isEqualTo("It to mat, by W_Q");
        assertThat(view.challenge().goal()).isEqualTo(new Goal.StrongestKey(new TokenRef("it", 1),
                new TokenRef("mat", 1)));
        assertThat(view.step()).isEqualTo(Step.SCORES);
        assertThat(view.presenter().state()).isEqualTo(teachersState);
        assertThat(status()).isEqualTo("working");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("c")).isPresent();
    }

    @Test
    void authoring_withTheMenusDefaults_makesALink() {
        navigate(LessonView.pathOf(Step.SOFTMAX));

        openMakeChallengeFromShare();
        _click(_get(Button.class, spec -> spec.withId("challenge-make")));

        assertThat(shown(Paragraph.class, "challenge-author-problems")).isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("challenge-author-link")).getValue())
                .contains("/challenge/custom?c=");
    }

    @Test
    void anEditThatSolvesIt_inAnAllowedMatrix_X_solvesIt() {
        ChallengeView view = open("challenge/it-to-mat");
        CellEdit x = ChallengeEdits.oneEditMeetingTheGoal(view.challenge(), Editable.X);

        view.presenter().editCell(x.matrix(), x.row(), x.col(), Double.toString(x.value()));

        assertThat(status()).isEqualTo("solved");
    }

    @Test
    void authoring_aGoalTheStartAlreadyMeets_isRefusedInWords() {
        navigate(LessonView.pathOf(Step.SOFTMAX));
        LessonState state = _get(LessonView.class).presenter().state();

        openMakeChallengeFromShare();
        _setValue(_get(Select.class, spec -> spec.withId("challenge-author-query")), state.tokens().indexOf("it"));
        _setValue(_get(Select.class, spec -> spec.withId("challenge-author-key")), state.tokens().indexOf("cat"));
        _click(_get(Button.class, spec -> spec.withId("challenge-make")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("challenge-author-problems")).getText().toLowerCase(Locale.ROOT))
                .contains("already meets the goal");
        assertThat(shown(TextField.class, "challenge-author-link")).isFalse();
    }
}
