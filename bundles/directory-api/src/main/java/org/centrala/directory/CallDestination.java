package org.centrala.directory;

import java.util.List;

/**
 * A user as a call reaches it (issue 11): who it is, for the routing's record of why, and the
 * steps of devices to ring. {@code steps} is empty when the user has no device to ring.
 */
public record CallDestination(String userId, String displayName, UserType userType, String departmentId,
                              List<Step> steps) {

    public CallDestination {
        steps = List.copyOf(steps);
    }

    /** Devices that ring together for {@code ringSeconds}. */
    public record Step(List<Target> targets, int ringSeconds) {
        public Step {
            targets = List.copyOf(targets);
        }
    }

    /** One device to ring: a SIP endpoint by its user name, or a mobile by its E.164 number. */
    public record Target(String deviceId, DeviceKind kind, String sipUsername, String mobileNumber) {
    }
}
