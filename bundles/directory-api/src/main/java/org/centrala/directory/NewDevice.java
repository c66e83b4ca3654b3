package org.centrala.directory;

/** A device just created, with its SIP secret: the only time the secret is shown. */
public record NewDevice(Device device, String sipSecret) {
    @Override
    public String toString() {
        return "NewDevice[device=" + device + ", sipSecret=***]";
    }
}
