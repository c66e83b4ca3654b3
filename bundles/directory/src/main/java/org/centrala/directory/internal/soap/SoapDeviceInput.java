package org.centrala.directory.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "deviceInput")
public class SoapDeviceInput {
    public String kind;
    public String label;
    public String ownerUserId;
    public String mobileNumber;
    public String region;
}
