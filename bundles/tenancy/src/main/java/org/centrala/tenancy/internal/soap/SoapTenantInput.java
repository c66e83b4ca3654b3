package org.centrala.tenancy.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "tenantInput")
public class SoapTenantInput {
    public String resellerId;
    public String name;
    /** Left out: made from the name on create, kept on replace. */
    public String signInDomain;
    public SoapPbxInput pbx;
}
