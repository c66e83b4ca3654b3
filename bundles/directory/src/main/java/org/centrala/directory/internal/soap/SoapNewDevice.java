package org.centrala.directory.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "newDevice")
public class SoapNewDevice {
    public SoapDevice device;
    /** Shown in this answer only. */
    public String sipSecret;
}
