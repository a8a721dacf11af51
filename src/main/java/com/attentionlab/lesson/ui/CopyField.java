package com.attentionlab.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A read-only link with a Copy button that also works where the clipboard API does not (plain HTTP on a school
 * network): it then copies the selected text the old way, or selects it and says how to copy it by hand.
 */
public class CopyField extends Div {

    /** Constant script (the text is passed as $0, never concatenated). Answers copied | selected | blocked. */
    private static final String COPY = """
            const text = $0;
            if (navigator.clipboard && window.isSecureContext) {
              return navigator.clipboard.writeText(text).then(() => 'copied', () => 'blocked');
            }
            const input = this.inputElement;
            if (!input) return 'blocked';
            input.focus();
            input.select();
            try { return document.execCommand('copy') ? 'copied' : 'selected'; } catch (e) { return 'selected'; }
            """;

    private final TextField field;

    public CopyField(String label, String value, String idPrefix) {
        addClassName("copy-field");
        field = new TextField(label);
        field.setId(idPrefix);
        field.setReadOnly(true);
        field.setValue(value);
        field.setWidthFull();
        field.addFocusListener(e -> field.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button("Copy", e -> field.getElement().executeJs(COPY, value)
                .then(String.class, CopyField::tell, err -> tell("selected")));
        copy.setId(idPrefix + "-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(field, copy);
    }

    private static void tell(String outcome) {
        Notification.show("copied".equals(outcome) ? "Copied"
                : "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it", 4000, Notification.Position.BOTTOM_CENTER);
    }
}
