package org.centrala.tenancy.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ShellActor;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.common.ActorContext;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.ResellerService;

@Service
@Command(scope = "centrala", name = "reseller-add", description = "Creates a reseller and prints its id (R1)")
public class ResellerAddCommand extends CentralaCommand {
    @Reference
    ResellerService resellers;

    @Argument(index = 0, name = "name", description = "The reseller's name", required = true)
    String name;

    @Option(name = "--email", description = "Contact e-mail address")
    String email;

    @Reference
    ActorContext actors;

    @Override
    protected Object run() {
        Reseller created;
        try (ActorContext.Scope scope = ShellActor.enter(actors)) {
            created = resellers.create(new ResellerDraft(name, email));
        }
        System.out.println("Created reseller " + created.id() + " (" + created.name() + ")");
        return null;
    }
}
