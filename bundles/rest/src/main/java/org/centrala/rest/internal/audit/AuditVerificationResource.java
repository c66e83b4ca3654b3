package org.centrala.rest.internal.audit;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.centrala.audit.AuditLog;
import org.centrala.audit.AuditVerification;

import org.centrala.rest.internal.access.Allow;
import org.centrala.rest.internal.access.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R9: checks the whole hash chain of the audit log. */
@Path("audit/verification")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditVerificationResource {
    private final AuditLog audit;

    public AuditVerificationResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    // No @Allow: node operators only.
    @Operation(summary = "Recompute every hash and link of the audit log; intact=false names the first broken entry")
    public AuditVerification verify() {
        return audit.verify();
    }
}
