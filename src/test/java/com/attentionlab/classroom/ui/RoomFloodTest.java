package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.testsupport.AbstractUiTest;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client starting classrooms as fast as it can gets a quota message, and a teacher elsewhere can still start a
 * class (before: one tab made all 500 rooms in 12 s and every other teacher got "already 500 classrooms" for 2 h).
 * The clients are told apart by X-Forwarded-For from a trusted proxy (this test's loopback), as behind a school's
 * reverse proxy.
 */
@SpringBootTest(properties = {"attention.trusted-proxies=127.0.0.1", "attention.client-limits.rooms-per-hour=5"})
class RoomFloodTest extends AbstractUiTest {

    private static final String FLOODER = "203.0.113.7";
    private static final String TEACHER = "198.51.100.2";

    @Autowired
    Classrooms classrooms;

    @Test
    void aRoomFlood_getsAQuotaMessage_whileAnotherClientCanStillStartAClass() {
        int before = classrooms.size();
        int started = 0;
        String refusal = null;
        // the flooder starts classes from new sessions (a session alone may hold 3) until refused
        for (int session = 0; session < 4 && refusal == null; session++) {
            newSessionFrom(FLOODER);
            for (int i = 0; i < 3 && refusal == null; i++) {
                refusal = startAClass();
                if (refusal == null) {
                    started++;
                }
            }
        }

        assertThat(started).isEqualTo(5);
        assertThat(refusal).contains("Too many new classrooms from your network").contains("try again in");
        assertThat(classrooms.size()).isEqualTo(before + 5);

        newSessionFrom(TEACHER);
        assertThat(startAClass()).isNull();
        assertThat(_get(TeacherView.class).room().ended()).isFalse();
    }

    @Test
    void oneSession_holdsAtMostThreeLiveClasses() {
        newSessionFrom("192.0.2.44");
        for (int i = 0; i < 3; i++) {
            assertThat(startAClass()).isNull();
        }

        assertThat(startAClass()).contains("You already teach 3 classes in this browser");
    }

    /** Clicks "Start a classroom" on the start page; the refusal shown, or null when the class started. */
    private static String startAClass() {
        int shown = NotificationsKt.getNotifications().size();
        navigate("");
        _click(_get(Button.class, spec -> spec.withId("start-classroom")));
        List<Notification> notes = NotificationsKt.getNotifications();
        if (notes.size() > shown) {
            String text = notes.get(notes.size() - 1).getElement().getProperty("text");
            NotificationsKt.clearNotifications();
            return text;
        }
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("teach/");
        return null;
    }

    private void newSessionFrom(String address) {
        newSession();
        jakarta.servlet.ServletRequest r = VaadinServletRequest.getCurrent();
        while (r instanceof jakarta.servlet.ServletRequestWrapper w) {
            r = w.getRequest();
        }
        ((FakeRequest) r).getHeaders().put("X-Forwarded-For", List.of(address));
    }
}
