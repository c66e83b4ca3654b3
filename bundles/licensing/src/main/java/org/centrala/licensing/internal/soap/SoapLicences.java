package org.centrala.licensing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "licences")
public class SoapLicences {
    @XmlElement(name = "position")
    public List<SoapLicencePosition> positions = new ArrayList<>();
}
