package org.centrala.audit.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "auditVerification")
public class SoapAuditVerification {
    public boolean intact;
    public long entriesChecked;
    public Long firstBrokenSequence;
    public String problem;
}
