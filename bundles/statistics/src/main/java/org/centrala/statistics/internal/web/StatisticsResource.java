package org.centrala.statistics.internal.web;

import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.common.Caller;
import org.centrala.statistics.internal.LiveFigures;
import org.centrala.statistics.internal.Report;
import org.centrala.statistics.internal.ReportRequest;
import org.centrala.statistics.internal.ReportRow;
import org.centrala.statistics.internal.StatisticsReads;
import org.centrala.web.Access;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.CallerSecurityContext;
import org.centrala.web.ExportFormat;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Issue 12, R8: a tenant's contact-centre figures, live and historical (docs/statistics.md). A
 * supervisor reads its departments' queues, agents and departments only, never the tenant's total
 * (R18); back-office users never appear (R6).
 */
@Path("tenants/{tenantId}/statistics")
@Tag(name = "Statistics")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class StatisticsResource implements RestResource {
    private final StatisticsReads statistics;
    @Context
    private SecurityContext security;

    @Activate
    public StatisticsResource(@Reference StatisticsReads statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getLiveStatistics", summary = "Today so far in the tenant's time zone per department, queue and agent,"
            + " the callers waiting now and each agent's state; a call counts once it has ended")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR})
    public LiveFigures live(@PathParam("tenantId") String tenantId) {
        return statistics.live(tenantId, scope(CallerSecurityContext.of(security)));
    }

    @GET
    @Path("agents/{userId}/today")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAgentToday", summary = "An agent's own figures of today and its state: for itself, its"
            + " department's supervisors and the tenant's administrators")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR, Audience.SELF})
    public LiveFigures.AgentNow agentToday(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        return statistics.agentToday(CallerSecurityContext.of(security), tenantId, userId);
    }

    @GET
    @Path("report")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.XLSX_MEDIA_TYPE, "text/csv"})
    @ApiResponse(responseCode = "200", description = "the report, or with format=csv or xlsx its rows as a download", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = "text/csv"), @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE)})
    @Operation(operationId = "getStatisticsReport", summary = "Historical figures per tenant, department, queue or agent, by"
            + " quarter, hour, day or month of the tenant's time zone, over the days [from, to); read from the roll-ups")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR})
    public Response report(@PathParam("tenantId") String tenantId,
                           @QueryParam("by") @Parameter(description = "tenant, department, queue or agent", required = true) String by,
                           @QueryParam("interval") @Parameter(description = "quarter, hour, day (default) or month; a range spans at most"
                                   + " 31, 92, 366 or 3660 days") String interval,
                           @QueryParam("from") @Parameter(description = "first day, YYYY-MM-DD on the tenant's clock", required = true)
                           String from,
                           @QueryParam("to") @Parameter(description = "day after the last, YYYY-MM-DD; default: the day after from")
                           String to,
                           @QueryParam("subjectId") @Parameter(description = "only this department, queue or agent") String subjectId,
                           @QueryParam("format") @Parameter(description = "json (default), csv or xlsx") String format) {
        ReportRequest request = ReportRequest.of(CallerSecurityContext.of(security), tenantId, by, interval, from, to, subjectId);
        ExportFormat export = ExportFormat.of(format);
        if (export == ExportFormat.JSON) {
            return Response.ok(statistics.report(request), MediaType.APPLICATION_JSON).build();
        }
        statistics.checkReport(request);
        return export.<ReportRow, ReportRow>attachment(request.fileName(), ReportRow.class,
                sink -> statistics.report(request).rows().forEach(sink), row -> row);
    }

    /** R18: null for who sees the whole tenant, else the supervisor's departments. */
    private static Set<String> scope(Caller caller) {
        return Access.seesWholeTenant(caller) ? null : caller.departmentIds();
    }

}
