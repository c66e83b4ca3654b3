package org.centrala.audit.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.centrala.audit.AuditLog;
import org.centrala.audit.AuditVerification;

import org.centrala.web.Allow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R9: checks the whole hash chain of the audit log. */
@Path("audit/verification")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class AuditVerificationResource implements RestResource {
    private final AuditLog audit;

    @Activate
    public AuditVerificationResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    // No @Allow: node operators only.
    @Operation(operationId = "verifyAuditLog", summary = "Recompute every hash and link of the audit log; intact=false names the first broken entry")
    public AuditVerification verify() {
        return audit.verify();
    }
}
