package org.centrala.licensing.internal.web;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.core.HttpHeaders;
import org.centrala.web.Versions;
import javax.ws.rs.PATCH;
import org.centrala.web.MergePatch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.licensing.BillingService;
import org.centrala.licensing.PriceList;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.Months;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** R17: a reseller's unit prices. */
@Path("resellers/{resellerId}/prices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class PriceResource implements RestResource {
    private final BillingService billing;

    @Activate
    public PriceResource(@Reference BillingService billing) {
        this.billing = billing;
    }

    @GET
    @Operation(operationId = "getPrices", summary = "The reseller's unit prices in effect in a month (items: pbx, device-pack, licence:<channel>),"
            + " with the month they apply from")
    @Allow({Audience.RESELLER_ADMIN})
    public PriceList get(@PathParam("resellerId") String resellerId,
                         @QueryParam("month") @Parameter(description = "YYYY-MM; the running month when left out") String month) {
        return billing.prices(resellerId, Months.parse("month", month));
    }

    @GET
    @Path("history")
    @Operation(operationId = "listPriceLists", summary = "Every price list the reseller has set, by the month it applies from")
    @Allow({Audience.RESELLER_ADMIN})
    public List<PriceList> history(@PathParam("resellerId") String resellerId) {
        return billing.priceLists(resellerId);
    }

    @PUT
    @Operation(operationId = "setPrices", summary = "Set the price list that applies from fromMonth (the running month when left out) until the"
            + " next one; a closed month is refused (correct it with a correction line instead); with If-Match (the ETag of the list"
            + " in effect in that month) only if unchanged since (412 otherwise); audited")
    @Allow({Audience.RESELLER_ADMIN})
    public PriceList set(@PathParam("resellerId") String resellerId,
                         @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the list in effect in fromMonth, as read") String ifMatch,
                         PriceList prices) {
        Bodies.required(prices);
        return billing.setPrices(resellerId, prices, Versions.expectedUpdatedAt(ifMatch, billing.prices(resellerId, prices.fromMonth()),
                "The price list of reseller '" + resellerId + "'"));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchPrices", summary = "Change the price list (JSON Merge Patch, RFC 7396) from fromMonth (the running month"
            + " when left out): starts from the prices in effect in that month; prices, if sent, replace the list, as an array does in"
            + " a merge patch; a closed month is refused; with If-Match only if unchanged since (412 otherwise); audited")
    @Allow({Audience.RESELLER_ADMIN})
    public PriceList patch(@PathParam("resellerId") String resellerId,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the list in effect in fromMonth, as read") String ifMatch,
                           JsonNode patch) throws JsonProcessingException {
        JsonNode month = patch == null ? null : patch.get("fromMonth");
        PriceList current = billing.prices(resellerId, Months.parse("fromMonth", month == null || !month.isTextual() ? null : month.asText()));
        Versions.requireMatch(ifMatch, current, "The price list of reseller '" + resellerId + "'");
        PriceList now = new PriceList(current.currency(), current.prices(), null);
        // Written against the version merged: a change made meanwhile is a 412, never overwritten.
        return billing.setPrices(resellerId, MergePatch.apply(now, patch, PriceList.class), current.updatedAt());
    }
}
