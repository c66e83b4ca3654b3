package org.centrala.queues.internal.soap;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.centrala.queues.Agent;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "agent")
public class SoapAgent {
    public String userId;
    public String departmentId;
    public String displayName;
    /** LOGGED_OUT, AVAILABLE, RINGING, ON_CALL, WRAP_UP or PAUSED. */
    public String state;
    public String pauseReason;
    public Date since;
    public String memberInterface;
    @XmlElement(name = "queueId")
    public List<String> queueIds = new ArrayList<>();

    static SoapAgent of(Agent agent) {
        SoapAgent soap = new SoapAgent();
        soap.userId = agent.userId();
        soap.departmentId = agent.departmentId();
        soap.displayName = agent.displayName();
        soap.state = agent.state().name();
        soap.pauseReason = agent.pauseReason();
        soap.since = agent.since() == null ? null : Date.from(agent.since());
        soap.memberInterface = agent.memberInterface();
        soap.queueIds.addAll(agent.queueIds());
        return soap;
    }
}
