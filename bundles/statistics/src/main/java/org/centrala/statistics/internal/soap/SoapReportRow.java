package org.centrala.statistics.internal.soap;

import java.util.Date;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.centrala.statistics.internal.ReportRow;

/** A subject's figures over one period (docs/statistics.md); times in seconds, ratios absent when no call. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "reportRow")
public class SoapReportRow {
    public Date periodStart;
    /** TENANT, DEPARTMENT, QUEUE or AGENT. */
    public String dimension;
    public String subjectId;
    public String subjectName;
    public String departmentId;
    public long offered;
    public long answered;
    public long answeredWithinServiceLevel;
    public long abandoned;
    public long timedOut;
    public Double serviceLevelPercent;
    public Double averageSpeedOfAnswerSeconds;
    public Double averageHandleTimeSeconds;
    public Double abandonRatePercent;
    public double longestWaitSeconds;
    public Double averageAbandonWaitSeconds;
    public double talkSeconds;
    public double loggedInSeconds;
    public double availableSeconds;
    public double ringingSeconds;
    public double onCallSeconds;
    public double wrapUpSeconds;
    public double pausedSeconds;

    static SoapReportRow of(ReportRow row) {
        SoapReportRow soap = new SoapReportRow();
        soap.periodStart = Date.from(row.periodStart().toInstant());
        soap.dimension = row.dimension().name();
        soap.subjectId = row.subjectId();
        soap.subjectName = row.subjectName();
        soap.departmentId = row.departmentId();
        soap.offered = row.offered();
        soap.answered = row.answered();
        soap.answeredWithinServiceLevel = row.answeredWithinServiceLevel();
        soap.abandoned = row.abandoned();
        soap.timedOut = row.timedOut();
        soap.serviceLevelPercent = row.serviceLevelPercent();
        soap.averageSpeedOfAnswerSeconds = row.averageSpeedOfAnswerSeconds();
        soap.averageHandleTimeSeconds = row.averageHandleTimeSeconds();
        soap.abandonRatePercent = row.abandonRatePercent();
        soap.longestWaitSeconds = row.longestWaitSeconds();
        soap.averageAbandonWaitSeconds = row.averageAbandonWaitSeconds();
        soap.talkSeconds = row.talkSeconds();
        soap.loggedInSeconds = row.loggedInSeconds();
        soap.availableSeconds = row.availableSeconds();
        soap.ringingSeconds = row.ringingSeconds();
        soap.onCallSeconds = row.onCallSeconds();
        soap.wrapUpSeconds = row.wrapUpSeconds();
        soap.pausedSeconds = row.pausedSeconds();
        return soap;
    }
}
