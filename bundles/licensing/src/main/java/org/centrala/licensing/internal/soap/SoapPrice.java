package org.centrala.licensing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "price")
public class SoapPrice {
    @XmlElement(required = true)
    public String item;
    @XmlElement(required = true)
    public java.math.BigDecimal unitPrice;
}
