package org.centrala.pbx.internal.model;

import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.ManagerEvent;

/**
 * Asterisk's QueueMemberPause with every field Asterisk 20 writes (the sample capture's). Asterisk-Java
 * 3.42.2's class inherits two setters each for PausedReason and InCall that differ only in case,
 * and logs two WARNs about it on the first pause of each connection; this one has one of each
 * (issue 11). Registered on every connection in place of Asterisk-Java's class.
 */
@AsteriskMapping("QueueMemberPause")
public final class QueueMemberPauseReportEvent extends ManagerEvent {
    private static final long serialVersionUID = 1L;
    private String queue;
    private String memberName;
    private String memberInterface;
    private String stateInterface;
    private String membership;
    private Integer penalty;
    private Integer callsTaken;
    private Long lastCall;
    private Long lastPause;
    private Long loginTime;
    private Integer inCall;
    private Integer status;
    private Boolean paused;
    private String pausedReason;
    private String reason;
    private Boolean ringinuse;
    private Integer wrapuptime;

    public QueueMemberPauseReportEvent(Object source) {
        super(source);
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getInterface() {
        return memberInterface;
    }

    public void setInterface(String memberInterface) {
        this.memberInterface = memberInterface;
    }

    public String getStateInterface() {
        return stateInterface;
    }

    public void setStateInterface(String stateInterface) {
        this.stateInterface = stateInterface;
    }

    public String getMembership() {
        return membership;
    }

    public void setMembership(String membership) {
        this.membership = membership;
    }

    public Integer getPenalty() {
        return penalty;
    }

    public void setPenalty(Integer penalty) {
        this.penalty = penalty;
    }

    public Integer getCallsTaken() {
        return callsTaken;
    }

    public void setCallsTaken(Integer callsTaken) {
        this.callsTaken = callsTaken;
    }

    public Long getLastCall() {
        return lastCall;
    }

    public void setLastCall(Long lastCall) {
        this.lastCall = lastCall;
    }

    public Long getLastPause() {
        return lastPause;
    }

    public void setLastPause(Long lastPause) {
        this.lastPause = lastPause;
    }

    public Long getLoginTime() {
        return loginTime;
    }

    public void setLoginTime(Long loginTime) {
        this.loginTime = loginTime;
    }

    public Integer getInCall() {
        return inCall;
    }

    public void setInCall(Integer inCall) {
        this.inCall = inCall;
    }

    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
    }

    public Boolean getPaused() {
        return paused;
    }

    public void setPaused(Boolean paused) {
        this.paused = paused;
    }

    /** The reason Asterisk keeps for the pause (PausedReason; Reason before Asterisk 13.? wrote it so). */
    public String getPausedReason() {
        return pausedReason != null && !pausedReason.isEmpty() ? pausedReason : reason;
    }

    public void setPausedReason(String pausedReason) {
        this.pausedReason = pausedReason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Boolean getRinginuse() {
        return ringinuse;
    }

    public void setRinginuse(Boolean ringinuse) {
        this.ringinuse = ringinuse;
    }

    public Integer getWrapuptime() {
        return wrapuptime;
    }

    public void setWrapuptime(Integer wrapuptime) {
        this.wrapuptime = wrapuptime;
    }
}
