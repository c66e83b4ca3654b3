package org.centrala.licensing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "billingStatement")
public class SoapBillingStatement {
    public String tenantId;
    public String tenantName;
    public String month;
    public String currency;
    @XmlElement(name = "line")
    public List<SoapBillingLine> lines = new ArrayList<>();
    public java.math.BigDecimal total;
    public boolean complete;
    /** True once the month is closed: the statement is kept as invoiced and never changes. */
    public boolean closed;
}
