package org.centrala.web;

import org.centrala.common.Caller;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Authenticates an HTTP request's {@code Authorization} header: {@code Basic} with a user name and
 * password (checked by the JAAS realm {@value #REALM}, then Karaf's own realm for operators), or
 * {@code Bearer} with an API token. Failed log-ins are throttled per name and per address.
 */
@ProviderType
public interface Authenticator {
    String REALM = "centrala";

    /**
     * @throws AuthenticationException for missing or bad credentials
     * @throws LoginThrottledException after too many failures
     */
    Caller authenticate(String authorization, String clientAddress);
}
