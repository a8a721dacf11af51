package com.attentionlab;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Friendly words when a session has expired or the server restarted. The lesson is in the URL (the share code),
 * so reloading brings it back exactly.
 */
@Component
class SessionMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages m = new CustomizedSystemMessages();
            m.setSessionExpiredCaption("This page was asleep for a while");
            m.setSessionExpiredMessage("Your lesson is safe in the address bar. Click here (or press Esc) to bring "
                    + "it back exactly as it was.");
            m.setSessionExpiredNotificationEnabled(true);
            m.setInternalErrorCaption("Something went wrong on the server");
            m.setInternalErrorMessage("Your lesson is safe in the address bar. Click here to reload it.");
            return m;
        });
    }
}
