package com.attentionlab.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** A formula typeset by KaTeX in the browser. The TeX is always the app's own text, never user input. */
@Tag("katex-formula")
@NpmPackage(value = "katex", version = "0.16.22")
@JsModule("./components/katex-formula.js")
public class Formula extends Component {

    public Formula(String tex) {
        getElement().setProperty("tex", tex);
        addClassName("formula");
    }
}
