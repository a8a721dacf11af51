package com.attentionlab.lesson.ui;

import com.attentionlab.share.QrCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;

/** The link to exactly this lesson, with a Copy button and a QR code big enough to scan from a projector. */
class ShareDialog extends Dialog {

    ShareDialog(String url) {
        setHeaderTitle("Share this lesson");
        CopyField link = new CopyField("Link to this exact lesson", url, "share-link");
        Paragraph length = new Paragraph("The link holds every number of the lesson (" + url.length()
                + " characters). Anyone who opens it sees exactly what you see now.");
        length.addClassName("note");
        Div body = new Div(link, length);
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
