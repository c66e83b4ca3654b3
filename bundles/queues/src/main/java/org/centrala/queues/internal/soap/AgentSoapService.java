package org.centrala.queues.internal.soap;

import javax.annotation.Resource;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.centrala.common.Caller;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.ServiceSlot;
import org.centrala.common.ValidationException;
import org.centrala.queues.Agent;
import org.centrala.queues.AgentService;
import org.centrala.queues.MonitorMode;
import org.centrala.queues.internal.agents.AgentMonitor;
import org.centrala.web.Access;
import org.centrala.web.Audience;
import org.centrala.web.SoapEndpoint;
import org.centrala.web.TenantOwnership;
import org.centrala.web.soap.CentralaFault;
import org.centrala.web.soap.SoapAccess;
import org.centrala.web.soap.SoapFaults;
import org.centrala.web.soap.SoapValues;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Agents over SOAP 1.1 (issue 11, item 3), with the REST API's rules: the agent itself, its
 * tenant's administrators and its department's supervisors (R18) log it in, pause, resume and log
 * it out; the same readers see the states. Every failure is a {@link CentralaFault}.
 */
@WebService(name = "Agents", serviceName = "AgentService", portName = "AgentPort", targetNamespace = AgentSoapService.NAMESPACE)
@Component(service = SoapEndpoint.class, property = SoapEndpoint.PATH + "=agents")
public class AgentSoapService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:centrala:soap:agents:v1";
    private static final Audience[] ACT = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.SUPERVISOR, Audience.SELF};
    private static final Audience[] READ_ONE = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR,
        Audience.SELF};
    private static final Audience[] READ_ALL = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR};

    private final AgentService agents;
    private final AgentMonitor monitor;
    private final ServiceSlot<TenantOwnership> ownershipSlot = new ServiceSlot<>("Tenancy");
    private final SoapAccess access;

    @Resource
    private WebServiceContext context;

    @Activate
    public AgentSoapService(@Reference AgentService agents, @Reference AgentMonitor monitor) {
        this.agents = agents;
        this.monitor = monitor;
        this.access = new SoapAccess(ownershipSlot.proxy(TenantOwnership.class));
    }

    @WebMethod
    @WebResult(name = "agent")
    public SoapAgent getAgent(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId) throws CentralaFault {
        return SoapFaults.call("getAgent", () -> SoapAgent.of(visible(READ_ONE, tenantId, userId)));
    }

    @WebMethod
    @WebResult(name = "agents")
    public SoapAgentPage listAgents(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "page") Long page,
                                    @WebParam(name = "size") Long size) throws CentralaFault {
        return SoapFaults.call("listAgents", () -> {
            Caller caller = allow(READ_ALL, tenantId, null);
            Page<Agent> found = agents.list(tenantId, Access.seesWholeTenant(caller) ? null : caller.departmentIds(),
                    SoapValues.page(page, size, null));
            SoapAgentPage soap = new SoapAgentPage();
            found.items().forEach(agent -> soap.items.add(SoapAgent.of(agent)));
            soap.page = found.page();
            soap.size = found.size();
            soap.total = found.total();
            return soap;
        });
    }

    @WebMethod
    @WebResult(name = "agent")
    public SoapAgent agentLogIn(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId) throws CentralaFault {
        return SoapFaults.call("agentLogIn", () -> {
            visible(ACT, tenantId, userId);
            return SoapAgent.of(agents.logIn(tenantId, userId));
        });
    }

    @WebMethod
    @WebResult(name = "agent")
    public SoapAgent agentPause(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId,
                                @WebParam(name = "reason") String reason) throws CentralaFault {
        return SoapFaults.call("agentPause", () -> {
            visible(ACT, tenantId, userId);
            return SoapAgent.of(agents.pause(tenantId, userId, reason));
        });
    }

    @WebMethod
    @WebResult(name = "agent")
    public SoapAgent agentResume(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId) throws CentralaFault {
        return SoapFaults.call("agentResume", () -> {
            visible(ACT, tenantId, userId);
            return SoapAgent.of(agents.resume(tenantId, userId));
        });
    }

    @WebMethod
    @WebResult(name = "agent")
    public SoapAgent agentLogOut(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId) throws CentralaFault {
        return SoapFaults.call("agentLogOut", () -> {
            visible(ACT, tenantId, userId);
            return SoapAgent.of(agents.logOut(tenantId, userId, "LOG_OUT"));
        });
    }

    /** @return the Asterisk id of the supervisor's call into the agent's */
    @WebMethod
    @WebResult(name = "pbxCallId")
    public String monitorAgent(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId,
                               @WebParam(name = "mode") String mode) throws CentralaFault {
        return SoapFaults.call("monitorAgent", () -> {
            visible(new Audience[] {Audience.SUPERVISOR}, tenantId, userId);
            Caller caller = SoapAccess.caller(context);
            return monitor.monitor(tenantId, userId, caller.userId(), org.centrala.web.QueryValues.constant(MonitorMode.class, "mode", mode)).pbxCallId();
        });
    }

    /** R18: the agent, if the caller may reach it (itself, or within its departments); otherwise it does not exist. */
    private Agent visible(Audience[] audiences, String tenantId, String userId) {
        Caller caller = allow(audiences, tenantId, SoapFaults.required(userId, "userId"));
        Agent agent = agents.get(tenantId, userId);
        if (!Access.seesUser(caller, userId, agent.departmentId())) {
            throw new NotFoundException("User", userId);
        }
        return agent;
    }

    private Caller allow(Audience[] audiences, String tenantId, String userId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new ValidationException("tenantId", "is required");
        }
        return access.allow(context, audiences, new String[0], null, tenantId, userId);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindOwnership(TenantOwnership service) {
        ownershipSlot.bind(service);
    }

    void unbindOwnership(TenantOwnership service) {
        ownershipSlot.unbind(service);
    }
}
