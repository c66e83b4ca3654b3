package org.centrala.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.centrala.ui.components.SessionErrorHandler;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.signin.SignInView;

/**
 * Every browser session and page of the application: refusals from the core become messages
 * ({@link SessionErrorHandler}), and every view but sign-in needs a signed-in user.
 */
public class UiSetup implements VaadinServiceInitListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new SessionErrorHandler()));
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != SignInView.class && SignedIn.current().isEmpty()) {
                enter.forwardTo(SignInView.class);
            }
        }));
    }
}
