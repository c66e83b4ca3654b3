package org.centrala.directory.internal.soap;

import java.util.Date;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "line")
public class SoapLine {
    public String id;
    public String name;
    public String deviceId;
    public String heldBy;
    public Date heldSince;
    public Date createdAt;
    public Date updatedAt;
}
