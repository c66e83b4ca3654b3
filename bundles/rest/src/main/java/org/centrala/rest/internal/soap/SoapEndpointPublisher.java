package org.centrala.rest.internal.soap;

import java.util.ArrayList;
import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.centrala.audit.ActorContext;
import org.centrala.rest.internal.access.TenantOwnership;
import org.centrala.security.Authenticator;
import org.centrala.audit.AuditLog;
import org.centrala.directory.AccessProfileService;
import org.centrala.directory.DeviceService;
import org.centrala.directory.LineService;
import org.centrala.directory.RingPlanService;
import org.centrala.directory.UserService;
import org.centrala.licensing.BillingService;
import org.centrala.licensing.DevicePackService;
import org.centrala.licensing.LicenceService;
import org.centrala.rest.internal.soap.admin.AdminSoapService;
import org.centrala.rest.internal.soap.directory.DirectorySoapService;
import org.centrala.security.CredentialService;
import org.centrala.tenancy.DepartmentService;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.TenantService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the SOAP services {@value #TENANCY}, {@value #DIRECTORY} and {@value #ADMIN}; each WSDL is at
 * {@code ?wsdl}. Both share one bus and the same authentication, audit actor and fault handling.
 */
@Component(immediate = true)
public class SoapEndpointPublisher {
    static final String TENANCY = "/soap/tenancy";
    static final String DIRECTORY = "/soap/directory";
    static final String ADMIN = "/soap/admin";
    private static final Logger LOG = LoggerFactory.getLogger(SoapEndpointPublisher.class);

    private final Bus bus;
    private final List<Server> servers = new ArrayList<>();

    @Activate
    public SoapEndpointPublisher(@Reference ResellerService resellers,
                                 @Reference TenantService tenants,
                                 @Reference DepartmentService departments,
                                 @Reference UserService users,
                                 @Reference DeviceService devices,
                                 @Reference LicenceService licences,
                                 @Reference DevicePackService packs,
                                 @Reference BillingService billing,
                                 @Reference AccessProfileService profiles,
                                 @Reference RingPlanService ringPlans,
                                 @Reference LineService lines,
                                 @Reference AuditLog audit,
                                 @Reference CredentialService credentials,
                                 @Reference ActorContext actors,
                                 @Reference Authenticator authenticator) {
        bus = new CXFBusFactory().createBus();
        TenantOwnership ownership = new TenantOwnership(tenants);
        try {
            publish(TENANCY, TenancySoapService.class, new TenancySoapService(resellers, tenants, departments, ownership), authenticator, actors);
            publish(DIRECTORY, DirectorySoapService.class,
                    new DirectorySoapService(users, devices, licences, packs, billing, profiles, ringPlans, lines, ownership), authenticator, actors);
            publish(ADMIN, AdminSoapService.class, new AdminSoapService(billing, audit, credentials, ownership), authenticator, actors);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private void publish(String address, Class<?> type, Object service, Authenticator authenticator, ActorContext actors) {
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address);
        factory.setServiceClass(type);
        factory.setServiceBean(service);
        factory.getInInterceptors().add(new SoapCallerInterceptor(authenticator, actors));
        factory.getOutInterceptors().add(new SoapActorScopeCloser());
        factory.getOutFaultInterceptors().add(new SoapActorScopeCloser());
        factory.getOutFaultInterceptors().add(new ClientFaultCodeInterceptor());
        servers.add(factory.create());
        LOG.info("SOAP service published at {}", address);
    }

    @Deactivate
    void stop() {
        servers.forEach(Server::destroy);
        servers.clear();
        bus.shutdown(true);
        LOG.info("SOAP services withdrawn");
    }
}
