package org.centrala.tenancy.internal.soap;

import java.util.Date;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.centrala.web.soap.Enumeration;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "tenant")
public class SoapTenant {
    public String id;
    public String resellerId;
    public String name;
    /** What its users add to their user name to sign in: agent-a@signInDomain. */
    public String signInDomain;
    public SoapPbx pbx;
    public Date createdAt;
    public Date updatedAt;
    /** ACTIVE, SUSPENDED, TERMINATED or ERASED. */
    @Enumeration(org.centrala.tenancy.TenantStatus.class)
    public String status;
    public Date suspendedAt;
    public Date terminatedAt;
    /** When its data is erased unless the termination is withdrawn. */
    public Date erasableAt;
}
