package org.centrala.directory.internal.soap;

import java.util.Date;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.centrala.web.soap.Enumeration;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "device")
public class SoapDevice {
    public String id;
    public String tenantId;
    @Enumeration(org.centrala.directory.DeviceKind.class)
    public String kind;
    public String label;
    public String ownerUserId;
    public String sipUsername;
    public String mobileNumber;
    public Date createdAt;
    public Date updatedAt;
}
