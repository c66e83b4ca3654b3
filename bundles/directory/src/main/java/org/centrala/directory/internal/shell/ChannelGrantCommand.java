package org.centrala.directory.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ShellActor;
import org.centrala.shell.TenantIdCompleter;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.common.ActorContext;
import org.centrala.directory.User;
import org.centrala.directory.UserService;

@Service
@Command(scope = "centrala", name = "channel-grant",
        description = "Gives a contact-centre user a channel, taking one licence (R13, R14); --revoke takes it back and frees the licence (R15)")
public class ChannelGrantCommand extends CentralaCommand {
    @Reference
    UserService users;

    @Reference
    ActorContext actors;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "user", description = "The user's id", required = true)
    String userId;

    @Argument(index = 2, name = "channel", description = "voice, chat, email or a plugin's channel", required = true)
    String channel;

    @Option(name = "--revoke", description = "Take the channel away instead")
    boolean revoke;

    @Override
    protected Object run() {
        User user;
        try (ActorContext.Scope scope = ShellActor.enter(actors)) {
            user = revoke ? users.revokeChannel(tenantId, userId, channel) : users.grantChannel(tenantId, userId, channel);
        }
        System.out.println(user.displayName() + " holds " + user.channels());
        return null;
    }
}
