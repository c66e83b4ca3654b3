package org.centrala.pbx.internal.link;

import org.asteriskjava.manager.event.ManagerEvent;

/**
 * ChanSpyStart and ChanSpyStop (a supervisor listening to an agent's call, issue 11) with every
 * field Asterisk 20 writes, one setter each: Asterisk-Java 3.42.2's classes have two setters for
 * SpyeeChannelState that differ in case, and warn about them. Centrala reads nothing of these
 * events; its classes only keep the reader quiet.
 */
public abstract class ChanSpyReport extends ManagerEvent {
    private static final long serialVersionUID = 1L;
    private String spyerChannel;
    private String spyerChannelState;
    private String spyerChannelStateDesc;
    private String spyerCallerIDNum;
    private String spyerCallerIDName;
    private String spyerConnectedLineNum;
    private String spyerConnectedLineName;
    private String spyerLanguage;
    private String spyerAccountCode;
    private String spyerContext;
    private String spyerExten;
    private String spyerPriority;
    private String spyerUniqueid;
    private String spyerLinkedid;
    private String spyeeChannel;
    private String spyeeChannelState;
    private String spyeeChannelStateDesc;
    private String spyeeCallerIDNum;
    private String spyeeCallerIDName;
    private String spyeeConnectedLineNum;
    private String spyeeConnectedLineName;
    private String spyeeLanguage;
    private String spyeeAccountCode;
    private String spyeeContext;
    private String spyeeExten;
    private String spyeePriority;
    private String spyeeUniqueid;
    private String spyeeLinkedid;

    protected ChanSpyReport(Object source) {
        super(source);
    }

    public String getSpyerChannel() {
        return spyerChannel;
    }

    public void setSpyerChannel(String spyerChannel) {
        this.spyerChannel = spyerChannel;
    }

    public String getSpyerChannelState() {
        return spyerChannelState;
    }

    public void setSpyerChannelState(String spyerChannelState) {
        this.spyerChannelState = spyerChannelState;
    }

    public String getSpyerChannelStateDesc() {
        return spyerChannelStateDesc;
    }

    public void setSpyerChannelStateDesc(String spyerChannelStateDesc) {
        this.spyerChannelStateDesc = spyerChannelStateDesc;
    }

    public String getSpyerCallerIDNum() {
        return spyerCallerIDNum;
    }

    public void setSpyerCallerIDNum(String spyerCallerIDNum) {
        this.spyerCallerIDNum = spyerCallerIDNum;
    }

    public String getSpyerCallerIDName() {
        return spyerCallerIDName;
    }

    public void setSpyerCallerIDName(String spyerCallerIDName) {
        this.spyerCallerIDName = spyerCallerIDName;
    }

    public String getSpyerConnectedLineNum() {
        return spyerConnectedLineNum;
    }

    public void setSpyerConnectedLineNum(String spyerConnectedLineNum) {
        this.spyerConnectedLineNum = spyerConnectedLineNum;
    }

    public String getSpyerConnectedLineName() {
        return spyerConnectedLineName;
    }

    public void setSpyerConnectedLineName(String spyerConnectedLineName) {
        this.spyerConnectedLineName = spyerConnectedLineName;
    }

    public String getSpyerLanguage() {
        return spyerLanguage;
    }

    public void setSpyerLanguage(String spyerLanguage) {
        this.spyerLanguage = spyerLanguage;
    }

    public String getSpyerAccountCode() {
        return spyerAccountCode;
    }

    public void setSpyerAccountCode(String spyerAccountCode) {
        this.spyerAccountCode = spyerAccountCode;
    }

    public String getSpyerContext() {
        return spyerContext;
    }

    public void setSpyerContext(String spyerContext) {
        this.spyerContext = spyerContext;
    }

    public String getSpyerExten() {
        return spyerExten;
    }

    public void setSpyerExten(String spyerExten) {
        this.spyerExten = spyerExten;
    }

    public String getSpyerPriority() {
        return spyerPriority;
    }

    public void setSpyerPriority(String spyerPriority) {
        this.spyerPriority = spyerPriority;
    }

    public String getSpyerUniqueid() {
        return spyerUniqueid;
    }

    public void setSpyerUniqueid(String spyerUniqueid) {
        this.spyerUniqueid = spyerUniqueid;
    }

    public String getSpyerLinkedid() {
        return spyerLinkedid;
    }

    public void setSpyerLinkedid(String spyerLinkedid) {
        this.spyerLinkedid = spyerLinkedid;
    }

    public String getSpyeeChannel() {
        return spyeeChannel;
    }

    public void setSpyeeChannel(String spyeeChannel) {
        this.spyeeChannel = spyeeChannel;
    }

    public String getSpyeeChannelState() {
        return spyeeChannelState;
    }

    public void setSpyeeChannelState(String spyeeChannelState) {
        this.spyeeChannelState = spyeeChannelState;
    }

    public String getSpyeeChannelStateDesc() {
        return spyeeChannelStateDesc;
    }

    public void setSpyeeChannelStateDesc(String spyeeChannelStateDesc) {
        this.spyeeChannelStateDesc = spyeeChannelStateDesc;
    }

    public String getSpyeeCallerIDNum() {
        return spyeeCallerIDNum;
    }

    public void setSpyeeCallerIDNum(String spyeeCallerIDNum) {
        this.spyeeCallerIDNum = spyeeCallerIDNum;
    }

    public String getSpyeeCallerIDName() {
        return spyeeCallerIDName;
    }

    public void setSpyeeCallerIDName(String spyeeCallerIDName) {
        this.spyeeCallerIDName = spyeeCallerIDName;
    }

    public String getSpyeeConnectedLineNum() {
        return spyeeConnectedLineNum;
    }

    public void setSpyeeConnectedLineNum(String spyeeConnectedLineNum) {
        this.spyeeConnectedLineNum = spyeeConnectedLineNum;
    }

    public String getSpyeeConnectedLineName() {
        return spyeeConnectedLineName;
    }

    public void setSpyeeConnectedLineName(String spyeeConnectedLineName) {
        this.spyeeConnectedLineName = spyeeConnectedLineName;
    }

    public String getSpyeeLanguage() {
        return spyeeLanguage;
    }

    public void setSpyeeLanguage(String spyeeLanguage) {
        this.spyeeLanguage = spyeeLanguage;
    }

    public String getSpyeeAccountCode() {
        return spyeeAccountCode;
    }

    public void setSpyeeAccountCode(String spyeeAccountCode) {
        this.spyeeAccountCode = spyeeAccountCode;
    }

    public String getSpyeeContext() {
        return spyeeContext;
    }

    public void setSpyeeContext(String spyeeContext) {
        this.spyeeContext = spyeeContext;
    }

    public String getSpyeeExten() {
        return spyeeExten;
    }

    public void setSpyeeExten(String spyeeExten) {
        this.spyeeExten = spyeeExten;
    }

    public String getSpyeePriority() {
        return spyeePriority;
    }

    public void setSpyeePriority(String spyeePriority) {
        this.spyeePriority = spyeePriority;
    }

    public String getSpyeeUniqueid() {
        return spyeeUniqueid;
    }

    public void setSpyeeUniqueid(String spyeeUniqueid) {
        this.spyeeUniqueid = spyeeUniqueid;
    }

    public String getSpyeeLinkedid() {
        return spyeeLinkedid;
    }

    public void setSpyeeLinkedid(String spyeeLinkedid) {
        this.spyeeLinkedid = spyeeLinkedid;
    }
}
