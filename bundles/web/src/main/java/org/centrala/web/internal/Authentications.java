package org.centrala.web.internal;

import java.util.function.Supplier;

import org.centrala.common.Caller;
import org.centrala.web.Authenticator;

/** Asks the authenticator bound now who a request's caller is, for REST and SOAP alike. */
public final class Authentications {
    private Authentications() {
    }

    /**
     * The caller, as the current authenticator says. If its bundle is updated while the request is
     * in it, what it answers is not the caller's answer: its realm may be gone (a refusal of right
     * credentials), or the old revision's classes (a {@link LinkageError} such as
     * NoClassDefFoundError). Whenever the authenticator asked has been replaced by the time it
     * fails, its successor is asked instead, so an update of the security bundle costs a request a
     * short wait, never a 401 or a 500. A failure of the authenticator still bound is its answer.
     *
     * @throws org.centrala.web.AuthenticationException and the authenticator's other refusals, as they are
     */
    public static Caller authenticate(Supplier<Authenticator> current, String authorization, String client) {
        Authenticator asked = current.get();
        try {
            return asked.authenticate(authorization, client);
        } catch (RuntimeException | LinkageError e) {
            Authenticator successor = current.get();
            if (successor == asked) {
                throw e;
            }
            return successor.authenticate(authorization, client);
        }
    }
}
