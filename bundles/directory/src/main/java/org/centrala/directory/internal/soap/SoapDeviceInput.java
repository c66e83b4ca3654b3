package org.centrala.directory.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.centrala.web.soap.Enumeration;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "deviceInput")
public class SoapDeviceInput {
    @XmlElement(required = true)
    @Enumeration(org.centrala.directory.DeviceKind.class)
    public String kind;
    @XmlElement(required = true)
    public String label;
    public String ownerUserId;
    public String mobileNumber;
    public String region;
}
