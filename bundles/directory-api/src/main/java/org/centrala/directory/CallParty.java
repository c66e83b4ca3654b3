package org.centrala.directory;

/**
 * Who a device stands for at the moment of a call: its tenant, the device, and the user it is
 * attributed to (the owner, or for a hot-desk line's device the user holding the line now, R11),
 * with that user's type and department for R6 and R18 scoping. {@code userId} may be null.
 */
public record CallParty(String tenantId, String deviceId, String userId, UserType userType, String departmentId) {
}
