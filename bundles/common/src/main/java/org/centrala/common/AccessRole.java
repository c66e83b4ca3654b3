package org.centrala.common;

/** R4, R16: access roles, free of charge. Only users who log in (contact-centre users) hold them. */
public enum AccessRole {
    ADMINISTRATOR, TECHNICIAN, DEVELOPER, SUPERVISOR
}
