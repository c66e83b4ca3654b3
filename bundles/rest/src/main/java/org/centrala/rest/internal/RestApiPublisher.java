package org.centrala.rest.internal;

import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.centrala.rest.internal.json.JsonMapper;
import org.centrala.rest.internal.problem.DomainExceptionMapper;
import org.centrala.rest.internal.problem.JsonInputExceptionMapper;
import org.centrala.rest.internal.problem.UnexpectedExceptionMapper;
import org.centrala.rest.internal.problem.WebApplicationExceptionMapper;
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
                            @Reference DepartmentService departments) {
        // A bus of our own: its lifecycle is this component's, and no other endpoint's settings leak in.
        bus = new CXFBusFactory().createBus();
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(ADDRESS);
        factory.setResourceClasses(ResellerResource.class, TenantResource.class, DepartmentResource.class, OpenApiResource.class);
        factory.setResourceProvider(ResellerResource.class, new SingletonResourceProvider(new ResellerResource(resellers)));
        factory.setResourceProvider(TenantResource.class, new SingletonResourceProvider(new TenantResource(tenants)));
        factory.setResourceProvider(DepartmentResource.class, new SingletonResourceProvider(new DepartmentResource(departments)));
        factory.setResourceProvider(OpenApiResource.class, new SingletonResourceProvider(new OpenApiResource()));
        factory.setProviders(List.of(
                JsonMapper.provider(),
                new CallerFilter(new CallerResolver()),
                new DomainExceptionMapper(),
                new JsonInputExceptionMapper(),
                new WebApplicationExceptionMapper(),
                new UnexpectedExceptionMapper()));
        server = factory.create();
        LOG.info("REST API published at {}", ADDRESS);
    }

    @Deactivate
    void stop() {
        server.destroy();
        bus.shutdown(true);
        LOG.info("REST API at {} withdrawn", ADDRESS);
    }
}
