package org.centrala.pbx.internal.link;

import org.asteriskjava.manager.action.AbstractManagerAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.event.ResponseEvent;

/**
 * Asterisk's DeviceStateList (since 13): every device's state as DeviceStateChange events, then
 * DeviceStateListComplete. Asterisk-Java 3.42 has no class for it.
 */
public final class DeviceStateListAction extends AbstractManagerAction implements EventGeneratingAction {
    private static final long serialVersionUID = 1L;

    @Override
    public String getAction() {
        return "DeviceStateList";
    }

    @Override
    public Class<? extends ResponseEvent> getActionCompleteEventClass() {
        return DeviceStateListCompleteEvent.class;
    }
}
