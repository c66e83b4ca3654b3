package org.centrala.licensing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "devicePacks")
public class SoapDevicePacks {
    public long packs;
    public int devicesAllowed;
    public int devicesInUse;
    @XmlElement(name = "change")
    public List<SoapQuantityChange> changes = new ArrayList<>();
    /** When the quantities were last set (their version: send it as expectedUpdatedAt); absent while none was bought. */
    public java.util.Date updatedAt;
}
