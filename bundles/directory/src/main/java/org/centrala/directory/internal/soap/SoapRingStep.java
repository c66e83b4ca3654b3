package org.centrala.directory.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ringStep")
public class SoapRingStep {
    @XmlElement(name = "deviceId")
    public List<String> deviceIds = new ArrayList<>();
    @XmlElement(required = true)
    public Long ringSeconds;
}
