package org.centrala.shell.internal;

import org.apache.karaf.shell.support.ShellUtil;
import org.centrala.common.ActorContext;

/** The audit log's actor for a shell command: the operator logged in to the shell (R9). */
final class ShellActor {
    private ShellActor() {
    }

    static ActorContext.Scope enter(ActorContext actors) {
        String user = ShellUtil.getCurrentUserName();
        return actors.actAs("shell:" + (user == null ? "console" : user));
    }
}
