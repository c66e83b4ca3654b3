package org.centrala.directory.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ShellActor;
import org.centrala.shell.TenantIdCompleter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.common.ActorContext;
import org.centrala.common.AccessRole;
import org.centrala.directory.User;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserService;
import org.centrala.directory.UserType;

@Service
@Command(scope = "centrala", name = "user-add",
        description = "Creates a user: back-office (R5: no username, no roles) or contact-centre (R7: --username, optional --role)")
public class UserAddCommand extends CentralaCommand {
    @Reference
    UserService users;

    @Reference
    ActorContext actors;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "name", description = "Display name", required = true)
    String displayName;

    @Option(name = "--type", description = "BACK_OFFICE or CONTACT_CENTRE", required = true)
    UserType type;

    @Option(name = "--username", description = "Log-in name of a contact-centre user")
    String username;

    @Option(name = "--department", description = "Department id")
    String departmentId;

    @Option(name = "--role", description = "ADMINISTRATOR, TECHNICIAN, DEVELOPER or SUPERVISOR (repeatable)", multiValued = true)
    List<AccessRole> roles;

    @Option(name = "--email", description = "E-mail address")
    String email;

    @Override
    protected Object run() {
        Set<AccessRole> roleSet = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        User created;
        try (ActorContext.Scope scope = ShellActor.enter(actors)) {
            created = users.create(tenantId, new UserDraft(type, departmentId, displayName, email, username, roleSet, null));
        }
        System.out.println("Created user " + created.id() + " (" + created.displayName() + ", " + created.type() + ")");
        return null;
    }
}
