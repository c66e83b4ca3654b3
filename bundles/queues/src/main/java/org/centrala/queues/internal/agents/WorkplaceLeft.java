package org.centrala.queues.internal.agents;

import org.centrala.directory.Line;
import org.centrala.directory.WorkplaceListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An agent who leaves its line leaves its queues: the line's phone is no longer its phone (R11).
 * One who leaves the company leaves them too (R15): its phone is about to be someone else's.
 */
@Component(service = WorkplaceListener.class)
public class WorkplaceLeft implements WorkplaceListener {
    private final AgentDesk desk;

    @Activate
    public WorkplaceLeft(@Reference AgentDesk desk) {
        this.desk = desk;
    }

    @Override
    public void lineReleased(String tenantId, Line line, String userId) {
        desk.logOut(tenantId, userId, "LINE_LEFT");
    }

    @Override
    public void userLeft(String tenantId, String userId) {
        desk.logOut(tenantId, userId, "USER_LEFT");
    }
}
