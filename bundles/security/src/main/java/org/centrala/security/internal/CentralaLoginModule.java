package org.centrala.security.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.centrala.common.Caller;

/**
 * The login module of the {@code centrala} JAAS realm: checks a name and password against the
 * user store and gives the subject a user principal, role principals ({@code centrala-<kind>} and
 * one per access role) and the {@link CallerPrincipal}. Karaf instantiates it through its proxy,
 * handing over the credential checks in the options.
 */
public class CentralaLoginModule implements LoginModule {
    static final String CREDENTIALS_OPTION = "org.centrala.security.credentials";

    private Subject subject;
    private CallbackHandler callbackHandler;
    private JdbcCredentialService credentials;
    private Caller caller;
    private final List<java.security.Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.callbackHandler = callbackHandler;
        this.credentials = (JdbcCredentialService) options.get(CREDENTIALS_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        if (credentials == null) {
            throw new LoginException("the centrala realm is not ready");
        }
        NameCallback name = new NameCallback("User name: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbackHandler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("cannot read the credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword();
        Optional<Caller> checked = credentials.checkPassword(name.getName(), secret == null ? null : new String(secret));
        password.clearPassword();
        caller = checked.orElseThrow(() -> new FailedLoginException("wrong user name or password"));
        return true;
    }

    @Override
    public boolean commit() {
        if (caller == null) {
            return false;
        }
        principals.add(new UserPrincipal(caller.name()));
        principals.add(new RolePrincipal("centrala-" + caller.kind().name().toLowerCase(java.util.Locale.ROOT)));
        caller.roles().forEach(role -> principals.add(new RolePrincipal("centrala-" + role.name().toLowerCase(java.util.Locale.ROOT))));
        principals.add(new CallerPrincipal(caller));
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        caller = null;
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        caller = null;
        return true;
    }
}
