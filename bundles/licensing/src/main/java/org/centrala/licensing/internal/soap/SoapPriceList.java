package org.centrala.licensing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "priceList")
public class SoapPriceList {
    public String currency;
    @XmlElement(name = "price")
    public List<SoapPrice> prices = new ArrayList<>();
}
