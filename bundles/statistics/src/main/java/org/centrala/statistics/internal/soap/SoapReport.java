package org.centrala.statistics.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.centrala.statistics.internal.Report;

/** A report: the tenant's time zone, what it is per and by, its days [from, to), and its rows. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "report")
public class SoapReport {
    public String timeZone;
    /** TENANT, DEPARTMENT, QUEUE or AGENT. */
    public String by;
    /** QUARTER, HOUR, DAY or MONTH. */
    public String interval;
    /** The first day, YYYY-MM-DD on the tenant's clock. */
    public String from;
    /** The day after the last. */
    public String to;
    @XmlElement(name = "row")
    public List<SoapReportRow> rows = new ArrayList<>();

    static SoapReport of(Report report) {
        SoapReport soap = new SoapReport();
        soap.timeZone = report.timeZone();
        soap.by = report.by().name();
        soap.interval = report.interval().name();
        soap.from = report.from().toString();
        soap.to = report.to().toString();
        report.rows().forEach(row -> soap.rows.add(SoapReportRow.of(row)));
        return soap;
    }
}
