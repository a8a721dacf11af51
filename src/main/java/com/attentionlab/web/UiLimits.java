package com.attentionlab.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A ceiling on server memory: every browser tab (a Vaadin UI) holds its lesson on the server. One session keeps at
 * most {@code attention.ui.max-per-session} tabs (opening one more closes the oldest: a person does not read ten
 * lessons at once, a script reloading a page does), and the node at most {@code attention.ui.max-per-node} (a new
 * tab beyond that gets a friendly "busy" page instead of the server running out of memory).
 */
@Component
public class UiLimits implements VaadinServiceInitListener {

    private final int perSession;
    private final int perNode;
    private final AtomicInteger live = new AtomicInteger();

    public UiLimits(@Value("${attention.ui.max-per-session:10}") int perSession,
                    @Value("${attention.ui.max-per-node:2000}") int perNode) {
        this.perSession = perSession;
        this.perNode = perNode;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> admit(e.getUI()));
    }

    /** A new tab: counted while it lives; beyond the node's ceiling it is sent to the busy page. */
    void admit(UI ui) {
        live.incrementAndGet();
        ui.addDetachListener(d -> live.decrementAndGet());
        if (live.get() > perNode) {
            ui.addBeforeEnterListener(be -> {
                if (be.getNavigationTarget() != BusyView.class) {
                    be.rerouteTo(BusyView.class);
                }
            });
            return;
        }
        closeOldest(ui.getSession());
    }

    private void closeOldest(VaadinSession session) {
        List<UI> open = session.getUIs().stream().filter(u -> !u.isClosing())
                .sorted(Comparator.comparingInt(UI::getUIId)).toList();
        for (int i = 0; i < open.size() - perSession; i++) {
            open.get(i).close();
        }
    }

    /** Tabs alive on this node now. */
    public int live() {
        return live.get();
    }
}
