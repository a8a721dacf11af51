package com.attentionlab.testsupport;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

/**
 * Everything of the current page that would reach the browser, as one text: every element's tag, attributes,
 * properties (JSON data of grids and charts included) and text, depth first from the UI's child components. Karibu runs no JavaScript,
 * so the server's element tree is what the browser gets; a number absent from this text is absent from the page.
 */
public final class PageDump {

    private PageDump() {
    }

    public static String ofCurrentUi() {
        StringBuilder out = new StringBuilder();
        // the route's view and what is added to the UI (dialogs, notifications) are its child components; under the
        // body element in the browser, not always among the UI element's children on the server
        UI.getCurrent().getChildren().forEach(c -> dump(c.getElement(), out));
        return out.toString();
    }

    private static void dump(Element e, StringBuilder out) {
        if (e.isTextNode()) {
            out.append(e.getText()).append('\n');
            return;
        }
        out.append('<').append(e.getTag());
        e.getAttributeNames().forEach(n -> out.append(' ').append(n).append("=\"").append(e.getAttribute(n))
                .append('"'));
        e.getPropertyNames().forEach(n -> out.append(' ').append(n).append("=").append(e.getPropertyRaw(n)));
        out.append(">\n");
        e.getChildren().forEach(c -> dump(c, out));
    }
}
