package org.centrala.common;

/** R7, R18: whose data an access profile lets its users see and work with. */
public enum DataScope {
    /** Only the user's own calls, statistics and settings. */
    OWN,
    /** The departments listed on the profile. */
    DEPARTMENTS,
    /** The whole tenant. */
    TENANT
}
