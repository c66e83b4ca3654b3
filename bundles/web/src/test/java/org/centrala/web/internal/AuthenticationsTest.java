package org.centrala.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.centrala.common.Caller;
import org.centrala.web.AuthenticationException;
import org.centrala.web.Authenticator;
import org.junit.Test;

/** A request in the security bundle while it is updated is answered by its successor, not with a 401 or a 500. */
public class AuthenticationsTest {
    private static final Authenticator DEPARTED = (authorization, client) -> {
        // What an old revision throws once its bundle's wiring is gone.
        throw new NoClassDefFoundError("org/centrala/security/internal/LoginThrottle$Failures");
    };

    @Test
    public void aRequestCaughtInAnUpdateIsAnsweredByTheSuccessor() {
        Authenticator successor = (authorization, client) -> Caller.operator("admin@" + client);
        Iterator<Authenticator> bound = List.of(DEPARTED, successor).iterator();

        Caller caller = Authentications.authenticate(bound::next, "Basic x", "10.0.0.7");

        assertThat(caller.name()).isEqualTo("operator:admin@10.0.0.7");
    }

    @Test
    public void theSameAuthenticatorFailingSoIsARealFault() {
        Supplier<Authenticator> stillBound = () -> DEPARTED;

        assertThatThrownBy(() -> Authentications.authenticate(stillBound, "Basic x", "10.0.0.7"))
                .isInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    public void aRefusalFromAnAuthenticatorWhoseRealmLeftWithItIsAskedAgainOfTheSuccessor() {
        Authenticator leaving = (authorization, client) -> {
            throw new AuthenticationException("wrong user name or password");
        };
        Authenticator successor = (authorization, client) -> Caller.operator("admin");
        Iterator<Authenticator> bound = List.of(leaving, successor).iterator();

        assertThat(Authentications.authenticate(bound::next, "Basic x", null).name()).isEqualTo("operator:admin");
    }

    @Test
    public void aRefusalOfTheAuthenticatorStillBoundIsTheAnswer() {
        Authenticator refusing = (authorization, client) -> {
            throw new AuthenticationException("wrong user name or password");
        };

        assertThatThrownBy(() -> Authentications.authenticate(() -> refusing, "Basic x", null))
                .isInstanceOf(AuthenticationException.class);
    }
}
