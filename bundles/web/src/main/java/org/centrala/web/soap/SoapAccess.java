package org.centrala.web.soap;

import javax.xml.ws.WebServiceContext;

import org.centrala.common.AccessDeniedException;
import org.centrala.web.Access;
import org.centrala.web.Audience;
import org.centrala.web.TenantOwnership;
import org.centrala.common.Caller;

/**
 * The REST API's access rules (see {@link Access}) for SOAP operations: outside one's reseller or
 * tenant is 404, a missing role 403, both as a {@link CentralaFault} through {@link SoapFaults}.
 */
public final class SoapAccess {
    /** Where the web host puts the authenticated caller of a SOAP request. */
    public static final String CALLER_KEY = "org.centrala.caller";

    private final TenantOwnership ownership;

    public SoapAccess(TenantOwnership ownership) {
        this.ownership = ownership;
    }

    /** The caller that {@link SoapCallerInterceptor} authenticated for this request. */
    public static Caller caller(WebServiceContext context) {
        return (Caller) context.getMessageContext().get(CALLER_KEY);
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
