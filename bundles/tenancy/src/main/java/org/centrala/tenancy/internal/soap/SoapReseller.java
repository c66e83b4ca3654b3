package org.centrala.tenancy.internal.soap;

import java.util.Date;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "reseller")
public class SoapReseller {
    public String id;
    public String name;
    public String contactEmail;
    public Date createdAt;
    public Date updatedAt;
    /** ACTIVE or SUSPENDED. */
    public String status;
    public Date suspendedAt;
    /** Days a terminated tenant's data is kept before it is erased. */
    public long retentionDays;
}
