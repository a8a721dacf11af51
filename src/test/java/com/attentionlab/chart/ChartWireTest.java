package com.attentionlab.chart;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart wrappers' getters read what goes over the wire (the element's {@code data} property), not a Java-side
 * copy: a wrapper that stopped sending its data would report none, and every view test would see it.
 */
class ChartWireTest {

    private static HeatmapData sample() {
        return new HeatmapData("w", "Weights", List.of("a", "b"), List.of("a", "b"),
                new double[][] {{0.25, 0.75}, {1, 0}}, 0, 1, 2, "{row} → {col} = {value}",
                new boolean[][] {{false, true}, {false, false}}, "query", "key", List.of(1), "made up");
    }

    @Test
    void heatmap_getData_isWhatTheElementCarries() {
        Heatmap h = new Heatmap("w");
        assertThat(h.getData()).isEmpty();

        h.setData(sample());

        HeatmapData read = h.getData().orElseThrow();
        assertThat(read.values()).isDeepEqualTo(sample().values());
        assertThat(read.masked()).isDeepEqualTo(sample().masked());
        assertThat(read.rowLabels()).containsExactly("a", "b");
        assertThat(read.marked()).containsExactly(1);
        assertThat(h.getElement().getProperty("data")).contains("\"values\":[[0.25,0.75],[1.0,0.0]]");
    }

    @Test
    void heatmap_whoseElementLostItsData_reportsNone() {
        Heatmap h = new Heatmap("w");
        h.setData(sample());

        h.getElement().removeProperty("data"); // as if setData no longer sent anything

        assertThat(h.getData()).isEmpty();
    }

    @Test
    void bars_valuesAreWhatTheElementCarries() {
        BarChart bars = new BarChart("bars");
        assertThat(bars.values()).isEmpty();

        bars.setData("t", List.of("a", "b", "c"), List.of(0.5, 0.25, 0.25), 0, 1, 2, 0);

        assertThat(bars.values()).containsExactly(0.5, 0.25, 0.25);
        bars.getElement().removeProperty("data");
        assertThat(bars.values()).isEmpty();
    }
}
