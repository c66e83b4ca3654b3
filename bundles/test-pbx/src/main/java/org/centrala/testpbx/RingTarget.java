package org.centrala.testpbx;

import java.time.Duration;

/**
 * One step of a ring plan as the PBX dials it: a SIP endpoint ({@code PJSIP/<endpoint>}) or an
 * external number dialled through the trunk ({@code PJSIP/<number>@trunk}).
 */
public record RingTarget(String endpoint, String externalNumber, Duration ringTime) {

    public static RingTarget sip(String endpoint, Duration ringTime) {
        return new RingTarget(endpoint, null, ringTime);
    }

    public static RingTarget external(String number, Duration ringTime) {
        return new RingTarget(null, number, ringTime);
    }

    public boolean isExternal() {
        return externalNumber != null;
    }
}
