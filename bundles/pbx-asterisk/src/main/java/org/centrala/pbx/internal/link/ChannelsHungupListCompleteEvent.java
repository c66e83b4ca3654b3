package org.centrala.pbx.internal.link;

/** The end of the list of channels a {@link HangupChannelsAction} hung up. */
public final class ChannelsHungupListCompleteEvent extends ListCompleteEvent {
    private static final long serialVersionUID = 1L;

    public ChannelsHungupListCompleteEvent(Object source) {
        super(source);
    }
}
