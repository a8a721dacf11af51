package com.attentionlab.challenge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Broken files give clear messages naming the file and the field, and the good ones still load. */
class ChallengeCatalogTest {

    private static final ChallengeCatalog BROKEN =
            ChallengeCatalog.load("challenges-broken", ChallengeCatalogTest.class.getClassLoader());

    @Test
    void theGoodFile_stillLoads_amongBrokenOnes() {
        assertThat(BROKEN.challenges()).extracting(Challenge::id).containsExactly("good-one");
        assertThat(BROKEN.byId("good-one")).isPresent();
        assertThat(BROKEN.problems()).hasSizeGreaterThanOrEqualTo(13);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-kind.json       | goal.kind: "strongest" is not a goal kind (one of strongest-key, threshold, even-split, pattern, output, question)
            token-missing.json      | goal: the token "rug" is not in the sentence (The cat sat on the mat because it was tired)
            cell-out-of-range.json  | solution[0]: the cell (8, 0) is outside W_Q, which has rows 0 to 7 and columns 0 to 3
            no-hints.json           | hints: is empty: give at least one hint
            does-not-solve.json     | solution: does not solve the challenge: “it” gives “cat”
            start-passes.json       | start: already meets the goal, so there is nothing to do
            forbidden-solution.json | solution[0]: edits W_Q, which the constraints do not let the learner edit
            typo-field.json         | hnts: is not a field here
            bad-placeholder.json    | explanation: the placeholder {later} is not one of {before}, {after}
            unknown-quantity.json   | explanation: the placeholder {score.before} names no number of a threshold goal (it has weight)
            wrong-id.json           | id: "another-id" must be the file's name without .json ("wrong-id")
            not-json.json           | is not valid JSON (line 1, column
            absent.json             | listed in index.txt but not found in challenges-broken/
            """)
    void aBrokenFile_givesAClearMessage_namingFileAndField(String file, String message) {
        assertThat(BROKEN.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ": ").contains(message));
        assertThat(BROKEN.challenges()).noneSatisfy(c -> assertThat(file).startsWith(c.id() + "."));
    }

    @Test
    void aMissingFieldAndAWrongType_areBothReported_inOneRead() {
        ChallengeJson.Outcome o = ChallengeJson.read("x.json", """
                {"id": "Bad Id", "title": 3, "level": "expert", "step": "softmax", "story": "s",
                 "start": {"sentence": "a b"}, "goal": {"kind": "pattern", "pattern": "diagonal"},
                 "hints": ["h"], "explanation": "e"}
                """);
        assertThat(o.ok()).isFalse();
        assertThat(o.challenge()).isEmpty();
        assertThat(o.problems()).contains(
                "x.json: id: \"Bad Id\" is not a slug: use 1 to 40 of a-z, 0-9 and -",
                "x.json: title: must be a text in quotes",
                "x.json: level: \"expert\" is not one of warm-up, practice, puzzle, build",
                "x.json: goal.pattern: \"diagonal\" is not one of previous-token");
    }

    @Test
    void aGoalOnTheNumbers_withoutASolution_isRefusedForBuiltIns_butFineWhenAuthored() {
        String json = ChallengeJson.write(BROKEN.byId("good-one").orElseThrow()).replaceAll(
                "\"solution\" : \\[[^]]*]", "\"solution\" : [ ]");
        assertThat(ChallengeJson.read("y.json", json).problems())
                .containsExactly("y.json: solution: is missing: a built-in challenge needs a reference solution");
        assertThat(ChallengeJson.read("y.json", json, false).ok()).isTrue();
    }

    @Test
    void writeThenRead_givesTheSameChallenge() {
        for (Challenge c : ChallengeCatalog.load().challenges()) {
            ChallengeJson.Outcome o = ChallengeJson.read(c.id() + ".json", ChallengeJson.write(c));
            assertThat(o.problems()).isEmpty();
            assertThat(o.challenge()).contains(c);
        }
    }

    @Test
    void noIndex_isOneClearProblem() {
        ChallengeCatalog none = ChallengeCatalog.load("no-such-folder", getClass().getClassLoader());
        assertThat(none.challenges()).isEmpty();
        assertThat(none.problems()).isEqualTo(List.of(
                "no-such-folder/index.txt: not found on the classpath, so no challenge was loaded"));
    }
}
