package org.centrala.directory.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.common.ActorContext;
import org.centrala.directory.User;
import org.centrala.directory.UserService;
import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ShellActor;
import org.centrala.shell.TenantIdCompleter;

@Service
@Command(scope = "centrala", name = "user-erase", description = "Erases a user who left (issue 9): a pseudonym instead of its name, its"
        + " e-mail, user name, roles and credential gone; final")
public class UserEraseCommand extends CentralaCommand {
    @Reference
    UserService users;

    @Reference
    ActorContext actors;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "user", description = "The id of a user who left", required = true)
    String userId;

    @Override
    protected Object run() {
        try (ActorContext.Scope scope = ShellActor.enter(actors)) {
            User erased = users.erase(tenantId, userId);
            System.out.println("User " + erased.id() + " erased; it is now '" + erased.displayName() + "'");
        }
        return null;
    }
}
