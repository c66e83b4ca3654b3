package org.centrala.calls.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import java.time.Instant;

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
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.CallRecordQuery;
import org.centrala.pbx.CallRecords;
import org.centrala.web.Instants;
import org.centrala.web.Paging;
import org.centrala.web.CsvExport;
import org.centrala.web.Access;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.CallerSecurityContext;
import org.centrala.common.Caller;

/**
 * Call records of a tenant (R6: back-office users' records are for administrators; R18:
 * supervisors see their departments' contact-centre users only). JSON pages, or CSV of all.
 */
@Path("tenants/{tenantId}/calls")
@Tag(name = "Calls")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class CallResource implements RestResource {
    private final CallRecords calls;
    @Context
    private SecurityContext security;

    @Activate
    public CallResource(@Reference CallRecords calls) {
        this.calls = calls;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @ApiResponse(responseCode = "200", description = "a page of call records, or with format=csv all of them", content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallRecordPage.class)), @Content(mediaType = "text/csv")})
    @Operation(operationId = "listCalls", summary = "Call records started in [from, to), newest first; format=csv exports all of them (oldest first)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR})
    public Response list(@PathParam("tenantId") String tenantId,
                         @QueryParam("userId") @Parameter(description = "only this user's calls") String userId,
                         @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") String from,
                         @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive") String to,
                         @QueryParam("format") @Parameter(description = "json (default) or csv") String format,
                         @QueryParam("page") String page, @QueryParam("size") String size,
                         @QueryParam("sort") @Parameter(description = "startedAt (default, desc), endedAt, talkSeconds") String sort) {
        CallRecordQuery query = query(CallerSecurityContext.of(security), tenantId, blankToNull(userId), from, to);
        return answer(query, format, page, size, sort);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCall", summary = "One call record")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR})
    public CallRecord get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        // The list's scope: a supervisor reads its departments' contact-centre calls only (R6, R18).
        return calls.get(query(CallerSecurityContext.of(security), tenantId, null, null, null), id);
    }

    /**
     * The caller is passed in, not read from {@code security}: CXF fills this resource's context
     * proxy only while a request is dispatched to this class, not when another resource delegates.
     */
    CallRecordQuery query(Caller caller, String tenantId, String userId, String from, String to) {
        Instant since = Instants.parse("from", from);
        Instant until = Instants.parse("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new ValidationException("to", "must be after from");
        }
        return new CallRecordQuery(tenantId, userId, since, until,
                Access.seesWholeTenant(caller) ? null : caller.departmentIds(), !Access.seesBackOfficeCalls(caller));
    }

    Response answer(CallRecordQuery query, String format, String page, String size, String sort) {
        if (!CsvExport.wanted(format)) {
            String order = sort == null || sort.isBlank() ? "startedAt,desc" : sort;
            Page<CallRecord> result = calls.find(query, Paging.request(page, size, order));
            return Response.ok(result, MediaType.APPLICATION_JSON).build();
        }
        // Fails (unknown tenant: 404) before the 200 of the stream is committed.
        calls.find(query, PageRequest.first(1));
        return CsvExport.attachment("calls-" + query.tenantId() + ".csv", CallCsvRow.class, sink -> calls.forEach(query, sink), CallCsvRow::of);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
