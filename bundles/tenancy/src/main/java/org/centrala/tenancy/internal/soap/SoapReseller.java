package org.centrala.tenancy.internal.soap;

import java.util.Date;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.centrala.web.soap.Enumeration;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "reseller")
public class SoapReseller {
    public String id;
    public String name;
    public String contactEmail;
    public Date createdAt;
    public Date updatedAt;
    /** ACTIVE, SUSPENDED, TERMINATED or ERASED. */
    @Enumeration(org.centrala.tenancy.TenantStatus.class)
    public String status;
    public Date suspendedAt;
    /** Days a terminated tenant's (or this reseller's) data is kept before it is erased. */
    public long retentionDays;
    public Date terminatedAt;
    /** When its data is erased unless the termination is withdrawn. */
    public Date erasableAt;
}
