package org.centrala.shell;

import org.apache.karaf.shell.support.ShellUtil;
import org.centrala.common.ActorContext;

/** The audit log's actor for a shell command: the operator logged in to the shell (R9). */
public final class ShellActor {
    private ShellActor() {
    }

    public static ActorContext.Scope enter(ActorContext actors) {
        String user = ShellUtil.getCurrentUserName();
        return actors.actAs("shell:" + (user == null ? "console" : user));
    }
}
