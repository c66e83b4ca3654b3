package org.centrala.security.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.centrala.web.AuthenticationException;
import org.centrala.web.Authenticator;
import org.centrala.common.Caller;
import org.centrala.persistence.AccessChanges;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates requests: Basic credentials through the {@value Authenticator#REALM} JAAS realm
 * (the user store, then etc/users.properties for node operators with the admin role); Bearer API
 * tokens against the user store. Failed log-ins are throttled per user name (the account waits,
 * whatever it is sent) and per client address (only further failures from it wait).
 */
@Component(service = Authenticator.class, configurationPid = "org.centrala.security")
@Designate(ocd = SecurityConfig.class)
public class JaasAuthenticator implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);
    private static final String OPERATOR_ROLE = "admin";

    private final JdbcCredentialService credentials;
    private final RecentLogins recent = new RecentLogins(Clock.systemUTC());
    private final LoginStamps stamps;
    private final LoginThrottle names;
    private final LoginThrottle addresses;

    @Activate
    public JaasAuthenticator(@Reference JdbcCredentialService credentials, @Reference(target = "(org.apache.karaf.jaas.realm=" + Authenticator.REALM + ")") JaasRealm realmRegisteredFirst,
                             @Reference AccessChanges accessChanges, SecurityConfig config) {
        this.credentials = credentials;
        String etc = System.getProperty("karaf.etc");
        this.stamps = new LoginStamps(accessChanges, etc == null ? null : Path.of(etc, "users.properties"));
        this.names = new LoginThrottle(Clock.systemUTC(), config.freeFailures(), Duration.ofSeconds(config.maxDelaySeconds()));
        this.addresses = new LoginThrottle(Clock.systemUTC(), config.freeFailuresPerAddress(), Duration.ofSeconds(config.maxDelaySeconds()));
    }

    @Modified
    void modified(SecurityConfig config) {
        names.configure(config.freeFailures(), Duration.ofSeconds(config.maxDelaySeconds()));
        addresses.configure(config.freeFailuresPerAddress(), Duration.ofSeconds(config.maxDelaySeconds()));
    }

    @Override
    public Caller authenticate(String authorization, String clientAddress) {
        if (authorization == null || authorization.isBlank()) {
            throw new AuthenticationException("authentication required: Basic (user name and password) or Bearer (API token)");
        }
        String address = clientAddress == null ? null : "address:" + clientAddress;
        if (regionMatches(authorization, "Bearer ")) {
            String token = authorization.substring("Bearer ".length()).strip();
            Optional<Caller> caller = credentials.checkToken(token);
            if (caller.isEmpty()) {
                refuse(null, address, "the API token is unknown, revoked or expired");
            }
            return caller.get();
        }
        if (!regionMatches(authorization, "Basic ")) {
            throw new AuthenticationException("unsupported authentication scheme; use Basic or Bearer");
        }
        String[] pair = basic(authorization.substring("Basic ".length()).strip());
        String name = "name:" + pair[0].strip().toLowerCase(Locale.ROOT);
        // An account under attack waits, even with the right password: that is what stops guessing it.
        names.check(name);
        // Taken before the check: a change committed while the password is verified voids what is remembered.
        String stamp = stamps.current();
        Optional<Caller> caller = recent.findOrCheck(pair[0], pair[1], stamp,
                () -> login(Authenticator.REALM, pair).flatMap(subject -> callerOf(subject, pair[0])));
        if (caller.isEmpty()) {
            refuse(name, address, "wrong user name or password");
        }
        names.succeeded(name);
        return caller.get();
    }

    /**
     * Counts a failed attempt against the name and the address. An address is only ever held
     * against further failed attempts (429 instead of 401): valid credentials from it are still
     * accepted, because offices behind one NAT address, and the web UI, share it with the attacker.
     */
    private void refuse(String name, String address, String reason) {
        names.failed(name);
        addresses.failed(address);
        addresses.check(address);
        throw new AuthenticationException(reason);
    }

    /** A user of the store carries its caller; an operator from etc/users.properties carries the admin role. */
    private static Optional<Caller> callerOf(Subject subject, String name) {
        Optional<Caller> stored = subject.getPrincipals(CallerPrincipal.class).stream().findFirst().map(CallerPrincipal::caller);
        return stored.isPresent() ? stored : isOperator(subject) ? Optional.of(Caller.operator(name)) : Optional.empty();
    }

    private static boolean isOperator(Subject subject) {
        return subject.getPrincipals(RolePrincipal.class).stream().anyMatch(role -> OPERATOR_ROLE.equals(role.getName()));
    }

    private static Optional<Subject> login(String realm, String[] pair) {
        Subject subject = new Subject();
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> answer(callbacks, pair));
            context.login();
            return Optional.of(subject);
        } catch (LoginException e) {
            LOG.debug("Log-in of {} to realm {} failed: {}", pair[0], realm, e.getMessage());
            return Optional.empty();
        }
    }

    private static void answer(Callback[] callbacks, String[] pair) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(pair[0]);
            } else if (callback instanceof PasswordCallback password) {
                password.setPassword(pair[1].toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }

    private static String[] basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationException("malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new AuthenticationException("malformed Basic credentials");
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static boolean regionMatches(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
