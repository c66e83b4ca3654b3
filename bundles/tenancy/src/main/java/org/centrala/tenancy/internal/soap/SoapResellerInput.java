package org.centrala.tenancy.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "resellerInput")
public class SoapResellerInput {
    @XmlElement(required = true)
    public String name;
    public String contactEmail;
    /** Days a terminated tenant's data is kept; left out: 90 on create, unchanged on replace. */
    public Long retentionDays;
}
