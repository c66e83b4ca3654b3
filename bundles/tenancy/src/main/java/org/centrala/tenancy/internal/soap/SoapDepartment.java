package org.centrala.tenancy.internal.soap;

import java.util.Date;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "department")
public class SoapDepartment {
    public String id;
    public String tenantId;
    public String name;
    public String countryCode;
    public Date createdAt;
    public Date updatedAt;
}
