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
     * in it, the old revision's classes are gone (a {@link LinkageError} such as
     * NoClassDefFoundError): its successor answers instead, so an update of the security bundle
     * costs a request a short wait, never a 500. The same authenticator failing so is a real fault.
     *
     * @throws org.centrala.web.AuthenticationException and the authenticator's other refusals, as they are
     */
    public static Caller authenticate(Supplier<Authenticator> current, String authorization, String client) {
        Authenticator asked = current.get();
        try {
            return asked.authenticate(authorization, client);
        } catch (LinkageError e) {
            Authenticator successor = current.get();
            if (successor == asked) {
                throw e;
            }
            return successor.authenticate(authorization, client);
        }
    }
}
