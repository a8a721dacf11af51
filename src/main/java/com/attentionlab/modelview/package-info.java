/**
 * The model view at {@code /model}: every head of all-MiniLM-L6-v2 on one sentence as a grid of small heatmaps
 * (after BertViz's model view), a ranking of the heads by how much one token attends to another, and a prepared
 * contrast pair. A head opens in the lesson. Uses {@code lesson}, {@code lesson.ui}, {@code model} and
 * {@code chart}; only {@code home} uses it.
 */
package com.attentionlab.modelview;
