package org.centrala.pbx.internal.link;

import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;

/**
 * Asterisk's DeviceStateChange event, which may carry an ActionID: DeviceStateList answers with one
 * DeviceStateChange per device, tagged with the list's ActionID. Asterisk-Java's class has no
 * such property and logs a WARN for every device of every resync; this one takes it. It is still
 * a {@link DeviceStateChangeEvent}, so the model reads live changes and list items alike.
 */
@AsteriskMapping("DeviceStateChange")
public final class DeviceStateReportEvent extends DeviceStateChangeEvent {
    private static final long serialVersionUID = 1L;
    private String actionId;

    public DeviceStateReportEvent(Object source) {
        super(source);
    }

    /** The DeviceStateList this is an item of; null for a live change. */
    public String getActionId() {
        return actionId;
    }

    public void setActionId(String actionId) {
        this.actionId = actionId;
    }
}
