package org.centrala.tenancy.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "departmentInput")
public class SoapDepartmentInput {
    @XmlElement(required = true)
    public String name;
    @XmlElement(required = true)
    public String countryCode;
}
