package org.centrala.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/**
 * The application shell: server push (websocket, falling back to long polling), so that the
 * wallboard shows a call within a second of the core's event (issue 12) without the browser polling.
 */
@Push
public class CentralaShell implements AppShellConfigurator {
    private static final long serialVersionUID = 1L;
}
