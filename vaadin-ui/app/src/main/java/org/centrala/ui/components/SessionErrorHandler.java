package org.centrala.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

import org.centrala.ui.core.CoreRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the browser sees when something fails outside a form: the core's refusal as a message, an
 * ended session as the sign-in page, and a failure of the UI itself as a short message (logged
 * with its stack trace here, never shown).
 */
public class SessionErrorHandler implements ErrorHandler {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SessionErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        CoreRefusedException refused = find(event.getThrowable());
        if (UI.getCurrent() == null) {
            LOG.debug("Error outside a UI: {}", event.getThrowable().toString());
            return;
        }
        if (refused != null) {
            LOG.debug("The core refused: {}", refused.getMessage());
            new Problems().show(refused.problem());
            return;
        }
        LOG.error("The UI failed", event.getThrowable());
        Problems.error(Texts.t("problem.internal"));
    }

    private static CoreRefusedException find(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CoreRefusedException refused) {
                return refused;
            }
        }
        return null;
    }
}
