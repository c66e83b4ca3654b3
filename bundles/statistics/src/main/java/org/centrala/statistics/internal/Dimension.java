package org.centrala.statistics.internal;

/** What a roll-up is about: the whole tenant, one of its departments, queues or agents. */
public enum Dimension {
    TENANT, DEPARTMENT, QUEUE, AGENT
}
