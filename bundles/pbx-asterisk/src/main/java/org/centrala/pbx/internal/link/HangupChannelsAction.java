package org.centrala.pbx.internal.link;

import org.asteriskjava.manager.action.AbstractManagerAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.event.ResponseEvent;

/**
 * Asterisk's Hangup with a regular expression ({@code Channel: /regex/}, main/manager.c,
 * ast_manager_hangup_helper): every channel whose name matches is hung up, each listed as a
 * ChannelHungup, then ChannelsHungupListComplete. Asterisk-Java's HangupAction expects one answer.
 */
public final class HangupChannelsAction extends AbstractManagerAction implements EventGeneratingAction {
    private static final long serialVersionUID = 1L;
    private final String channel;

    HangupChannelsAction(String regex) {
        this.channel = "/" + regex + "/";
    }

    @Override
    public String getAction() {
        return "Hangup";
    }

    public String getChannel() {
        return channel;
    }

    @Override
    public Class<? extends ResponseEvent> getActionCompleteEventClass() {
        return ChannelsHungupListCompleteEvent.class;
    }
}
