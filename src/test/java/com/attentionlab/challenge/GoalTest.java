package com.attentionlab.challenge;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.LessonState;
import com.attentionlab.lesson.Preset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.attentionlab.testsupport.TestLessons.CAT;
import static com.attentionlab.testsupport.TestLessons.IT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each goal kind on the default lesson (coreference: "it" gives "cat" 0.98). */
class GoalTest {

    private static final LessonState LESSON = Start.of("The cat sat on the mat because it was tired",
            Preset.COREFERENCE).state();
    private static final AttentionTrace TRACE = new AttentionEngine().trace(LESSON);

    @Test
    void tokenRef_namesAnOccurrence_ignoringCase() {
        List<String> tokens = LESSON.tokens();
        assertThat(TokenRef.parse("the").find(tokens)).contains(0);
        assertThat(TokenRef.parse("the#2").find(tokens)).contains(4);
        assertThat(TokenRef.parse("the#3").find(tokens)).isEmpty();
        assertThat(TokenRef.parse("#1")).isEqualTo(new TokenRef("#1", 1));
        assertThat(TokenRef.parse("the#2").toString()).isEqualTo("the#2");
    }

    @Test
    void strongestKey_passesOnTheRowsMaximum() {
        Check cat = new Goal.StrongestKey(TokenRef.parse("it"), TokenRef.parse("cat")).check(LESSON, TRACE);
        Check mat = new Goal.StrongestKey(TokenRef.parse("it"), TokenRef.parse("mat")).check(LESSON, TRACE);
        assertThat(cat.passed()).isTrue();
        assertThat(cat.value()).isEqualTo(TRACE.head().weights().get(IT, CAT));
        assertThat(mat.passed()).isFalse();
        assertThat(mat.text()).isEqualTo("“it” gives “mat” 0.01, but “cat” 0.98.");
        assertThat(mat.progress()).isBetween(0.0, 0.1);
    }

    @Test
    void threshold_onEveryDiagonal_andOnOneCell() {
        Check self = new Goal.Threshold(null, null, true, 0.8).check(LESSON, TRACE);
        assertThat(self.passed()).isFalse();
        assertThat(self.text()).startsWith("10 of 10 tokens miss");
        Check atMost = new Goal.Threshold(TokenRef.parse("it"), TokenRef.parse("cat"), false, 0.99).check(LESSON, TRACE);
        assertThat(atMost.passed()).isTrue();
        Check atLeast = new Goal.Threshold(TokenRef.parse("it"), TokenRef.parse("cat"), true, 0.99).check(LESSON, TRACE);
        assertThat(atLeast.passed()).isFalse();
        assertThat(atLeast.progress()).isCloseTo(TRACE.head().weights().get(IT, CAT) / 0.99, within(1e-12));
    }

    @Test
    void evenSplit_needsBothCloseness_andTheTotal() {
        LessonState uniform = Start.of("The cat sat on the mat because it was tired", Preset.UNIFORM).state()
                .withWq(Start.of("a", Preset.UNIFORM).state().wq());
        AttentionTrace t = new AttentionEngine().trace(uniform);
        var keys = List.of(TokenRef.parse("cat"), TokenRef.parse("mat"));
        assertThat(new Goal.EvenSplit(TokenRef.parse("it"), keys, 0.01, 0).check(uniform, t).passed()).isTrue();
        Check tooLittle = new Goal.EvenSplit(TokenRef.parse("it"), keys, 0.01, 0.8).check(uniform, t);
        assertThat(tooLittle.passed()).isFalse();
        assertThat(tooLittle.text()).endsWith("even, but together only 0.20.");
    }

    @Test
    void pattern_previousToken_passesOnThePreset() {
        LessonState prev = Start.of("The cat sat on the mat because it was tired", Preset.PREVIOUS_TOKEN).state();
        Goal.Pattern g = new Goal.Pattern(Goal.PatternKind.PREVIOUS_TOKEN, 0.5);
        assertThat(g.check(prev, new AttentionEngine().trace(prev)).passed()).isTrue();
        assertThat(g.check(LESSON, TRACE).passed()).isFalse();
        assertThat(g.quantities(prev, new AttentionEngine().trace(prev))).containsKeys("rows", "weakest");
    }

    @Test
    void output_readsTheWeightedSum() {
        Goal.OutputCondition g = new Goal.OutputCondition(TokenRef.parse("it"), 0, "living", true, 1.0);
        Check c = g.check(LESSON, TRACE);
        assertThat(c.passed()).isTrue();
        assertThat(c.value()).isEqualTo(TRACE.output().get(IT, 0));
        assertThat(g.problems(LESSON)).isEmpty();
        assertThat(new Goal.OutputCondition(TokenRef.parse("it"), 4, "x", true, 1).problems(LESSON))
                .containsExactly("column 4 is outside the output, which has columns 0 to 3");
    }

    @Test
    void question_passesOnlyWithTheRightAnswer() {
        Goal.Question q = new Goal.Question("Why?", List.of("a", "b"), 1);
        assertThat(q.check(LESSON, TRACE).passed()).isFalse();
        assertThat(q.answer(0).passed()).isFalse();
        assertThat(q.answer(1).passed()).isTrue();
        assertThat(q.answer(2).text()).isEqualTo("Pick one of the 2 answers.");
    }
}
