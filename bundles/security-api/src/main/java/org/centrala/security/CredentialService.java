package org.centrala.security;

import org.centrala.common.Caller;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Passwords and API tokens. Passwords are kept as Argon2id hashes only. */
@ProviderType
public interface CredentialService {
    int MIN_PASSWORD_LENGTH = 12;

    /** Sets a contact-centre user's password; a back-office user never logs in and is refused (R5). */
    void setUserPassword(String tenantId, String userId, String password);

    ResellerAdmin createResellerAdmin(String resellerId, String email, String password);

    List<ResellerAdmin> resellerAdmins(String resellerId);

    void deleteResellerAdmin(String resellerId, String email);

    /** A token that acts as its owner; operators have no tokens (they are not in the user store). */
    NewApiToken createToken(Caller owner, String name, Instant expiresAt);

    List<ApiToken> tokens(Caller owner);

    void revokeToken(Caller owner, String tokenId);

    /**
     * R9: a dashboard log-in. Returns a token for the session (valid {@value #SESSION_HOURS} hours)
     * and records the log-in in the audit log.
     */
    NewApiToken logIn(Caller caller);

    /** R9: ends the session of that token and records the log-out. */
    void logOut(Caller caller, String sessionId);

    int SESSION_HOURS = 12;

    /** Who the caller is and what it may do (its reseller, tenant and user with their names; roles, functions, scope). */
    Me me(Caller caller);
}
