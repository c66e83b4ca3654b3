package org.centrala.web;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.centrala.common.Caller;

/** The JAX-RS security context of an authenticated request; resources read the caller from it. */
public final class CallerSecurityContext implements SecurityContext {
    private final Caller caller;
    private final boolean secure;

    public CallerSecurityContext(Caller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    public Caller caller() {
        return caller;
    }

    /**
     * The caller of the request whose security context this is. Read through the principal:
     * resources get a proxy of the context, never this class itself.
     */
    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof CallerPrincipal principal) {
            return principal.caller();
        }
        throw new IllegalStateException("request was not authenticated by CallerFilter");
    }

    @Override
    public Principal getUserPrincipal() {
        return new CallerPrincipal(caller);
    }

    /** The principal that carries the caller through JAX-RS's context proxies. */
    record CallerPrincipal(Caller caller) implements Principal {
        @Override
        public String getName() {
            return caller.name();
        }
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.roles().stream().anyMatch(r -> r.name().equalsIgnoreCase(role));
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return BASIC_AUTH;
    }
}
