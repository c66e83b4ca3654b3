package org.centrala.audit.internal.soap;

import java.util.Date;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "auditEntry")
public class SoapAuditEntry {
    public long sequence;
    public Date recordedAt;
    public String tenantId;
    public String actor;
    public String userId;
    public String action;
    public String target;
    public String details;
    public String previousHash;
    public String hash;
}
