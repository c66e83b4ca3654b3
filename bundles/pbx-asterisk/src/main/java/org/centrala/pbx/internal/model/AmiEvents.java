package org.centrala.pbx.internal.model;

import java.time.Instant;
import java.util.List;

import org.asteriskjava.manager.event.AbstractQueueMemberEvent;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.BridgeLeaveEvent;
import org.asteriskjava.manager.event.ContactStatusEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MixMonitorStartEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.PeerStatusEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.QueueMemberStatusEvent;

/**
 * The AMI events the call model reads, and how to find their call. Asterisk-Java names the
 * linked-id getter differently per class, hence one place that knows them all.
 */
public final class AmiEvents {
    /**
     * The event classes the model reads: what a connection must at least register where
     * Asterisk-Java's own class-path scan finds nothing (see link.EventClasses, which registers
     * all of them in OSGi; tests and the benchmark register these).
     */
    public static final List<Class<? extends ManagerEvent>> CONSUMED = List.of(
            NewChannelEvent.class, NewStateEvent.class, NewExtenEvent.class, HangupEvent.class, DialBeginEvent.class, DialEndEvent.class,
            BridgeEnterEvent.class, BridgeLeaveEvent.class, QueueCallerJoinEvent.class, QueueCallerLeaveEvent.class,
            QueueCallerAbandonEvent.class, AgentCalledEvent.class, AgentConnectEvent.class, AgentCompleteEvent.class,
            MixMonitorStartEvent.class, org.asteriskjava.manager.event.MixMonitorStopEvent.class,
            org.asteriskjava.manager.event.VarSetEvent.class, CoreShowChannelEvent.class, CoreShowChannelsCompleteEvent.class,
            DeviceStateChangeEvent.class, PeerStatusEvent.class, ContactStatusEvent.class, QueueMemberEvent.class,
            QueueMemberStatusEvent.class, QueueMemberAddedEvent.class, QueueMemberRemovedEvent.class,
            QueueMemberPauseEvent.class, org.asteriskjava.manager.event.NewConnectedLineEvent.class);

    /** The channel variable in which MixMonitor names the file it writes, absolute on the PBX. */
    public static final String RECORDING_FILE = "MIXMONITOR_FILENAME";

    private AmiEvents() {
    }

    /** The Asterisk linked id that groups every channel of one call (Local channels included). */
    public static String callId(ManagerEvent event) {
        if (event instanceof NewChannelEvent e) {
            return e.getLinkedid();
        } else if (event instanceof NewStateEvent e) {
            return e.getLinkedId();
        } else if (event instanceof NewExtenEvent e) {
            return e.getLinkedId();
        } else if (event instanceof HangupEvent e) {
            return e.getLinkedId();
        } else if (event instanceof DialBeginEvent e) {
            // An Originate's dial has no calling channel: only the Dest fields (parking capture).
            return e.getLinkedId() != null ? e.getLinkedId() : e.getDestLinkedId();
        } else if (event instanceof DialEndEvent e) {
            return e.getLinkedId() != null ? e.getLinkedId() : e.getDestLinkedId();
        } else if (event instanceof BridgeEnterEvent e) {
            return e.getLinkedId();
        } else if (event instanceof BridgeLeaveEvent e) {
            return e.getLinkedId();
        } else if (event instanceof org.asteriskjava.manager.event.NewConnectedLineEvent e) {
            return e.getLinkedId();
        } else if (event instanceof QueueCallerJoinEvent e) {
            return e.getLinkedId();
        } else if (event instanceof QueueCallerLeaveEvent e) {
            return e.getLinkedId();
        } else if (event instanceof QueueCallerAbandonEvent e) {
            return e.getLinkedId();
        } else if (event instanceof AgentCalledEvent e) {
            return e.getLinkedId();
        } else if (event instanceof AgentConnectEvent e) {
            return e.getLinkedId();
        } else if (event instanceof AgentCompleteEvent e) {
            return e.getLinkedId();
        } else if (event instanceof org.asteriskjava.manager.event.AgentRingNoAnswerEvent e) {
            return e.getLinkedId();
        } else if (event instanceof MixMonitorStartEvent e) {
            return e.getLinkedId();
        } else if (event instanceof org.asteriskjava.manager.event.MixMonitorStopEvent e) {
            return e.getLinkedId();
        } else if (event instanceof MixMonitorMuteReportEvent e) {
            return e.getLinkedId();
        } else if (event instanceof org.asteriskjava.manager.event.VarSetEvent e) {
            // Of the many VarSets only the file a MixMonitor writes concerns the model.
            return RECORDING_FILE.equals(e.getVariable()) ? e.getLinkedId() : null;
        } else if (event instanceof CoreShowChannelEvent e) {
            return e.getLinkedid();
        }
        return null;
    }

    /** The device a device, registration or queue-member event is about, e.g. PJSIP/2001. */
    public static String deviceOf(ManagerEvent event) {
        if (event instanceof DeviceStateChangeEvent e) {
            return e.getDevice();
        } else if (event instanceof PeerStatusEvent e) {
            return e.getPeer();
        } else if (event instanceof ContactStatusEvent e) {
            return e.getEndpointName() == null ? null : "PJSIP/" + e.getEndpointName();
        } else if (event instanceof QueueMemberEvent e) {
            return e.getLocation();
        } else if (event instanceof AbstractQueueMemberEvent e) {
            return e.getInterface();
        } else if (event instanceof QueueMemberPauseReportEvent e) {
            return e.getInterface();
        }
        return null;
    }

    /** When Asterisk wrote the event (timestampevents=yes), else when it was read. */
    public static Instant time(ManagerEvent event) {
        Double timestamp = event.getTimestamp();
        if (timestamp != null) {
            return Instant.ofEpochMilli(Math.round(timestamp * 1000));
        }
        return event.getDateReceived() != null ? event.getDateReceived().toInstant() : Instant.now();
    }

    /** A channel's age as CoreShowChannel gives it ({@code Duration: hh:mm:ss}); zero when unreadable. */
    public static java.time.Duration channelAge(String hhmmss) {
        if (hhmmss == null) {
            return java.time.Duration.ZERO;
        }
        try {
            long seconds = 0;
            for (String part : hhmmss.split(":")) {
                seconds = seconds * 60 + Long.parseLong(part.trim());
            }
            return java.time.Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return java.time.Duration.ZERO;
        }
    }
}
