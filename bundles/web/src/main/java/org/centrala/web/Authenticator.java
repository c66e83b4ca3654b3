package org.centrala.web;

import org.centrala.common.Caller;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Authenticates an HTTP request's {@code Authorization} header: {@code Basic} with a user name and
 * password (checked by the JAAS realm {@value #REALM}, then Karaf's own realm for operators), or
 * {@code Bearer} with an API token. Failed log-ins are throttled per name and per address.
 * Implemented by the security concern and used by the host: a consumer type, so that the host's
 * API can grow without the security bundle being rebuilt.
 */
@ConsumerType
public interface Authenticator {
    String REALM = "centrala";

    /**
     * @param clientAddress the client's address, as the host established it (trusted proxies' X-Forwarded-For)
     * @throws AuthenticationException for missing or bad credentials
     * @throws LoginThrottledException after too many failures
     */
    Caller authenticate(String authorization, String clientAddress);
}
