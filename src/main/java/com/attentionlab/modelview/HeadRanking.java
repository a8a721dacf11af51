package com.attentionlab.modelview;

import com.attentionlab.model.EncoderTrace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The heads of a run ranked by the weight one query token gives one key token. Plain Java. */
final class HeadRanking {

    /**
     * One head and the weight.
     *
     * @param layer  0-based layer
     * @param head   0-based head
     * @param weight softmax weight query → key in that head
     */
    record RankedHead(int layer, int head, double weight) {
    }

    private HeadRanking() {
    }

    /** Every head, the largest weight query → key first (ties: lower layer, then lower head first). */
    static List<RankedHead> rank(EncoderTrace trace, int query, int key) {
        List<RankedHead> all = new ArrayList<>();
        for (int l = 0; l < trace.layerCount(); l++) {
            EncoderTrace.Layer layer = trace.layer(l);
            for (int h = 0; h < layer.headCount(); h++) {
                all.add(new RankedHead(l, h, layer.head(h).attentionWeights().get(query, key)));
            }
        }
        all.sort(Comparator.comparingDouble(RankedHead::weight).reversed()
                .thenComparingInt(RankedHead::layer).thenComparingInt(RankedHead::head));
        return all;
    }
}
