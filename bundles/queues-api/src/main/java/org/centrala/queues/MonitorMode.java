package org.centrala.queues;

/**
 * How a supervisor joins an agent's call (R18): {@code LISTEN} hears both sides unheard;
 * {@code WHISPER} also speaks to the agent only (coaching); {@code BARGE} speaks to both.
 */
public enum MonitorMode {
    LISTEN, WHISPER, BARGE
}
