package org.centrala.tenancy;

/**
 * A tenant's virtual PBX as every read shows it (R2). It has no secret: the AMI secret is
 * write-only and stays inside the tenancy bundle.
 */
public record PbxRecord(String host, int amiPort, String amiUser,
                        @io.swagger.v3.oas.annotations.media.Schema(description = "The dialplan context of the tenant's calls on its"
                                + " Asterisk: its endpoints' context, unique per Asterisk") String dialplanContext,
                        @io.swagger.v3.oas.annotations.media.Schema(deprecated = true, description = "The former name of"
                                + " dialplanContext, always the same value; read dialplanContext") String agiContext,
                        String trunk) {
    public PbxRecord(String host, int amiPort, String amiUser, String dialplanContext, String trunk) {
        this(host, amiPort, amiUser, dialplanContext, dialplanContext, trunk);
    }

    /** A record without a trunk: the tenant's calls reach no external number. */
    public PbxRecord(String host, int amiPort, String amiUser, String dialplanContext) {
        this(host, amiPort, amiUser, dialplanContext, null);
    }
}
