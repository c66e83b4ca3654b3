package org.centrala.directory.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "linePage")
public class SoapLinePage {
    @XmlElement(name = "line")
    public List<SoapLine> items = new ArrayList<>();
    public long page;
    public long size;
    public long total;
}
