package org.centrala.events.internal.web;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.events.internal.webhooks.Delivery;
import org.centrala.events.internal.webhooks.DeliveryPage;
import org.centrala.events.internal.webhooks.NewWebhook;
import org.centrala.events.internal.webhooks.Webhook;
import org.centrala.events.internal.webhooks.WebhookDraft;
import org.centrala.events.internal.webhooks.WebhookPage;
import org.centrala.events.internal.webhooks.WebhookService;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.MergePatch;
import org.centrala.web.Paging;
import org.centrala.web.QueryValues;
import org.centrala.web.RestResource;
import org.centrala.web.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Issue 12, item 3: a tenant's webhooks, its live events POSTed as signed JSON to its own systems,
 * and what became of each delivery. Its administrators make them; its developers read them.
 */
@Path("tenants/{tenantId}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class WebhookResource implements RestResource {
    private final WebhookService webhooks;
    @javax.ws.rs.core.Context
    private javax.ws.rs.core.UriInfo uriInfo;

    @Activate
    public WebhookResource(@Reference WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @ApiResponse(responseCode = "201", description = "the webhook, with its signing secret (in this answer only)",
            content = @Content(schema = @Schema(implementation = NewWebhook.class)))
    @Operation(operationId = "createWebhook", summary = "A webhook: the tenant's live events of its types POSTed to its URL, each signed"
            + " (HMAC-SHA256, header Centrala-Signature) with the secret this answer shows once; audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Response create(@PathParam("tenantId") String tenantId, WebhookDraft draft) {
        NewWebhook created = webhooks.create(tenantId, Bodies.required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.webhook().id()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The tenant's webhooks, oldest first (no secrets)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER})
    public WebhookPage list(@PathParam("tenantId") String tenantId, @QueryParam("page") String page, @QueryParam("size") String size) {
        return webhooks.list(tenantId, Paging.request(page, size, null));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook (no secret)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER})
    public Webhook get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return webhooks.get(tenantId, id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceWebhook", summary = "Replace a webhook's URL, types, description and activity (its secret stays);"
            + " with If-Match only if unchanged since (412 otherwise); audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Webhook replace(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the webhook as read") String ifMatch,
                           WebhookDraft draft) {
        return webhooks.replace(tenantId, id, Bodies.required(draft),
                Versions.expectedUpdatedAt(ifMatch, webhooks.get(tenantId, id), "Webhook '" + id + "'"));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchWebhook", summary = "Change some of a webhook's URL, types, description and activity (JSON Merge Patch,"
            + " RFC 7396); with If-Match only if unchanged since (412 otherwise); audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Webhook patch(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                         @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the webhook as read") String ifMatch,
                         JsonNode patch) throws JsonProcessingException {
        Webhook current = webhooks.get(tenantId, id);
        Versions.requireMatch(ifMatch, current, "Webhook '" + id + "'");
        return webhooks.replace(tenantId, id, MergePatch.apply(new WebhookDraft(current.url(), current.eventTypes(), current.description(),
                current.active()), patch, WebhookDraft.class), current.updatedAt());
    }

    @DELETE
    @Path("{id}")
    @ApiResponse(responseCode = "204", description = "deleted, with its deliveries")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its deliveries; audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Response delete(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        webhooks.delete(tenantId, id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/secret")
    @Operation(operationId = "newWebhookSecret", summary = "A new signing secret, in this answer only; the old one signs nothing from now; audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public NewWebhook newSecret(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return webhooks.newSecret(tenantId, id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The webhook's deliveries, newest first: PENDING ones with their next attempt,"
            + " DELIVERED ones, and FAILED ones (given up after their attempts) with the last status or error")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER})
    public DeliveryPage deliveries(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                                   @QueryParam("state") @Parameter(description = "PENDING, DELIVERED or FAILED; all when absent") String state,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        return webhooks.deliveries(tenantId, id, QueryValues.constant(Delivery.State.class, "state", state), Paging.request(page, size, null));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/retry")
    @Operation(operationId = "retryWebhookDelivery", summary = "Try a FAILED delivery again from now, its attempts counted afresh; audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Delivery retry(@PathParam("tenantId") String tenantId, @PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return webhooks.retry(tenantId, id, deliveryId);
    }
}
