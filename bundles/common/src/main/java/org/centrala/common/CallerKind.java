package org.centrala.common;

/** The three kinds of callers, from the widest scope to the narrowest. */
public enum CallerKind {
    /** Runs the node: an operator from Karaf's own realm (etc/users.properties). Sees everything. */
    OPERATOR,
    /** Administers one reseller and its tenants (R1, R17). */
    RESELLER_ADMIN,
    /** A contact-centre user of one tenant, with its roles and access profile (R7, R16, R18). */
    TENANT_USER
}
