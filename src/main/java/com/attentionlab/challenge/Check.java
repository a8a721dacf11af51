package com.attentionlab.challenge;

/**
 * One check of a goal.
 *
 * @param passed   whether the goal is met
 * @param progress how close, from 0 (far) to 1 (met): for a progress bar
 * @param value    the quantity the goal is about (a weight, a spread, a count of rows, an output), NaN for a question
 * @param text     one short sentence for the learner, with the current numbers
 */
public record Check(boolean passed, double progress, double value, String text) {

    public Check {
        progress = Double.isNaN(progress) ? 0 : Math.max(0, Math.min(1, progress));
    }
}
