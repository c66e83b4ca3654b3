package org.centrala.security.internal;

import java.security.Principal;

import org.centrala.common.Caller;

/** The principal the realm adds to a subject: the caller with its scope. */
public final class CallerPrincipal implements Principal {
    private final Caller caller;

    CallerPrincipal(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.name();
    }

    @Override
    public String toString() {
        return "CallerPrincipal[" + caller.name() + "]";
    }
}
