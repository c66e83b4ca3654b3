package org.centrala.pbx;

public enum CallDirection {
    /** From outside (the trunk) to the tenant. */
    INBOUND,
    /** From a tenant's device to outside, including click-to-call. */
    OUTBOUND,
    /** Between two devices of the tenant. */
    INTERNAL
}
