package com.attentionlab.lesson.ui;

import com.attentionlab.share.QrCode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

/**
 * The link to exactly this lesson, with a Copy button and a QR code big enough to scan from a projector; below them
 * the controls other features add here ({@link LessonHeaderAction.Placement#SHARE_DIALOG}), e.g. "Make a challenge".
 */
class ShareDialog extends Dialog {

    /**
     * @param url  the link to the lesson as it is now
     * @param more other features' controls, shown below the link and QR code in the given order
     */
    ShareDialog(String url, List<Component> more) {
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
        if (!more.isEmpty()) {
            Div others = new Div();
            others.setId("share-more");
            others.addClassName("share-more");
            more.forEach(others::add);
            add(others);
        }
        Button close = new Button("Close", e -> close());
        close.setId("share-close");
        getFooter().add(close);
        setWidth("min(680px, 95vw)");
    }
}
