package org.centrala.tenancy.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ShellActor;
import org.centrala.shell.ResellerIdCompleter;
import java.io.IOException;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.common.ActorContext;
import org.apache.karaf.shell.api.console.Session;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDraft;
import org.centrala.tenancy.TenantService;

@Service
@Command(scope = "centrala", name = "tenant-add",
        description = "Creates a tenant with its virtual PBX record (R2) and prints its id."
                + " Without --ami-secret the secret is asked for without echo, so it stays out of the shell history.")
public class TenantAddCommand extends CentralaCommand {
    @Reference
    TenantService tenants;

    @Reference
    Session session;

    @Argument(index = 0, name = "name", description = "The tenant's name", required = true)
    String name;

    @Option(name = "--reseller", description = "The reseller's id", required = true)
    @Completion(ResellerIdCompleter.class)
    String resellerId;

    @Option(name = "--pbx-host", description = "Host name or address of the tenant's Asterisk", required = true)
    String host;

    @Option(name = "--ami-port", description = "AMI port of that Asterisk")
    int amiPort = 5038;

    @Option(name = "--ami-user", description = "AMI user Centrala logs in as", required = true)
    String amiUser;

    @Option(name = "--ami-secret", description = "AMI secret (write-only); asked for when left out")
    String amiSecret;

    @Option(name = "--dialplan-context", aliases = "--agi-context", description = "Dialplan context of this tenant's calls on its"
            + " Asterisk (its endpoints' context); --agi-context is its former name", required = true)
    String dialplanContext;

    @Option(name = "--trunk", description = "PJSIP endpoint through which its calls reach external numbers (mobiles of ring plans)")
    String trunk;

    @Option(name = "--sign-in-domain", description = "What its users add to their user name to sign in (agent-a@domain); made from the name when left out")
    String signInDomain;

    @Reference
    ActorContext actors;

    @Override
    protected Object run() throws IOException {
        String secret = amiSecret != null ? amiSecret : session.readLine("AMI secret: ", '*');
        Tenant created;
        try (ActorContext.Scope scope = ShellActor.enter(actors)) {
            created = tenants.create(new TenantDraft(resellerId, name,
                new PbxSettings(host, amiPort, amiUser, secret, dialplanContext, trunk), signInDomain));
        }
        System.out.println("Created tenant " + created.id() + " (" + created.name() + "), its users sign in as name@" + created.signInDomain());
        return null;
    }
}
