package org.centrala.events.internal;

/**
 * Told of every live event as the hub numbers it (the webhooks' dispatcher), on EventAdmin's
 * delivery thread: it must hand the event on and return at once, never wait.
 */
public interface LiveEventTap {
    void appended(LiveEvent event);
}
