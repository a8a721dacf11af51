package com.attentionlab.lesson.ui;

import com.attentionlab.share.QrCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/** The link to exactly this lesson, with a Copy button and a QR code big enough to scan from a projector. */
class ShareDialog extends Dialog {

    private final TextField link = new TextField("Link to this exact lesson");

    ShareDialog(String url) {
        setHeaderTitle("Share this lesson");
        link.setId("share-link");
        link.setReadOnly(true);
        link.setValue(url);
        link.setWidthFull();
        link.addFocusListener(e -> link.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button("Copy link", e -> link.getElement()
                .executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true) : false",
                        url)
                .then(Boolean.class, ok -> Notification.show(Boolean.TRUE.equals(ok) ? "Link copied"
                        : "Copying is blocked here: select the link and copy it by hand"),
                        err -> Notification.show("Copying is blocked here: select the link and copy it by hand")));
        copy.setId("share-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph length = new Paragraph("The link holds every number of the lesson (" + url.length()
                + " characters). Anyone who opens it sees exactly what you see now.");
        length.addClassName("note");
        Div body = new Div(link, copy, length);
        body.addClassName("share-body");
        if (url.length() <= QrCode.MAX_TEXT) {
            Image qr = new Image(QrCode.dataUri(url), "QR code of the lesson link");
            qr.setId("share-qr");
            qr.addClassName("share-qr");
            body.add(qr);
        } else {
            body.add(new Paragraph("This lesson is too large for a QR code; share the link instead."));
        }
        add(body);
        Button close = new Button("Close", e -> close());
        close.setId("share-close");
        getFooter().add(close);
        setWidth("min(680px, 95vw)");
    }
}
