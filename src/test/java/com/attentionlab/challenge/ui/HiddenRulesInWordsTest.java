package com.attentionlab.challenge.ui;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeCatalog;
import com.attentionlab.challenge.Constraints;
import com.attentionlab.lesson.Editable;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules line of a challenge that hides matrices: it says they are hidden, no longer "try not to look". */
class HiddenRulesInWordsTest {

    private static final ChallengeCatalog CATALOG = ChallengeCatalog.load();

    private static Challenge withHidden(Challenge c, Set<Editable> hidden) {
        Constraints k = c.constraints();
        return new Challenge(c.id(), c.title(), c.level(), c.step(), c.story(), c.start(), c.goal(),
                new Constraints(k.editable(), k.maxChangedCells(), hidden, k.switches()), c.hints(), c.solution(),
                c.explanation());
    }

    @Test
    void mysteryWk_saysWkIsHidden_asQuestionMarks() {
        Challenge c = CATALOG.byId("mystery-wk").orElseThrow();

        assertThat(ChallengePanel.rulesInWords(c)).isEqualTo("edit only W_Q; at most 1 changed cell; W_K hidden: "
                + "every number of W_K shows as “?” and cannot be edited, while what is computed from it stays on "
                + "screen; keep the switches as they are.");
    }

    @Test
    void twoHiddenMatrices_areNamedInLessonOrder() {
        Challenge c = withHidden(CATALOG.byId("mystery-wk").orElseThrow(), EnumSet.of(Editable.WV, Editable.WK));

        assertThat(ChallengePanel.rulesInWords(c)).contains("every number of W_K and W_V shows as “?”")
                .contains("computed from them").doesNotContain("try not to look");
    }

    @Test
    void nothingHidden_saysNothingAboutHiding() {
        Challenge c = CATALOG.byId("it-to-mat").orElseThrow();

        assertThat(c.constraints().hidden()).isEmpty();
        assertThat(ChallengePanel.rulesInWords(c)).doesNotContain("hidden").doesNotContain("?").endsWith(".");
    }
}
