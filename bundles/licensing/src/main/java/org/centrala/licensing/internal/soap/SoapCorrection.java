package org.centrala.licensing.internal.soap;

import java.math.BigDecimal;
import java.util.Date;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** A credit (negative amount) or debit on a tenant's statement of an open month (issue 9). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "correction")
public class SoapCorrection {
    /** Answers only. */
    public String id;
    @XmlElement(required = true)
    public String tenantId;
    /** Answers only: the month whose statement it is on (YYYY-MM). */
    public String month;
    /** YYYY-MM: the month it corrects, if any. */
    public String refersTo;
    @XmlElement(required = true)
    public String description;
    @XmlElement(required = true)
    public BigDecimal amount;
    /** Answers only. */
    public Date createdAt;
}
