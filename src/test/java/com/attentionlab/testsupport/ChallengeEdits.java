package com.attentionlab.testsupport;

import com.attentionlab.challenge.CellEdit;
import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeAttempt;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Editable;

/** Edits for challenge tests, searched on the engine so that tests carry no magic numbers. */
public final class ChallengeEdits {

    private ChallengeEdits() {
    }

    /** The first one-cell edit of {@code m} (values −4 … 4 in steps of 0.5) that meets the challenge's goal. */
    public static CellEdit oneEditMeetingTheGoal(Challenge c, Editable m) {
        LessonState start = c.startState();
        ChallengeAttempt attempt = new ChallengeAttempt(c);
        Matrix w = m.of(start);
        for (int i = 0; i < w.rows(); i++) {
            for (int j = 0; j < w.cols(); j++) {
                for (double v = -4; v <= 4; v += 0.5) {
                    CellEdit e = new CellEdit(m, i, j, v);
                    if (attempt.check(e.applyTo(start)).goal().passed()) {
                        return e;
                    }
                }
            }
        }
        throw new AssertionError("no single " + m.label() + " edit meets " + c.id() + "'s goal");
    }
}
