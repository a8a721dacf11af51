package com.attentionlab.challenge;

import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.attentionlab.testsupport.TestLessons.IT;
import static com.attentionlab.testsupport.TestLessons.MAT;
import static com.attentionlab.testsupport.TestLessons.PRONOUN_DIMENSION;
import static org.assertj.core.api.Assertions.assertThat;

/** Every built-in challenge: its start fails, its reference solution solves it, near misses and broken rules don't. */
class BuiltInChallengesTest {

    private static final ChallengeCatalog CATALOG = ChallengeCatalog.load();

    static Stream<Challenge> challenges() {
        return CATALOG.challenges().stream();
    }

    static Stream<Challenge> onTheNumbers() {
        return challenges().filter(c -> !(c.goal() instanceof Goal.Question));
    }

    static Stream<Challenge> questions() {
        return challenges().filter(c -> c.goal() instanceof Goal.Question);
    }

    /** Challenges on the numbers that forbid some matrix. */
    static Stream<Challenge> withForbiddenMatrices() {
        return onTheNumbers().filter(c -> CellEdit.MATRICES.stream()
                .anyMatch(m -> !c.constraints().editable().contains(m)));
    }

    /** Challenges on the numbers with a most-changed-cells rule. */
    static Stream<Challenge> withMaxChangedCells() {
        return onTheNumbers().filter(c -> c.constraints().maxChangedCells() != null);
    }

    @Test
    void catalog_loadsEveryBuiltInFile_withoutProblems() throws IOException {
        assertThat(CATALOG.problems()).isEmpty();
        assertThat(CATALOG.challenges()).hasSizeGreaterThanOrEqualTo(10);
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/challenges"))) {
            Set<String> ids = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).collect(Collectors.toSet());
            assertThat(CATALOG.challenges()).extracting(Challenge::id).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void everyRuleKind_isTestedOnSomeBuiltIn() {
        assertThat(questions()).isNotEmpty();
        assertThat(withForbiddenMatrices()).isNotEmpty();
        assertThat(withMaxChangedCells()).isNotEmpty();
    }

    @Test
    void catalog_coversEveryGoalKind_constraintAndLevel() {
        List<Challenge> all = CATALOG.challenges();
        assertThat(all).extracting(c -> c.goal().kind()).contains("strongest-key", "threshold", "even-split",
                "pattern", "output", "question");
        assertThat(all).extracting(Challenge::level).containsAll(List.of(Level.values()));
        assertThat(all).anySatisfy(c -> assertThat(c.constraints().maxChangedCells()).isEqualTo(1));
        assertThat(all).anySatisfy(c -> assertThat(c.constraints().hidden()).isNotEmpty());
        assertThat(all).anySatisfy(c -> assertThat(c.goal()).isInstanceOfSatisfying(Goal.Question.class,
                q -> assertThat(q.prompt()).contains("causal mask")));
        assertThat(all.stream().map(Challenge::step).distinct().count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void itToMat_isTheIssuesExample() {
        Challenge c = CATALOG.byId("it-to-mat").orElseThrow();
        assertThat(c.start().sentence()).isEqualTo(LessonPresenter.DEFAULT_SENTENCE);
        assertThat(c.goal()).isEqualTo(new Goal.StrongestKey(TokenRef.parse("it"), TokenRef.parse("mat")));
        assertThat(c.constraints().editable()).containsExactlyInAnyOrder(Editable.X, Editable.WK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("challenges")
    void startState_doesNotSolveIt(Challenge c) {
        ChallengeAttempt a = new ChallengeAttempt(c);
        ChallengeAttempt.Result r = a.check(a.startState());
        assertThat(r.goal().passed()).as(r.goal().text()).isFalse();
        assertThat(r.solved()).isFalse();
        assertThat(r.explanation()).isEmpty();
        assertThat(r.goal().progress()).isBetween(0.0, 1.0).isLessThan(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("challenges")
    void referenceSolution_solvesIt_andFillsTheExplanation(Challenge c) {
        ChallengeAttempt a = new ChallengeAttempt(c);
        ChallengeAttempt.Result r = a.checkReference();
        assertThat(r.solved()).as(r.goal().text() + " " + r.broken()).isTrue();
        assertThat(r.broken()).isEmpty();
        assertThat(r.goal().progress()).isEqualTo(1.0);
        assertThat(r.explanation()).hasValueSatisfying(e -> assertThat(e).doesNotContain("{").isNotBlank());
        assertThat(c.hints()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onTheNumbers")
    void nearMiss_theSolutionWithoutItsLastEdit_fails(Challenge c) {
        ChallengeAttempt a = new ChallengeAttempt(c);
        List<CellEdit> sol = c.solution();
        LessonState undone = CellEdit.applyAll(a.startState(), sol.subList(0, sol.size() - 1));

        ChallengeAttempt.Result r = a.check(undone);

        assertThat(r.solved()).as("%s without its last edit %s", c.id(), sol.get(sol.size() - 1)).isFalse();
        assertThat(r.goal().passed()).isFalse();
        assertThat(r.goal().progress()).isLessThan(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void questions_acceptOnlyTheRightAnswer(Challenge c) {
        Goal.Question q = (Goal.Question) c.goal();
        ChallengeAttempt a = new ChallengeAttempt(c);
        for (int i = 0; i < q.choices().size(); i++) {
            ChallengeAttempt.Result r = a.answer(i);
            assertThat(r.solved()).as("choice %d of %s", i, c.id()).isEqualTo(i == q.answer());
            assertThat(r.explanation().isPresent()).isEqualTo(i == q.answer());
        }
        assertThat(a.answer(-1).solved()).isFalse();
        assertThat(a.answer(q.choices().size()).solved()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withForbiddenMatrices")
    void anEditInAForbiddenMatrix_doesNotCount(Challenge c) {
        List<Editable> forbidden = CellEdit.MATRICES.stream().filter(m -> !c.constraints().editable().contains(m))
                .toList();
        ChallengeAttempt a = new ChallengeAttempt(c);
        Editable m = forbidden.get(0);
        LessonState solved = c.solvedState();
        LessonState tampered = new CellEdit(m, 0, 0, m.of(solved).get(0, 0) + 0.01).applyTo(solved);

        ChallengeAttempt.Result r = a.check(tampered);

        assertThat(r.solved()).isFalse();
        assertThat(r.broken()).anySatisfy(b -> assertThat(b).startsWith(m.label() + " was changed"));
        assertThat(r.explanation()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withMaxChangedCells")
    void oneCellTooMany_breaksMaxChangedCells(Challenge c) {
        Integer max = c.constraints().maxChangedCells();
        ChallengeAttempt a = new ChallengeAttempt(c);
        LessonState s = c.solvedState();
        Editable m = c.constraints().editableInOrder().get(0);
        Matrix start = m.of(a.startState());
        List<CellEdit> extra = new ArrayList<>();
        for (int i = start.rows() - 1; i >= 0 && Constraints.changedCells(a.startState(), s) <= max; i--) {
            for (int j = start.cols() - 1; j >= 0 && Constraints.changedCells(a.startState(), s) <= max; j--) {
                if (m.of(s).get(i, j) == start.get(i, j)) {
                    CellEdit e = new CellEdit(m, i, j, start.get(i, j) + 0.001);
                    extra.add(e);
                    s = e.applyTo(s);
                }
            }
        }
        assertThat(Constraints.changedCells(a.startState(), s)).isEqualTo(max + 1);

        ChallengeAttempt.Result r = a.check(s);

        assertThat(r.solved()).as("with %s", extra).isFalse();
        assertThat(r.broken()).anySatisfy(b -> assertThat(b).contains("at most " + max));
    }

    @Test
    void itToMat_solvedThroughForbiddenWq_passesTheGoalButIsNotSolved() {
        ChallengeAttempt a = new ChallengeAttempt(CATALOG.byId("it-to-mat").orElseThrow());
        // q1 of "it" strongly negative: the living part of its query cancels and only "noun" is left, so "mat" wins
        LessonState viaWq = new CellEdit(Editable.WQ, PRONOUN_DIMENSION, 1, -4).applyTo(a.startState());

        ChallengeAttempt.Result r = a.check(viaWq);

        assertThat(r.goal().passed()).as(r.goal().text()).isTrue();
        assertThat(r.solved()).isFalse();
        assertThat(r.broken()).containsExactly("W_Q was changed, but this challenge lets you edit only X or W_K.");
        assertThat(TestWeights.strongest(a, viaWq, IT)).isEqualTo(MAT);
    }

    @Test
    void itToMat_explanationQuotesTheScoreBeforeAndAfter() {
        Challenge c = CATALOG.byId("it-to-mat").orElseThrow();
        String e = new ChallengeAttempt(c).checkReference().explanation().orElseThrow();
        assertThat(e).startsWith("It worked because the score q_it · k_mat grew from 0.40 to 6.40");
    }

    @Test
    void changingTheSwitches_breaksAChallengeThatKeepsThem() {
        ChallengeAttempt a = new ChallengeAttempt(CATALOG.byId("it-to-mat").orElseThrow());
        ChallengeAttempt.Result r = a.check(a.challenge().solvedState().withScale(false));
        assertThat(r.solved()).isFalse();
        assertThat(r.broken()).anySatisfy(b -> assertThat(b).contains("√d_k switch was changed"));
    }

    @Test
    void anotherSentence_breaksTheChallenge() {
        ChallengeAttempt a = new ChallengeAttempt(CATALOG.byId("it-to-mat").orElseThrow());
        LessonState other = com.attentionlab.lesson.AuthoredLesson.of("The dog sat on the mat because it was tired",
                null, null).state();
        ChallengeAttempt.Result r = a.check(other);
        assertThat(r.solved()).isFalse();
        assertThat(r.broken()).singleElement().asString().startsWith("The sentence changed");
    }

    /** Small helpers on weights. */
    static final class TestWeights {
        static int strongest(ChallengeAttempt a, LessonState s, int row) {
            double[] w = new com.attentionlab.engine.AttentionEngine().trace(s).head().weights().row(row);
            int best = 0;
            for (int j = 1; j < w.length; j++) {
                if (w[j] > w[best]) {
                    best = j;
                }
            }
            return best;
        }
    }
}
