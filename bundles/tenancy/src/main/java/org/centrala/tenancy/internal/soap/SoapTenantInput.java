package org.centrala.tenancy.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "tenantInput")
public class SoapTenantInput {
    @XmlElement(required = true)
    public String resellerId;
    @XmlElement(required = true)
    public String name;
    /** Left out: made from the name on create, kept on replace. */
    public String signInDomain;
    @XmlElement(required = true)
    public SoapPbxInput pbx;
}
