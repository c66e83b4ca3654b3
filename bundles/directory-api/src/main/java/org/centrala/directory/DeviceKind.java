package org.centrala.directory;

/** R3: the devices a tenant can register. */
public enum DeviceKind {
    SIP_DESK_PHONE, SIP_SOFTPHONE, MOBILE_PHONE;

    public boolean isSip() {
        return this != MOBILE_PHONE;
    }
}
