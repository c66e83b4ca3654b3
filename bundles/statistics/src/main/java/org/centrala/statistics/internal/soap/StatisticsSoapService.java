package org.centrala.statistics.internal.soap;


import javax.annotation.Resource;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.centrala.common.Caller;
import org.centrala.common.ServiceSlot;
import org.centrala.common.ValidationException;
import org.centrala.statistics.internal.ReportRequest;
import org.centrala.statistics.internal.StatisticsReads;
import org.centrala.web.Audience;
import org.centrala.web.SoapEndpoint;
import org.centrala.web.TenantOwnership;
import org.centrala.web.soap.CentralaFault;
import org.centrala.web.soap.SoapAccess;
import org.centrala.web.soap.SoapFaults;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The statistics' historical reports over SOAP 1.1 (issue 12, R8), with the REST API's rules: the
 * tenant's administrators, developers and reseller administrators read every subject, a supervisor
 * its departments' only and never the tenant's total (R18). Every failure is a {@link CentralaFault}.
 */
@WebService(name = "Statistics", serviceName = "StatisticsService", portName = "StatisticsPort",
        targetNamespace = StatisticsSoapService.NAMESPACE)
@Component(service = SoapEndpoint.class, property = SoapEndpoint.PATH + "=statistics")
public class StatisticsSoapService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:centrala:soap:statistics:v1";
    private static final Audience[] READ = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR};

    private final StatisticsReads statistics;
    private final ServiceSlot<TenantOwnership> ownershipSlot = new ServiceSlot<>("Tenancy");
    private final SoapAccess access;

    @Resource
    private WebServiceContext context;

    @Activate
    public StatisticsSoapService(@Reference StatisticsReads statistics) {
        this.statistics = statistics;
        this.access = new SoapAccess(ownershipSlot.proxy(TenantOwnership.class));
    }

    /**
     * @param by       TENANT, DEPARTMENT, QUEUE or AGENT
     * @param interval QUARTER, HOUR, DAY (when absent) or MONTH
     * @param from     the first day, YYYY-MM-DD on the tenant's clock
     * @param to       the day after the last (when absent: the day after {@code from})
     */
    @WebMethod
    @WebResult(name = "report")
    public SoapReport getStatisticsReport(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "by") String by,
                                          @WebParam(name = "interval") String interval, @WebParam(name = "from") String from,
                                          @WebParam(name = "to") String to, @WebParam(name = "subjectId") String subjectId)
            throws CentralaFault {
        return SoapFaults.call("getStatisticsReport", () -> {
            if (tenantId == null || tenantId.isBlank()) {
                throw new ValidationException("tenantId", "is required");
            }
            Caller caller = access.allow(context, READ, new String[0], null, tenantId, null);
            return SoapReport.of(statistics.report(ReportRequest.of(caller, tenantId, by, interval, from, to, subjectId)));
        });
    }


    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindOwnership(TenantOwnership service) {
        ownershipSlot.bind(service);
    }

    void unbindOwnership(TenantOwnership service) {
        ownershipSlot.unbind(service);
    }
}
