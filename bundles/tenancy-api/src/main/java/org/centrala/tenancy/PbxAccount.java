package org.centrala.tenancy;

/**
 * A tenant's AMI account with its secret, for the PBX link only: no REST, SOAP or shell path
 * returns this type. Tenants on one Asterisk share host, port and user, and differ by context.
 */
public record PbxAccount(String tenantId, String host, int amiPort, String amiUser, String amiSecret,
                         String agiContext, String trunk) {
    public PbxAccount(String tenantId, String host, int amiPort, String amiUser, String amiSecret, String agiContext) {
        this(tenantId, host, amiPort, amiUser, amiSecret, agiContext, null);
    }


    @Override
    public String toString() {
        return "PbxAccount[tenant=" + tenantId + ", " + amiUser + "@" + host + ":" + amiPort + ", context="
                + agiContext + ", trunk=" + trunk + "]";
    }
}
