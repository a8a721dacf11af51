package com.attentionlab.modelview;

import com.attentionlab.chart.BarChart;
import com.attentionlab.model.FloatMatrix;
import com.attentionlab.model.MiniLm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A prepared contrast: layer 6 head 12, which sends "it" to "cat" in "…it was tired", on "…it was soft", where
 * "it" is the mat. The head still looks at "cat": it learned where a pronoun's subject usually is, not meaning.
 */
class ContrastPair extends Div {

    static final String TIRED = "The cat sat on the mat because it was tired";
    static final String SOFT = "The cat sat on the mat because it was soft";
    /** Layer 6, head 12 (0-based). */
    static final int LAYER = 5;
    static final int HEAD = 11;

    private final Function<String, MiniLm.Run> runs;
    private final Div pair = new Div();
    private final Paragraph caveat = new Paragraph();

    ContrastPair(Function<String, MiniLm.Run> runs) {
        this.runs = runs;
        setId("contrast");
        addClassName("contrast");
        Button compare = new Button("Compare: …it was tired / …it was soft", e -> show());
        compare.setId("contrast-pair");
        pair.addClassName("contrast-pair");
        caveat.setId("contrast-caveat");
        caveat.addClassName("contrast-caveat");
        caveat.setVisible(false);
        add(new H2("Does a head understand?"), new Paragraph("Layer 6, head 12 sends \"it\" to \"cat\". Does it "
                + "know what \"it\" means? Compare two sentences that differ in one word."), compare, pair, caveat);
    }

    void show() {
        pair.removeAll();
        double tired = addRow("tired", TIRED);
        double soft = addRow("soft", SOFT);
        caveat.setText(String.format(Locale.ROOT, "In \"…it was tired\" it is the cat; in \"…it was soft\" it is the "
                + "mat, yet layer 6 head 12 still looks at cat (%.2f, then %.2f). The head learned \"a pronoun looks "
                + "at the subject\", not what the sentence means.", tired, soft));
        caveat.setVisible(true);
    }

    /** Adds the it-row of layer 6 head 12 on one sentence; returns the weight it → cat. */
    private double addRow(String name, String sentence) {
        MiniLm.Run run = runs.apply(sentence);
        List<String> pieces = run.tokens().pieces();
        int it = pieces.indexOf("it");
        int cat = pieces.indexOf("cat");
        FloatMatrix w = run.trace().layer(LAYER).head(HEAD).attentionWeights();
        List<Double> row = new java.util.ArrayList<>();
        for (int j = 0; j < pieces.size(); j++) {
            row.add((double) w.get(it, j));
        }
        BarChart bars = new BarChart("bars-contrast-" + name);
        bars.setData("Layer 6, head 12: where \"it\" looks in \"…it was " + name + "\"", pieces, row, 0, 1, 2, cat);
        Div side = new Div(new H3("…it was " + name), bars);
        side.addClassName("contrast-side");
        pair.add(side);
        return row.get(cat);
    }

    /** The two bar charts shown, tired then soft (none before the button). */
    List<BarChart> charts() {
        return pair.getChildren().flatMap(c -> c.getChildren()).filter(BarChart.class::isInstance)
                .map(BarChart.class::cast).toList();
    }

    String caveatText() {
        return caveat.isVisible() ? caveat.getText() : "";
    }
}
