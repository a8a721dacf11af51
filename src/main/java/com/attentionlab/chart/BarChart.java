package com.attentionlab.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Chart.js bar chart of one row of numbers (e.g. one token's attention weights), values printed on the bars. */
@Tag("attention-bars")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/attention-bars.js")
public class BarChart extends Component {

    public BarChart(String id) {
        setId(id);
    }

    /**
     * Shows the values.
     *
     * @param highlight index of a bar to highlight, or -1
     */
    public void setData(String title, List<String> labels, List<Double> values, double min, double max, int digits,
                        int highlight) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(labels.size() + " labels but " + values.size() + " values");
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("title", title);
        d.put("labels", labels);
        d.put("values", values);
        d.put("min", min);
        d.put("max", max);
        d.put("digits", digits);
        d.put("highlight", highlight);
        String next = Json.write(d);
        if (!next.equals(getElement().getProperty("data"))) {
            getElement().setProperty("data", next);
        }
    }

    /** The values the browser has (read back from the element's {@code data} property; none before any data). */
    public List<Double> values() {
        String json = getElement().getProperty("data");
        return json == null ? List.of() : Json.read(json, Wire.class).values();
    }

    /** The part of the wire format this class reads back. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Wire(List<Double> values) {
    }
}
