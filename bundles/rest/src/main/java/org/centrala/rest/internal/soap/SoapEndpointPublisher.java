package org.centrala.rest.internal.soap;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.centrala.audit.ActorContext;
import org.centrala.rest.internal.access.TenantOwnership;
import org.centrala.security.Authenticator;
import org.centrala.tenancy.DepartmentService;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.TenantService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes the tenancy SOAP service at {@value #ADDRESS}; its WSDL is at {@code ?wsdl}. */
@Component(immediate = true)
public class SoapEndpointPublisher {
    static final String ADDRESS = "/soap/tenancy";
    private static final Logger LOG = LoggerFactory.getLogger(SoapEndpointPublisher.class);

    private final Bus bus;
    private final Server server;

    @Activate
    public SoapEndpointPublisher(@Reference ResellerService resellers,
                                 @Reference TenantService tenants,
                                 @Reference DepartmentService departments,
                                 @Reference ActorContext actors,
                                 @Reference Authenticator authenticator) {
        bus = new CXFBusFactory().createBus();
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(ADDRESS);
        factory.setServiceClass(TenancySoapService.class);
        factory.setServiceBean(new TenancySoapService(resellers, tenants, departments, new TenantOwnership(tenants)));
        factory.getInInterceptors().add(new SoapCallerInterceptor(authenticator, actors));
        factory.getOutInterceptors().add(new SoapActorScopeCloser());
        factory.getOutFaultInterceptors().add(new SoapActorScopeCloser());
        factory.getOutFaultInterceptors().add(new ClientFaultCodeInterceptor());
        try {
            server = factory.create();
        } catch (RuntimeException e) {
            bus.shutdown(true);
            throw e;
        }
        LOG.info("SOAP service published at {}", ADDRESS);
    }

    @Deactivate
    void stop() {
        server.destroy();
        bus.shutdown(true);
        LOG.info("SOAP service at {} withdrawn", ADDRESS);
    }
}
