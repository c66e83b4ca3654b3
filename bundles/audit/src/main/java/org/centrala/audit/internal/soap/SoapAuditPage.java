package org.centrala.audit.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "auditPage")
public class SoapAuditPage {
    @XmlElement(name = "entry")
    public List<SoapAuditEntry> items = new ArrayList<>();
    public long page;
    public long size;
    public long total;
}
