package org.centrala.calls.internal.web;

import org.centrala.common.ServiceSlot;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ServiceScope;

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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.common.NotFoundException;
import org.centrala.directory.User;
import org.centrala.directory.UserService;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallRecordQuery;
import org.centrala.pbx.CallRecords;
import org.centrala.web.Access;
import org.centrala.web.CsvExport;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.CallerSecurityContext;
import org.centrala.common.Caller;

/** One user's call records: an agent's own, or for those who see that user (R6, R18). */
@Path("tenants/{tenantId}/users/{userId}/calls")
@Tag(name = "Calls")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class UserCallResource implements RestResource {
    private final CallResource calls;
    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<UserService> usersSlot = new ServiceSlot<>("The directory");
    private final UserService users = usersSlot.proxy(UserService.class);
    @Context
    private SecurityContext security;

    @Activate
    public UserCallResource(@Reference CallRecords records) {
        // The call queries and answers of CallResource, used as a helper: no request context of its own.
        this.calls = new CallResource(records);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @ApiResponse(responseCode = "200", description = "a page of the user's call records, or with format=csv all of them", content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallRecordPage.class)), @Content(mediaType = "text/csv")})
    @Operation(operationId = "listUserCalls", summary = "One user's call records (an agent may read its own)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR, Audience.SELF})
    public Response ofUser(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") String format,
                           @QueryParam("page") String page, @QueryParam("size") String size,
                           @QueryParam("sort") String sort) {
        User user = users.get(tenantId, userId);
        Caller caller = CallerSecurityContext.of(security);
        boolean self = user.id().equals(caller.userId());
        if (!self && !Access.seesUser(caller, user.id(), user.departmentId())
                || !self && !Access.seesBackOfficeCalls(caller) && user.type() == UserType.BACK_OFFICE) {
            throw new NotFoundException("User", userId);
        }
        CallRecordQuery query = calls.query(caller, tenantId, userId, from, to);
        if (self) {
            query = new CallRecordQuery(tenantId, userId, query.from(), query.to(), null);
        }
        return calls.answer(query, format, page, size, sort);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindUsers(UserService service) {
        usersSlot.bind(service);
    }

    void unbindUsers(UserService service) {
        usersSlot.unbind(service);
    }
}
