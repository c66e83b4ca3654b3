package org.centrala.statistics.internal.web;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.core.HttpHeaders;
import io.swagger.v3.oas.annotations.Parameter;
import org.centrala.web.Versions;
import javax.ws.rs.PATCH;
import org.centrala.web.MergePatch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.statistics.internal.StatisticsReads;
import org.centrala.statistics.internal.StatisticsSettings;
import org.centrala.statistics.internal.StatisticsSettingsDraft;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Issue 12: the time zone whose days, hours and months a tenant's statistics use. */
@Path("tenants/{tenantId}/statistics-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class StatisticsSettingsResource implements RestResource {
    private final StatisticsReads statistics;

    @Activate
    public StatisticsSettingsResource(@Reference StatisticsReads statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(operationId = "getStatisticsSettings", summary = "The tenant's statistics time zone, or the node's default (stored=false)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR})
    public StatisticsSettings get(@PathParam("tenantId") String tenantId) {
        return statistics.settings(tenantId);
    }

    @PUT
    @Operation(operationId = "setStatisticsSettings", summary = "Set the tenant's time zone; the days already counted are re-cut in"
            + " it from their quarters; with If-Match only if unchanged since (412 otherwise); audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public StatisticsSettings set(@PathParam("tenantId") String tenantId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the settings as read") String ifMatch,
                                  StatisticsSettingsDraft draft) {
        return statistics.setSettings(tenantId, Bodies.required(draft), Versions.expectedUpdatedAt(ifMatch, statistics.settings(tenantId),
                "The statistics settings of tenant '" + tenantId + "'"));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchStatisticsSettings", summary = "Change the statistics settings (JSON Merge Patch, RFC 7396: what is"
            + " sent changes, the rest stays); a new time zone re-cuts the days already counted; with If-Match only if unchanged"
            + " since (412 otherwise); audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public StatisticsSettings patch(@PathParam("tenantId") String tenantId,
                                    @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the settings as read") String ifMatch,
                                    JsonNode patch) throws JsonProcessingException {
        StatisticsSettings current = statistics.settings(tenantId);
        Versions.requireMatch(ifMatch, current, "The statistics settings of tenant '" + tenantId + "'");
        StatisticsSettingsDraft now = new StatisticsSettingsDraft(current.timeZone());
        // Written against the version merged: a change made meanwhile is a 412, never overwritten.
        return statistics.setSettings(tenantId, MergePatch.apply(now, patch, StatisticsSettingsDraft.class), current.updatedAt());
    }

    @DELETE
    @Operation(operationId = "resetStatisticsSettings", summary = "Back to the node's default time zone; audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public StatisticsSettings reset(@PathParam("tenantId") String tenantId) {
        return statistics.resetSettings(tenantId);
    }
}
