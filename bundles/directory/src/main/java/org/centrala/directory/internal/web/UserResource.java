package org.centrala.directory.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.PATCH;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import javax.ws.rs.core.SecurityContext;
import org.centrala.web.CallerSecurityContext;
import org.centrala.common.ValidationException;
import org.centrala.directory.User;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserService;
import org.centrala.common.AccessRole;
import org.centrala.directory.UserType;
import org.centrala.directory.UserQuery;
import org.centrala.directory.internal.UserScope;
import org.centrala.web.Bodies;
import org.centrala.web.Paging;
import org.centrala.web.Versions;
import org.centrala.web.MergePatch;
import org.centrala.common.PageRequest;
import org.centrala.web.CsvExport;
import org.centrala.web.ExportFormat;
import org.centrala.web.QueryValues;

import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.IdParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R4-R7, R13-R16: users of a tenant and the channels they are licensed for. */
@IdParam("userId")
@Path("tenants/{tenantId}/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class UserResource implements RestResource {
    private final UserService users;

    @Context
    private UriInfo uriInfo;

    @Context
    private SecurityContext security;

    @Activate
    public UserResource(@Reference UserService users) {
        this.users = users;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE})
    @ApiResponse(responseCode = "200", description = "a page of users, or with format=csv or xlsx all of them", content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.directory.internal.web.UserPage.class)), @Content(mediaType = "text/csv"), @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE)})
    @Operation(operationId = "listUsers", summary = "List and search users, paged and sorted (sort: displayName, createdAt); every filter is optional and they add up;"
            + " format=csv or xlsx exports every match")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER, Audience.SUPERVISOR}, functions = "users.manage")
    public Response list(@PathParam("tenantId") String tenantId,
                           @QueryParam("q") @Parameter(description = "free text: part of the name, user name or e-mail, or the digits of a mobile number") String q,
                           @QueryParam("username") @Parameter(description = "exactly this user name (any case)") String username,
                           @QueryParam("email") @Parameter(description = "exactly this e-mail address (any case)") String email,
                           @QueryParam("departmentId") @Parameter(description = "only this department's users") String departmentId,
                           @QueryParam("type") @Parameter(description = "BACK_OFFICE or CONTACT_CENTRE") String type,
                           @QueryParam("role") @Parameter(description = "only users with this access role") String role,
                           @QueryParam("phoneNumber") @Parameter(description = "users with a mobile of this number (+381 64 123 0001, 0641230001, ...)") String phoneNumber,
                           @QueryParam("extension") @Parameter(description = "the user of exactly this internal extension (R7), such as 201") String extension,
                           @QueryParam("left") @Parameter(description = "false (default): users who have not left; true: only those who left; any: both") String left,
                           @QueryParam("includeLeft") @Parameter(description = "true: the same as left=any (kept for existing clients)") String includeLeft,
                           @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
                           @QueryParam("format") @Parameter(description = "json (default), csv or xlsx (a spreadsheet)") String format) {
        UserQuery query = new UserQuery(q, username, email, departmentId, QueryValues.constant(UserType.class, "type", type),
                QueryValues.constant(AccessRole.class, "role", role), phoneNumber, left(left, includeLeft), extension);
        UserQuery scoped = query.inDepartment(UserScope.listedDepartment(CallerSecurityContext.of(security), query.departmentId()));
        ExportFormat export = ExportFormat.of(format);
        if (export != ExportFormat.JSON) {
            users.find(tenantId, scoped, PageRequest.first(1)); // an unknown tenant is a 404 before the stream's 200
            return export.attachment("users-" + tenantId, UserCsvRow.class,
                    CsvExport.allPages(request -> users.find(tenantId, scoped, request), "createdAt"), UserCsvRow::of);
        }
        return Response.ok(users.find(tenantId, scoped, Paging.request(page, size, sort)), MediaType.APPLICATION_JSON).build();
    }

    private static UserQuery.Left left(String left, String includeLeft) {
        if (left == null || left.isBlank()) {
            return "true".equalsIgnoreCase(includeLeft) ? UserQuery.Left.ANY : UserQuery.Left.NO;
        }
        return switch (left.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "false" -> UserQuery.Left.NO;
            case "true" -> UserQuery.Left.YES;
            case "any" -> UserQuery.Left.ANY;
            default -> throw new ValidationException("left", "must be false, true or any");
        };
    }

    @POST
    @ApiResponse(responseCode = "201", description = "the user created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.directory.User.class)))
    @Operation(operationId = "createUser", summary = "Create a back-office user (R5: no username, no roles) or a contact-centre user (R7)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "users.manage")
    public Response create(@PathParam("tenantId") String tenantId, UserDraft draft) {
        requireDepartmentInScope(Bodies.required(draft).departmentId());
        User created = users.create(tenantId, draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "Read a user")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER, Audience.SUPERVISOR, Audience.SELF}, functions = "users.manage")
    public User get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return visibleUser(tenantId, id);
    }

    private void requireDepartmentInScope(String departmentId) {
        UserScope.requireDepartment(CallerSecurityContext.of(security), departmentId);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceUser", summary = "Replace a user's details (every field; one left out is cleared); the type cannot change;"
            + " with If-Match only if unchanged since (412 otherwise); the last ADMINISTRATOR keeps the role (409)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "users.manage")
    public User update(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                       @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the user as read") String ifMatch, UserDraft draft) {
        User current = visibleUser(tenantId, id);
        java.time.Instant expected = Versions.expectedUpdatedAt(ifMatch, current, "User '" + id + "'");
        requireDepartmentInScope(Bodies.required(draft).departmentId());
        return users.update(tenantId, id, draft, expected);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchUser", summary = "Change some of a user's details (JSON Merge Patch, RFC 7396: what is sent changes, null clears, the rest stays);"
            + " with If-Match only if unchanged since (412 otherwise); the last ADMINISTRATOR keeps the role (409)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "users.manage")
    public User patch(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the user as read") String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        User current = visibleUser(tenantId, id);
        Versions.requireMatch(ifMatch, current, "User '" + id + "'");
        UserDraft draft = MergePatch.apply(UserDraft.of(current), patch, UserDraft.class);
        requireDepartmentInScope(draft.departmentId());
        // The version read here is the one patched: a change made meanwhile is a 412, never overwritten.
        return users.update(tenantId, id, draft, current.updatedAt());
    }

    /** R18: only users of the caller's departments, when its scope is departments; anyone else's is a 404. */
    private User visibleUser(String tenantId, String id) {
        return UserScope.visibleUser(users, CallerSecurityContext.of(security), tenantId, id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "leaveUser", summary = "The user leaves (R15): its licences are freed, devices unassigned, line released; the record stays")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "users.manage")
    public User leave(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        visibleUser(tenantId, id);
        return users.leave(tenantId, id);
    }

    @POST
    @Path("{id}/reactivation")
    @Operation(operationId = "reactivateUser", summary = "A user who left comes back with the same id, history, user name and password;"
            + " licences, devices and line are not given back")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "users.manage")
    public User reactivate(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        visibleUser(tenantId, id);
        return users.reactivate(tenantId, id);
    }

    @POST
    @Path("{id}/erasure")
    @Operation(operationId = "eraseUser", summary = "Erase a user who left, on request: its name becomes a pseudonym, its e-mail, user name,"
            + " roles, profile and credential go; call records and the audit trail keep referring to it by id; final")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "users.manage")
    public User erase(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        visibleUser(tenantId, id);
        return users.erase(tenantId, id);
    }

    @PUT
    @Path("{id}/channels/{channel}")
    @Operation(operationId = "grantChannel", summary = "Give the user a channel, taking one licence of it (R13, R14); 409 when none is free")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "users.manage")
    public User grantChannel(@PathParam("tenantId") String tenantId, @PathParam("id") String id, @PathParam("channel") String channel) {
        visibleUser(tenantId, id);
        return users.grantChannel(tenantId, id, channel);
    }

    @DELETE
    @Path("{id}/channels/{channel}")
    @Operation(operationId = "revokeChannel", summary = "Take the channel away and free its licence (R15)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "users.manage")
    public User revokeChannel(@PathParam("tenantId") String tenantId, @PathParam("id") String id, @PathParam("channel") String channel) {
        visibleUser(tenantId, id);
        return users.revokeChannel(tenantId, id, channel);
    }
}
