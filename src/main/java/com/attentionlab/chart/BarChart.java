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

    private List<Double> values = List.of();
    private String json;

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
        this.values = List.copyOf(values);
        String next = Json.write(d);
        if (!next.equals(json)) {
            json = next;
            getElement().setProperty("data", next);
        }
    }

    /** The values last sent to the browser. */
    public List<Double> values() {
        return values;
    }
}
