package org.centrala.security.internal;

import java.nio.charset.StandardCharsets;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates requests: Basic credentials through the {@value Authenticator#REALM} JAAS realm
 * (the user store, then etc/users.properties for node operators with the admin role); Bearer API
 * tokens against the user store. Failures are throttled per user name and per client address.
 */
@Component(service = Authenticator.class, configurationPid = "org.centrala.security")
@Designate(ocd = JaasAuthenticator.Config.class)
public class JaasAuthenticator implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);
    private static final String OPERATOR_ROLE = "admin";

    @ObjectClassDefinition(name = "Centrala security", description = "Log-in throttling and the operators' realm")
    public @interface Config {
        @AttributeDefinition(description = "Failed log-ins of one user name that are answered without delay")
        int freeFailures() default 5;

        @AttributeDefinition(description = "Failed log-ins from one client address (any names) that are answered without delay;"
                + " higher, because many users may share an address behind a proxy")
        int freeFailuresPerAddress() default 50;

        @AttributeDefinition(description = "The longest a name or address must wait after repeated failures, in seconds")
        int maxDelaySeconds() default 900;
    }

    private final JdbcCredentialService credentials;
    private final RecentLogins recent = new RecentLogins(Clock.systemUTC());
    private final LoginThrottle names;
    private final LoginThrottle addresses;

    @Activate
    public JaasAuthenticator(@Reference JdbcCredentialService credentials, @Reference(target = "(org.apache.karaf.jaas.realm=" + Authenticator.REALM + ")") JaasRealm realmRegisteredFirst, Config config) {
        this.credentials = credentials;
        this.names = new LoginThrottle(Clock.systemUTC(), config.freeFailures(), Duration.ofSeconds(config.maxDelaySeconds()));
        this.addresses = new LoginThrottle(Clock.systemUTC(), config.freeFailuresPerAddress(), Duration.ofSeconds(config.maxDelaySeconds()));
    }

    @Modified
    void modified(Config config) {
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
            addresses.check(address);
            return credentials.checkToken(token).orElseGet(() -> {
                addresses.failed(address);
                throw new AuthenticationException("the API token is unknown, revoked or expired");
            });
        }
        if (!regionMatches(authorization, "Basic ")) {
            throw new AuthenticationException("unsupported authentication scheme; use Basic or Bearer");
        }
        String[] pair = basic(authorization.substring("Basic ".length()).strip());
        String name = "name:" + pair[0].strip().toLowerCase(Locale.ROOT);
        names.check(name);
        addresses.check(address);
        Optional<Caller> remembered = recent.find(pair[0], pair[1]);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        Optional<Caller> caller = login(Authenticator.REALM, pair).flatMap(subject -> callerOf(subject, pair[0]));
        caller.ifPresent(known -> recent.remember(pair[0], pair[1], known));
        if (caller.isEmpty()) {
            names.failed(name);
            addresses.failed(address);
            throw new AuthenticationException("wrong user name or password");
        }
        names.succeeded(name);
        return caller.get();
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
