package org.centrala.directory.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ShellActor;
import org.centrala.shell.TenantIdCompleter;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.common.ActorContext;
import org.centrala.directory.UserService;

@Service
@Command(scope = "centrala", name = "user-leave", description = "A user leaves (R15): licences freed, devices unassigned, line released; the record stays")
public class UserLeaveCommand extends CentralaCommand {
    @Reference
    UserService users;

    @Reference
    ActorContext actors;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "user", description = "The user's id", required = true)
    String userId;

    @Override
    protected Object run() {
        try (ActorContext.Scope scope = ShellActor.enter(actors)) {
            System.out.println("User " + users.leave(tenantId, userId).displayName() + " has left");
        }
        return null;
    }
}
