package com.attentionlab.chart;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A chart of one matrix ({@link Heatmap}, {@link WeightMap}): its {@link HeatmapData} goes to the browser as one
 * JSON property, sent only when it changed, and is read back from there.
 */
public abstract class MatrixChart extends Component {

    public void setData(HeatmapData data) {
        String next = Json.write(data);
        if (!next.equals(getElement().getProperty("data"))) {
            getElement().setProperty("data", next);
        }
    }

    /** What the browser has: read back from the element's {@code data} property (empty before any data). */
    public Optional<HeatmapData> getData() {
        return Optional.ofNullable(getElement().getProperty("data")).map(json -> Json.read(json, HeatmapData.class));
    }
}
