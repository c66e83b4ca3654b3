package org.centrala.queues;

import java.util.Locale;

/** How a queue picks which free members to ring: Asterisk's strategies (queues.conf). */
public enum QueueStrategy {
    RINGALL, LEASTRECENT, FEWESTCALLS, RANDOM, RRMEMORY, RRORDERED, LINEAR, WRANDOM;

    /** The name in queues.conf. */
    public String pbxName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
