package org.centrala.licensing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "statementTotal")
public class SoapStatementTotal {
    public String tenantId;
    public String tenantName;
    public String currency;
    public java.math.BigDecimal total;
    public boolean complete;
    /** True once the month is closed: the statement is kept as invoiced and never changes. */
    public boolean closed;
}
