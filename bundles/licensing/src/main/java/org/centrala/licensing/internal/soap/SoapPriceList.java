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
    @XmlElement(required = true)
    public String currency;
    /** YYYY-MM: the first month it applies to; left out when setting: the running month. */
    public String fromMonth;
    @XmlElement(name = "price")
    public List<SoapPrice> prices = new ArrayList<>();
    /** When the list was set (its version: send it as setPrices' expectedUpdatedAt); ignored when sent. */
    public java.util.Date updatedAt;
}
