package org.centrala.rest.internal;

import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.centrala.rest.internal.json.JsonMapper;
import org.centrala.rest.internal.problem.DomainExceptionMapper;
import org.centrala.rest.internal.problem.BadUrlEncodingMapper;
import org.centrala.rest.internal.problem.JsonInputExceptionMapper;
import org.centrala.rest.internal.problem.UnreadableRequestMapper;
import org.centrala.rest.internal.problem.UnexpectedExceptionMapper;
import org.centrala.rest.internal.problem.WebApplicationExceptionMapper;
import org.centrala.audit.ActorContext;
import org.centrala.audit.AuditLog;
import org.centrala.directory.AccessProfileService;
import org.centrala.directory.DeviceService;
import org.centrala.directory.LineService;
import org.centrala.directory.RingPlanService;
import org.centrala.directory.UserService;
import org.centrala.licensing.BillingService;
import org.centrala.licensing.ChannelCatalog;
import org.centrala.licensing.DevicePackService;
import org.centrala.licensing.LicenceService;
import org.centrala.rest.internal.access.AccessFilter;
import org.centrala.rest.internal.access.TenantOwnership;
import org.centrala.rest.internal.audit.AuditResource;
import org.centrala.rest.internal.audit.AuditVerificationResource;
import org.centrala.rest.internal.audit.ResellerAuditResource;
import org.centrala.rest.internal.directory.AccessProfileResource;
import org.centrala.rest.internal.directory.DeviceResource;
import org.centrala.rest.internal.directory.LineResource;
import org.centrala.rest.internal.directory.RingPlanResource;
import org.centrala.rest.internal.directory.UserResource;
import org.centrala.rest.internal.licensing.ChannelResource;
import org.centrala.rest.internal.licensing.DevicePackResource;
import org.centrala.rest.internal.licensing.LicenceResource;
import org.centrala.rest.internal.licensing.PriceResource;
import org.centrala.rest.internal.licensing.ResellerBillingResource;
import org.centrala.rest.internal.licensing.TenantBillingResource;
import org.centrala.rest.internal.security.PasswordResource;
import org.centrala.rest.internal.security.ResellerAdminResource;
import org.centrala.rest.internal.security.SessionResource;
import org.centrala.rest.internal.security.TokenResource;
import org.centrala.security.Authenticator;
import org.centrala.security.CredentialService;
import org.centrala.tenancy.DepartmentService;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.TenantService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.centrala.pbx.CallRecords;
import org.centrala.pbx.PbxLinks;
import org.centrala.rest.internal.pbx.CallResource;
import org.centrala.rest.internal.pbx.PbxLinkResource;
import org.centrala.rest.internal.pbx.TenantPbxLinkResource;
import org.centrala.rest.internal.pbx.UserCallResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the REST API at {@value #ADDRESS} on CXF's servlet, with its OpenAPI 3 document at
 * {@code /api/v1/openapi.json} (generated at build time, see {@link OpenApiResource}). The server lives exactly as long as this component: when a domain
 * service goes away the endpoint goes with it and comes back with the service.
 */
@Component(immediate = true)
public class RestApiPublisher {
    static final String ADDRESS = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(RestApiPublisher.class);

    private final Bus bus;
    private final Server server;

    @Activate
    public RestApiPublisher(@Reference ResellerService resellers,
                            @Reference TenantService tenants,
                            @Reference DepartmentService departments,
                            @Reference ChannelCatalog channels,
                            @Reference DevicePackService devicePacks,
                            @Reference LicenceService licences,
                            @Reference BillingService billing,
                            @Reference UserService users,
                            @Reference AccessProfileService accessProfiles,
                            @Reference DeviceService devices,
                            @Reference RingPlanService ringPlans,
                            @Reference LineService lines,
                            @Reference AuditLog audit,
                            @Reference ActorContext actors,
                            @Reference Authenticator authenticator,
                            @Reference CredentialService credentials,
                            @Reference PbxLinks pbxLinks,
                            @Reference CallRecords callRecords) {
        // A bus of our own: its lifecycle is this component's, and no other endpoint's settings leak in.
        bus = new CXFBusFactory().createBus();
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        CallResource callResource = new CallResource(callRecords);
        factory.setBus(bus);
        factory.setAddress(ADDRESS);
        factory.setServiceBeanObjects(
                new ResellerResource(resellers),
                new TenantResource(tenants),
                new DepartmentResource(departments),
                new ChannelResource(channels),
                new DevicePackResource(devicePacks),
                new LicenceResource(licences),
                new PriceResource(billing),
                new TenantBillingResource(billing),
                new ResellerBillingResource(billing),
                new UserResource(users),
                new AccessProfileResource(accessProfiles),
                new DeviceResource(devices),
                new RingPlanResource(ringPlans),
                new LineResource(lines),
                new AuditResource(audit),
                new AuditVerificationResource(audit),
                new ResellerAuditResource(audit),
                new TokenResource(credentials),
                new SessionResource(credentials),
                new ResellerAdminResource(credentials),
                new PasswordResource(credentials),
                new PbxLinkResource(pbxLinks),
                new TenantPbxLinkResource(pbxLinks),
                callResource,
                new UserCallResource(callResource, users),
                new OpenApiResource());
        factory.setProviders(List.of(
                JsonMapper.provider(),
                new CallerFilter(authenticator, actors),
                new AccessFilter(new TenantOwnership(tenants)),
                new ActorScopeFilter(),
                new DomainExceptionMapper(),
                new JsonInputExceptionMapper(),
                new UnreadableRequestMapper(),
                new BadUrlEncodingMapper(),
                new WebApplicationExceptionMapper(),
                new UnexpectedExceptionMapper()));
        try {
            server = factory.create();
        } catch (RuntimeException e) {
            bus.shutdown(true);
            throw e;
        }
        LOG.info("REST API published at {}", ADDRESS);
    }

    @Deactivate
    void stop() {
        server.destroy();
        bus.shutdown(true);
        LOG.info("REST API at {} withdrawn", ADDRESS);
    }
}
