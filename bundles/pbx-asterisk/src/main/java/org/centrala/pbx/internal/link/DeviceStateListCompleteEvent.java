package org.centrala.pbx.internal.link;

/** The end of a {@link DeviceStateListAction}'s list. */
public final class DeviceStateListCompleteEvent extends ListCompleteEvent {
    private static final long serialVersionUID = 1L;

    public DeviceStateListCompleteEvent(Object source) {
        super(source);
    }
}
