package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.Room;
import com.attentionlab.lesson.ui.CopyField;
import com.attentionlab.lesson.ui.PublicUrls;
import com.attentionlab.share.QrCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The line under the header in a classroom: the teacher's join code, link and QR; or a student's way back. */
class ClassroomBar extends Div {

    private final Span students = new Span();

    ClassroomBar() {
        addClassName("classroom-bar");
    }

    /** For the teacher: how students join, and "End class". */
    void showTeacher(Room room, PublicUrls urls, Runnable onEnd, java.util.function.Supplier<String> handover) {
        removeAll();
        String joinUrl = urls.absolute("join/" + room.code());
        Span label = new Span("Live classroom · join code");
        Span code = new Span(room.code());
        code.setId("join-code");
        code.addClassName("join-code");
        Anchor link = new Anchor(joinUrl, joinUrl);
        link.setId("join-link");
        link.setTarget("_blank");
        Button qr = new Button("Show join QR", e -> qrDialog(room.code(), joinUrl).open());
        qr.setId("join-qr-button");
        Button end = new Button("End class", e -> confirmEnd(onEnd).open());
        end.setId("end-class");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button move = new Button("Continue on another device",
                e -> handoverDialog(urls.absolute(HandoverView.pathOf(room.code())) + "#" + handover.get()).open());
        move.setId("handover-button");
        students.setId("student-count");
        students.getElement().setAttribute("aria-live", "polite");
        add(label, code, new Span("· students open"), link, qr, students, move, end);
        String advice = switch (urls.source()) {
            case LOOPBACK -> "Students cannot open links to localhost: it means their own device. "
                    + "Open this page with your computer's network address instead (e.g. http://192.168.1.20:8080), "
                    + "or start the app with --attention.public-url=http://<that address>:8080.";
            case SERVER_ADDRESS -> "The join link uses this server's own address, not the name in your address bar "
                    + "(a name is used only when it is configured). If students cannot open it, start the app with "
                    + "--attention.public-url=<the address students use>.";
            default -> null;
        };
        if (advice != null) {
            Paragraph warning = new Paragraph(advice);
            warning.setId("link-address-warning");
            warning.addClassName("warning");
            warning.getElement().setAttribute("role", "alert");
            add(warning);
        }
    }

    /** How many students follow right now. */
    void setStudents(int n) {
        students.setText(n == 1 ? "1 student connected" : n + " students connected");
        students.getElement().setAttribute("data-count", Integer.toString(n));
    }

    /** A one-time link (the code in its fragment) that lets another device of the teacher take over the class. */
    private static Dialog handoverDialog(String url) {
        Dialog d = new Dialog();
        d.setId("handover-dialog");
        d.setHeaderTitle("Continue on another device");
        d.add(new Paragraph("Open this link on the device you want to teach from (or scan the code). It works once, "
                + "within 10 minutes; keep it to yourself: whoever opens it controls the class."));
        d.add(new CopyField("One-time teacher link", url, "handover-link"));
        if (url.length() <= QrCode.MAX_TEXT) {
            Image img = new Image(QrCode.dataUri(url), "QR code of the one-time teacher link");
            img.addClassName("join-qr");
            d.add(img);
        }
        Button close = new Button("Close", e -> d.close());
        d.getFooter().add(close);
        return d;
    }

    private static Dialog confirmEnd(Runnable onEnd) {
        Dialog d = new Dialog();
        d.setId("end-class-dialog");
        d.setHeaderTitle("End the class for everyone?");
        d.add(new Paragraph("Students keep the lesson as they see it now, and the join code stops working. "
                + "This cannot be undone."));
        Button end = new Button("End class", e -> {
            d.close();
            onEnd.run();
        });
        end.setId("confirm-end-class");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button("Keep teaching", e -> d.close());
        keep.setId("cancel-end-class");
        d.getFooter().add(keep, end);
        return d;
    }

    private static Dialog qrDialog(String code, String url) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Join the class: " + code);
        Image img = new Image(QrCode.dataUri(url), "QR code of the join link " + url);
        img.setId("join-qr");
        img.addClassName("join-qr");
        Paragraph p = new Paragraph(url);
        p.addClassName("join-url-large");
        d.add(img, p, new CopyField("Join link", url, "join-url"));
        Button close = new Button("Close", e -> d.close());
        d.getFooter().add(close);
        return d;
    }

    /** For a student exploring a private copy: back to following the teacher. */
    void showExploring(String roomCode) {
        removeAll();
        Span text = new Span("You are exploring on your own; the class goes on without you.");
        Anchor follow = new Anchor("join/" + roomCode, "Follow the teacher again");
        follow.setId("follow-teacher");
        add(text, follow);
    }
}
