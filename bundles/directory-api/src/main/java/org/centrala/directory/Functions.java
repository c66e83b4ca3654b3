package org.centrala.directory;

import java.util.Set;

/** R7: the functions an access profile can grant. */
public final class Functions {
    public static final Set<String> ALL = Set.of(
            "dashboard", "calls", "chat", "email",
            "statistics.own", "statistics.team", "wallboard", "recordings",
            "users.manage", "devices.manage", "queues.manage", "licences.manage", "billing.view", "api");

    private Functions() {
    }
}
