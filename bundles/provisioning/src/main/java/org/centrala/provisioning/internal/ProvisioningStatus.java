package org.centrala.provisioning.internal;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A tenant's configuration on its PBX as Centrala last found it (issue 11, item 2). */
@Schema(description = "The provisioning state of a tenant's PBX: its files, and each device, queue and dialplan entry")
public record ProvisioningStatus(String tenantId,
                                 @Schema(description = "the tenant's dialplan context: its files are centrala-<context>-<module>.conf") String dialplanContext,
                                 @Schema(description = "IN_SYNC: the PBX has what Centrala wrote; PENDING: changes not written yet;"
                                         + " DRIFT: the PBX differs from what Centrala wrote (see the units); FAILED: see problem;"
                                         + " DISABLED: provisioning is off on this node") ProvisioningState state,
                                 @Schema(description = "when Centrala last compared; null before the first time") Instant checkedAt,
                                 @Schema(description = "when the PBX's files were last read back") Instant pbxReadAt,
                                 @Schema(description = "why the last attempt failed; null if it did not") String problem,
                                 List<FileStatus> files, List<UnitStatus> units) {

    public enum ProvisioningState {
        IN_SYNC, PENDING, DRIFT, FAILED, DISABLED
    }

    /** One of Centrala's files and whether the module's own file includes it. */
    public record FileStatus(String file, String module,
                             @Schema(description = "the operator's file that must include it") String includedFrom,
                             @Schema(description = "false: Asterisk does not load this file; add includeLine to includedFrom."
                                     + " Null until the PBX was read") Boolean included,
                             String includeLine) {
    }

    /** A device's endpoint, a queue, or the dialplan entry, with its state on the PBX. */
    public record UnitStatus(@Schema(description = "device, queue or dialplan") String kind,
                             @Schema(description = "the endpoint (a device's sipUsername), queue pbxName or context") String name,
                             @Schema(description = "the device, for kind device") String deviceId,
                             UnitState state,
                             @Schema(description = "what differs, for a drift or a failure") String detail,
                             @Schema(description = "when Centrala last wrote it") Instant writtenAt) {
    }

    public enum UnitState {
        IN_SYNC, PENDING, DRIFT_EDITED, DRIFT_REMOVED, DRIFT_ADDED, ADOPTED, FAILED
    }
}
