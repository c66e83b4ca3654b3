package org.centrala.directory;

/** R4: every user is one or the other. */
public enum UserType {
    /** R5, R6: never logs in; paired with devices and a ring plan; no statistics. */
    BACK_OFFICE,
    /** R7, R8: logs in to the dashboard; licensed per channel (R13). */
    CONTACT_CENTRE
}
