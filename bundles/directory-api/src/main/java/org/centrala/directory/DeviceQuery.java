package org.centrala.directory;

/**
 * What a list of devices is narrowed to; every part is optional (null) and the parts add up.
 *
 * @param text        free text: a part of the label or of the SIP user name (any case), or the
 *                    digits of a mobile phone's number
 * @param ownerUserId only this user's devices
 * @param kind        only devices of this kind
 */
public record DeviceQuery(String text, String ownerUserId, DeviceKind kind) {

    public DeviceQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        ownerUserId = ownerUserId == null || ownerUserId.isBlank() ? null : ownerUserId.strip();
    }
}
