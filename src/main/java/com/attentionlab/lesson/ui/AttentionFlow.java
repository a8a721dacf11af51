package com.attentionlab.lesson.ui;

import com.attentionlab.chart.Json;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Vocabulary;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attention flow: tokens in two rows, a green line from each token to each token it attends to, thickness
 * and opacity following the weight. Hovering or focusing a token isolates its lines.
 */
@Tag("attention-flow")
@JsModule("./components/attention-flow.js")
public class AttentionFlow extends Component {

    private boolean markUnknown = true;

    public AttentionFlow(String id) {
        setId(id);
    }

    /** Whether words the hand-made lesson does not know get its mark (not a trained model's pieces). */
    public void setMarkUnknown(boolean on) {
        markUnknown = on;
    }

    public void show(String title, List<String> tokens, Matrix weights) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("title", title);
        d.put("tokens", tokens);
        d.put("weights", weights.toArray());
        d.put("minWeight", 0.02);
        d.put("unknown", markUnknown ? Vocabulary.unknown(tokens) : List.of());
        d.put("unknownNote", Vocabulary.UNKNOWN_NOTE);
        getElement().setProperty("data", Json.write(d));
    }

    /** The weights the browser has (read back from the element's {@code data} property), or null before any. */
    public Matrix weights() {
        String json = getElement().getProperty("data");
        return json == null ? null : Matrix.of(Json.read(json, Wire.class).weights());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Wire(double[][] weights) {
    }
}
