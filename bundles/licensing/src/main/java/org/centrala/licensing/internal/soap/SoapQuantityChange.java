package org.centrala.licensing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "quantityChange")
public class SoapQuantityChange {
    public String fromMonth;
    public long quantity;
}
