package org.centrala.queues.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "agentPage")
public class SoapAgentPage {
    @XmlElement(name = "agent")
    public List<SoapAgent> items = new ArrayList<>();
    public long page;
    public long size;
    public long total;
}
