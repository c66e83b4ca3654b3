package org.centrala.directory.internal.web;

import org.centrala.directory.Device;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A device as a row of the devices' CSV export: never its SIP secret (R3: shown once, at creation). */
@JsonPropertyOrder({"id", "kind", "label", "ownerUserId", "sipUsername", "mobileNumber", "createdAt"})
record DeviceCsvRow(String id, String kind, String label, String ownerUserId, String sipUsername, String mobileNumber, String createdAt) {

    static DeviceCsvRow of(Device device) {
        return new DeviceCsvRow(device.id(), device.kind().name(), device.label(), device.ownerUserId(), device.sipUsername(),
                device.mobileNumber(), device.createdAt().toString());
    }
}
