package org.centrala.pbx.internal.link;

/** The link's tunables, from Config Admin (pid org.centrala.pbx). */
record LinkSettings(int lanes, int queueCapacity, long backoffInitialMillis, long backoffMaxMillis, long pingMillis,
                    int connectTimeoutMillis, long responseTimeoutMillis) {
}
