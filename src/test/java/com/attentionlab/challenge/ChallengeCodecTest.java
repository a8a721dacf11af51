package com.attentionlab.challenge;

import com.attentionlab.lesson.Editable;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static com.attentionlab.testsupport.TestLessons.PRONOUN_DIMENSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChallengeCodecTest {

    /** A teacher's challenge: the current lesson (one edit made) as the start, a goal from the menu. */
    private static Challenge authored(String title, String story, List<String> hints) throws Exception {
        LessonPresenter p = com.attentionlab.testsupport.TestLessons.presenter();
        p.editCell(Editable.WQ, PRONOUN_DIMENSION, 1, "-1");
        Start start = Start.from(p.toShared());
        return new Challenge("my-challenge", title, Level.PRACTICE, Step.SOFTMAX, story, start,
                new Goal.StrongestKey(TokenRef.parse("it"), TokenRef.parse("mat")),
                new Constraints(Set.of(Editable.WK), null, Set.of(), false), hints, List.of(), "From {before} to {after}.");
    }

    @Test
    void authoredChallenge_roundTrips_andKeepsTheTeachersEdit() throws Exception {
        Challenge c = authored("Make it mean the mat", "Edit W_K only.", List.of("Look at k0."));

        String code = ChallengeCodec.encode(c);
        Challenge back = ChallengeCodec.decode(code);

        assertThat(back).isEqualTo(c);
        assertThat(code).matches("[A-Za-z0-9_-]+").hasSizeLessThan(ChallengeCodec.MAX_CODE_LENGTH);
        assertThat(c.start().edits()).containsExactly(new CellEdit(Editable.WQ, PRONOUN_DIMENSION, 1, -1));
        assertThat(back.startState().wq().get(PRONOUN_DIMENSION, 1)).isEqualTo(-1);
    }

    @Test
    void everyBuiltInChallenge_fitsInALink_andRoundTrips() throws Exception {
        for (Challenge c : ChallengeCatalog.load().challenges()) {
            String code = ChallengeCodec.encode(c);
            assertThat(ChallengeCodec.decode(code)).as(c.id()).isEqualTo(c);
            assertThat(code.length()).as(c.id()).isLessThanOrEqualTo(ChallengeCodec.MAX_CODE_LENGTH);
        }
    }

    @Test
    void overTheSizeLimits_isRefused_namingEachLimit() throws Exception {
        Challenge c = authored("t".repeat(81), "s".repeat(501), List.of("a", "b", "c", "h".repeat(201)));
        assertThatThrownBy(() -> ChallengeCodec.encode(c)).isInstanceOf(ChallengeCodeException.class)
                .hasMessageContainingAll("the title is 81 characters, more than 80",
                        "the task is 501 characters, more than 500", "4 hints are more than 3",
                        "hint 4 is 201 characters, more than 200");
    }

    @Test
    void aTamperedOrCutCode_isRefusedWithAReason() throws Exception {
        String code = ChallengeCodec.encode(authored("Title", "Story.", List.of("Hint.")));
        byte[] raw = Base64.getUrlDecoder().decode(code);
        raw[raw.length - 3] ^= 0x10;
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        assertThatThrownBy(() -> ChallengeCodec.decode(tampered)).hasMessageContaining("damaged");
        assertThatThrownBy(() -> ChallengeCodec.decode(code.substring(0, code.length() / 2)))
                .isInstanceOf(ChallengeCodeException.class);
        assertThatThrownBy(() -> ChallengeCodec.decode("not a code!")).hasMessageContaining("characters that do not belong");
        assertThatThrownBy(() -> ChallengeCodec.decode("")).hasMessage("the link has no challenge code");
        assertThatThrownBy(() -> ChallengeCodec.decode("A".repeat(4_001))).hasMessageContaining("too long");
        raw = Base64.getUrlDecoder().decode(code);
        raw[0] = 9;
        String v9 = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        assertThatThrownBy(() -> ChallengeCodec.decode(v9)).hasMessageContaining("format version 9");
    }

    @Test
    void aLinkWhoseStartAlreadyPasses_isRefusedLikeAFile() throws Exception {
        Challenge c = authored("Title", "Story.", List.of("Hint."));
        Challenge passes = new Challenge(c.id(), c.title(), c.level(), c.step(), c.story(), c.start(),
                new Goal.StrongestKey(TokenRef.parse("it"), TokenRef.parse("cat")), c.constraints(), c.hints(),
                c.solution(), c.explanation());
        String code = ChallengeCodec.encode(passes);
        assertThatThrownBy(() -> ChallengeCodec.decode(code))
                .hasMessageStartingWith("the challenge link: start: already meets the goal");
    }

    @Test
    void manyEditedCells_areRefused() throws Exception {
        Challenge c = authored("Title", "Story.", List.of("Hint."));
        List<CellEdit> many = Collections.nCopies(65, new CellEdit(Editable.WK, 0, 0, 1));
        Start big = new Start(c.start().sentence(), c.start().preset(), 7, false, true, List.of(), many, null);
        Challenge b = new Challenge(c.id(), c.title(), c.level(), c.step(), c.story(), big, c.goal(), c.constraints(),
                c.hints(), c.solution(), c.explanation());
        assertThatThrownBy(() -> ChallengeCodec.encode(b)).hasMessageContaining("65 edited cells, more than 64");
    }

    @Test
    void aLessonOnATrainedModel_cannotBeAStart() {
        var shared = new com.attentionlab.share.SharedLesson(
                com.attentionlab.lesson.AuthoredLesson.of(null, null, null).state(), "x", "coreference", 7,
                new com.attentionlab.share.ModelRef("minilm", 5, 11));
        assertThatThrownBy(() -> Start.from(shared)).hasMessageContaining("hand-made lesson");
    }
}
