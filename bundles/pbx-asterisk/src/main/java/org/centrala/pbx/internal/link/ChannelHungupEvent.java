package org.centrala.pbx.internal.link;

import org.asteriskjava.manager.event.ResponseEvent;

/** One channel a {@link HangupChannelsAction} hung up. */
public final class ChannelHungupEvent extends ResponseEvent {
    private static final long serialVersionUID = 1L;
    private String channel;

    public ChannelHungupEvent(Object source) {
        super(source);
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }
}
