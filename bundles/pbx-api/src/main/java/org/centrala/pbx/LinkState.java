package org.centrala.pbx;

/** Where an AMI connection stands. */
public enum LinkState {
    /** First attempt under way. */
    CONNECTING,
    CONNECTED,
    /** Lost or never reached; retrying with backoff. */
    RECONNECTING,
    /** Asterisk refused the account; retrying slowly in case the secret is fixed on either side. */
    AUTHENTICATION_FAILED,
    /** Not running: no tenant uses this PBX any more, or the container is stopping. */
    STOPPED
}
