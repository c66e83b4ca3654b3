package org.centrala.licensing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "billingLine")
public class SoapBillingLine {
    public String item;
    public String description;
    public int quantity;
    public java.math.BigDecimal unitPrice;
    public java.math.BigDecimal amount;
}
