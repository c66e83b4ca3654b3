package org.centrala.ui.views.shell;

import java.io.Serializable;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

/**
 * The tenant whose areas the navigation shows: a tenant user's own, or the one an operator or
 * reseller administrator opened last.
 */
public record CurrentTenant(String id, String name) implements Serializable {
    public static Optional<CurrentTenant> get() {
        return Optional.ofNullable(VaadinSession.getCurrent().getAttribute(CurrentTenant.class));
    }

    public static void set(String id, String name) {
        VaadinSession.getCurrent().setAttribute(CurrentTenant.class, new CurrentTenant(id, name));
    }

    static void clear() {
        VaadinSession.getCurrent().setAttribute(CurrentTenant.class, null);
    }
}
