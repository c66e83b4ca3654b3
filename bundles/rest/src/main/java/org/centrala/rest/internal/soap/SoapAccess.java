package org.centrala.rest.internal.soap;

import javax.xml.ws.WebServiceContext;

import org.centrala.common.AccessDeniedException;
import org.centrala.rest.internal.access.Access;
import org.centrala.rest.internal.access.Audience;
import org.centrala.rest.internal.access.TenantOwnership;
import org.centrala.security.Caller;

/**
 * The REST API's access rules (see {@link Access}) for SOAP operations: outside one's reseller or
 * tenant is 404, a missing role 403, both as a {@link CentralaFault} through {@link SoapFaults}.
 */
public final class SoapAccess {
    private final TenantOwnership ownership;

    public SoapAccess(TenantOwnership ownership) {
        this.ownership = ownership;
    }

    /** The caller that {@link SoapCallerInterceptor} authenticated for this request. */
    public static Caller caller(WebServiceContext context) {
        return (Caller) context.getMessageContext().get(SoapCallerInterceptor.CALLER_KEY);
    }

    public Caller allow(WebServiceContext context, Audience[] audiences, String[] functions, String resellerId, String tenantId,
                        String userId) {
        Caller caller = caller(context);
        if (!Access.permits(caller, audiences, functions, resellerId, tenantId, userId, ownership)) {
            throw new AccessDeniedException("your role does not allow this operation");
        }
        return caller;
    }
}
