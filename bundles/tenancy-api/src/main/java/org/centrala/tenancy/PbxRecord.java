package org.centrala.tenancy;

/**
 * A tenant's virtual PBX as every read shows it (R2). It has no secret: the AMI secret is
 * write-only and stays inside the tenancy bundle.
 */
public record PbxRecord(String host, int amiPort, String amiUser, String agiContext, String trunk) {
    /** A record without a trunk: the tenant's calls reach no external number. */
    public PbxRecord(String host, int amiPort, String amiUser, String agiContext) {
        this(host, amiPort, amiUser, agiContext, null);
    }
}
