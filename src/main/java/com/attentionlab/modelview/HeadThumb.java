package com.attentionlab.modelview;

import com.attentionlab.model.FloatMatrix;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * One head's attention weights as a tiny picture: {@code <head-thumb>} draws them on a canvas of T × T pixels,
 * scaled up by CSS, viridis from 0 to 1. 72 Chart.js charts would cost 72 chart instances; this costs one small
 * canvas each and no library. The weights go over as one attribute, {@code T:hex}, two hex digits (0–255) a cell.
 */
@Tag("head-thumb")
@JsModule("./components/head-thumb.js")
class HeadThumb extends Component {

    void setWeights(FloatMatrix w) {
        getElement().setAttribute("weights", encode(w));
    }

    /** {@code T:hex}, row by row, each weight as round(w · 255) in two hex digits. */
    static String encode(FloatMatrix w) {
        int t = w.rows();
        StringBuilder sb = new StringBuilder(t * t * 2 + 4).append(t).append(':');
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < t; j++) {
                int v = (int) Math.round(Math.max(0, Math.min(1, w.get(i, j))) * 255);
                sb.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 15, 16));
            }
        }
        return sb.toString();
    }
}
