package org.centrala.tenancy.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "resellerPage")
public class SoapResellerPage {
    @XmlElement(name = "reseller")
    public List<SoapReseller> items = new ArrayList<>();
    public long page;
    public long size;
    public long total;
}
