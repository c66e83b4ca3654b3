package org.centrala.pbx.internal.link;

import org.centrala.tenancy.PbxAccount;

/** What makes two tenants share one AMI connection: same Asterisk, same AMI user. */
record LinkKey(String host, int port, String user) {

    static LinkKey of(PbxAccount account) {
        return new LinkKey(account.host().toLowerCase(java.util.Locale.ROOT), account.amiPort(), account.amiUser());
    }

    String id() {
        return user + "@" + host + ":" + port;
    }
}
