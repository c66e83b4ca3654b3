package org.centrala.examples.sms;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.centrala.common.ValidationException;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A plugin's own REST resource: registered as a {@link RestResource} service, it is served under
 * {@code /api/v1} while this bundle runs, authenticated and authorized like the core's resources
 * (its {@link Allow}), with the same problem answers, and described in the OpenAPI document.
 * Prototype scope gives each server generation of the web host an instance of its own.
 */
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
@Path("tenants/{tenantId}/sms/segments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SMS (example plugin)")
public class SmsSegmentsResource implements RestResource {
    /** Ten parts: what operators commonly accept as one concatenated message (the default of {@link SmsSettings}). */
    static final int MAX_LENGTH = 1530;

    private final SmsSettings settings;

    @Activate
    public SmsSegmentsResource(@Reference SmsSettings settings) {
        this.settings = settings;
    }

    @POST
    @Operation(operationId = "countSmsSegments", summary = "How many SMS parts a text is sent as, and in which encoding")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_USER})
    public SmsSegments count(@PathParam("tenantId") String tenantId, SmsText body) {
        String text = Bodies.required(body).text();
        if (text == null || text.isEmpty()) {
            throw new ValidationException("text", "is required");
        }
        int longest = settings.maxLength();
        if (text.length() > longest) {
            throw new ValidationException("text", "is longer than " + longest + " characters");
        }
        return SmsSegments.of(text);
    }
}
