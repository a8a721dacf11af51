package com.attentionlab.modelview;

import com.attentionlab.model.MiniLm;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * "Find heads": pick a query token and a key token; the ten heads where the query gives the key the most weight,
 * each a button that opens that head in the lesson. Defaults: {@code it} → {@code cat} when the sentence has them.
 */
class FindHeads extends Div {

    static final int SHOWN = 10;

    private final HeadGrid.Opener opener;
    private final Select<Integer> query = new Select<>();
    private final Select<Integer> key = new Select<>();
    private final OrderedList results = new OrderedList();
    private MiniLm.Run run;
    private boolean filling;

    FindHeads(HeadGrid.Opener opener) {
        this.opener = opener;
        setId("find-heads");
        addClassName("find-heads");
        query.setLabel("Query token (asks)");
        query.setId("find-query");
        key.setLabel("Key token (is looked at)");
        key.setId("find-key");
        query.addValueChangeListener(e -> rank());
        key.addValueChangeListener(e -> rank());
        results.setId("find-results");
        results.addClassName("find-results");
        Div pickers = new Div(query, key);
        pickers.addClassName("find-pickers");
        add(new H2("Find heads"), new Paragraph("Which heads make one word look at another? Pick two tokens: the "
                + "heads are ranked by the weight the query gives the key."), pickers, results);
    }

    void show(MiniLm.Run next) {
        run = next;
        List<String> pieces = next.tokens().pieces();
        filling = true;
        for (Select<Integer> s : List.of(query, key)) {
            s.setItems(IntStream.range(0, pieces.size()).boxed().toList());
            s.setItemLabelGenerator(i -> pieces.get(i) + " · " + i);
        }
        query.setValue(indexOr(pieces, "it", Math.min(1, pieces.size() - 1)));
        key.setValue(indexOr(pieces, "cat", Math.min(1, pieces.size() - 1)));
        filling = false;
        rank();
    }

    private static int indexOr(List<String> pieces, String piece, int fallback) {
        int i = pieces.indexOf(piece);
        return i < 0 ? fallback : i;
    }

    private void rank() {
        if (filling || run == null || query.getValue() == null || key.getValue() == null) {
            return;
        }
        results.removeAll();
        List<String> pieces = run.tokens().pieces();
        String q = pieces.get(query.getValue());
        String k = pieces.get(key.getValue());
        List<HeadRanking.RankedHead> ranked = HeadRanking.rank(run.trace(), query.getValue(), key.getValue());
        for (int i = 0; i < Math.min(SHOWN, ranked.size()); i++) {
            HeadRanking.RankedHead r = ranked.get(i);
            NativeButton b = new NativeButton("Layer " + (r.layer() + 1) + ", head " + (r.head() + 1) + ": "
                    + String.format(Locale.ROOT, "%.2f", r.weight()), e -> opener.open(r.layer(), r.head()));
            b.setId("found-" + (i + 1));
            b.addClassName("found-head");
            b.getElement().setAttribute("data-layer", Integer.toString(r.layer() + 1));
            b.getElement().setAttribute("data-head", Integer.toString(r.head() + 1));
            b.getElement().setAttribute("data-weight", String.format(Locale.ROOT, "%.4f", r.weight()));
            b.getElement().setAttribute("aria-label", "Layer " + (r.layer() + 1) + ", head " + (r.head() + 1)
                    + ": " + q + " gives " + k + String.format(Locale.ROOT, " weight %.2f", r.weight())
                    + "; open it in the lesson");
            results.add(new ListItem(b));
        }
    }

    /** The shown ranking, best first. */
    List<NativeButton> rows() {
        return results.getChildren().map(li -> (NativeButton) li.getChildren().findFirst().orElseThrow()).toList();
    }
}
