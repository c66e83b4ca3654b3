package org.centrala.pbx.internal.model;

import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.ManagerEvent;

/**
 * Asterisk's MixMonitorMute event (app_mixmonitor, since 16.17 and 18.3): a recording of the
 * channel was muted ({@code State: 1}) or unmuted ({@code State: 0}), in one direction or both.
 * Asterisk-Java 3.42.2 has no class for it; registered on every connection.
 */
@AsteriskMapping("MixMonitorMute")
public final class MixMonitorMuteReportEvent extends ManagerEvent {
    private static final long serialVersionUID = 1L;
    private String channel;
    private String uniqueId;
    private String linkedId;
    private String direction;
    private String state;
    private String language;
    private String accountCode;

    public MixMonitorMuteReportEvent(Object source) {
        super(source);
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getUniqueId() {
        return uniqueId;
    }

    public void setUniqueId(String uniqueId) {
        this.uniqueId = uniqueId;
    }

    public String getLinkedId() {
        return linkedId;
    }

    public void setLinkedId(String linkedId) {
        this.linkedId = linkedId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAccountCode() {
        return accountCode;
    }

    public void setAccountCode(String accountCode) {
        this.accountCode = accountCode;
    }

    /** read, write or both. */
    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    /** "1" muted, "0" unmuted. */
    public String getMuteState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public boolean isMuted() {
        return "1".equals(state) || "true".equalsIgnoreCase(state);
    }
}
