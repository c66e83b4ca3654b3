package org.centrala.pbx;

public enum CallDisposition {
    ANSWERED,
    /** Rang, nobody answered. */
    NO_ANSWER,
    BUSY,
    /** The caller left a queue before an agent answered. */
    ABANDONED,
    /** Ended before anything was dialled, or failed. */
    FAILED
}
