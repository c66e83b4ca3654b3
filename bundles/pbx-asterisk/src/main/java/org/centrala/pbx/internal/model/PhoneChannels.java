package org.centrala.pbx.internal.model;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.BridgeLeaveEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewConnectedLineEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.centrala.pbx.PhoneCall;

/**
 * The SIP channels alive on one lane, kept as their phones show them (issue 11, the agent's desk):
 * state, whether bridged, and the connected line, which Asterisk sends with every channel event
 * and which is what the phone's own display shows. Written by the lane's thread, read by any.
 */
public final class PhoneChannels {
    private static final int DOWN = 0;
    private static final int RINGING = 5;

    private final Map<String, Channel> byUniqueId = new ConcurrentHashMap<>();
    private final Clock clock;

    public PhoneChannels(Clock clock) {
        this.clock = clock;
    }

    private static final class Channel {
        final String name;
        final String endpoint;
        final String pbxCallId;
        final boolean outgoing;
        final Instant startedAt;
        final String ownNumber;
        volatile int state;
        volatile String exten;
        /** The connected line, number and name together: a reader never pairs one party's number with another's name. */
        volatile Party connected;
        volatile Instant connectedAt;

        Channel(String name, String endpoint, String pbxCallId, boolean outgoing, Instant startedAt, String ownNumber) {
            this.name = name;
            this.endpoint = endpoint;
            this.pbxCallId = pbxCallId;
            this.outgoing = outgoing;
            this.startedAt = startedAt;
            this.ownNumber = ownNumber;
        }

        PhoneCall view() {
            Party party = connected;
            Instant bridged = connectedAt;
            int channelState = state;
            String dialled = exten;
            boolean connectedKnown = party != null && !party.number().equals(ownNumber);
            String number = connectedKnown ? party.number() : outgoing && known(dialled) && !"s".equals(dialled) ? dialled : null;
            String name = connectedKnown && known(party.name()) ? party.name() : null;
            PhoneCall.State shown = bridged != null ? PhoneCall.State.CONNECTED
                    : channelState == RINGING || !outgoing && channelState == DOWN ? PhoneCall.State.RINGING : PhoneCall.State.CALLING;
            return new PhoneCall(pbxCallId, this.name, shown, outgoing, number, name, startedAt, bridged);
        }
    }

    private record Party(String number, String name) {
    }

    /** Folds one event in; events about other channels than SIP ones are left alone. */
    public void apply(ManagerEvent event) {
        if (event instanceof NewChannelEvent e) {
            add(e.getUniqueId(), e.getChannel(), e.getLinkedid(), e.getCallerIdNum(), AmiEvents.time(e), e);
        } else if (event instanceof CoreShowChannelEvent e) {
            Channel channel = add(e.getUniqueid(), e.getChannel(), e.getLinkedid(), e.getCallerIdNum(),
                    clock.instant().minus(AmiEvents.channelAge(e.getDuration())), e);
            if (channel != null && e.getBridgeid() != null && !e.getBridgeid().isBlank()) {
                channel.connectedAt = channel.connectedAt == null ? clock.instant() : channel.connectedAt;
            }
        } else if (event instanceof HangupEvent e) {
            if (e.getUniqueId() != null) {
                byUniqueId.remove(e.getUniqueId());
            }
        } else if (event instanceof BridgeEnterEvent e) {
            Channel channel = update(e.getUniqueId(), e);
            if (channel != null && channel.connectedAt == null) {
                channel.connectedAt = AmiEvents.time(e);
            }
        } else if (event instanceof BridgeLeaveEvent e) {
            Channel channel = update(e.getUniqueId(), e);
            if (channel != null) {
                channel.connectedAt = null;
            }
        } else if (event instanceof NewStateEvent e) {
            update(e.getUniqueId(), e);
        } else if (event instanceof NewConnectedLineEvent e) {
            update(e.getUniqueId(), e);
        } else if (event instanceof NewExtenEvent e) {
            // An Originate's phone enters the dialplan at the number it calls only once it answered.
            Channel channel = update(e.getUniqueId(), e);
            if (channel != null && known(e.getExtension())) {
                channel.exten = e.getExtension();
            }
        }
    }

    /** A snapshot follows: what it does not list is gone. */
    public void clear() {
        byUniqueId.clear();
    }

    /** The calls on this endpoint's channels, oldest first. */
    public List<PhoneCall> of(String endpoint) {
        return byUniqueId.values().stream().filter(c -> c.endpoint.equals(endpoint))
                .sorted(Comparator.comparing((Channel c) -> c.startedAt)).map(Channel::view).toList();
    }

    private Channel add(String uniqueId, String channelName, String linkedId, String ownNumber, Instant at, ManagerEvent e) {
        ChannelName name = ChannelName.parse(channelName);
        if (uniqueId == null || !name.isSip()) {
            return null;
        }
        Channel channel = byUniqueId.computeIfAbsent(uniqueId, id -> new Channel(channelName, name.resource(),
                linkedId == null ? id : linkedId, id.equals(linkedId), at, ownNumber));
        return update(uniqueId, e);
    }

    private Channel update(String uniqueId, ManagerEvent e) {
        Channel channel = uniqueId == null ? null : byUniqueId.get(uniqueId);
        if (channel == null) {
            return null;
        }
        if (e.getChannelState() != null) {
            channel.state = e.getChannelState();
        }
        if (known(e.getExten())) {
            channel.exten = e.getExten();
        }
        if (known(e.getConnectedLineNum())) {
            channel.connected = new Party(e.getConnectedLineNum(), e.getConnectedLineName());
        }
        return channel;
    }

    private static boolean known(String value) {
        return value != null && !value.isBlank() && !"<unknown>".equals(value);
    }
}
