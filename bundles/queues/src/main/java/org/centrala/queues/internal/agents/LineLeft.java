package org.centrala.queues.internal.agents;

import org.centrala.directory.Line;
import org.centrala.directory.LineListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** R11: an agent who leaves its line leaves its queues: the line's phone is no longer its phone. */
@Component(service = LineListener.class)
public class LineLeft implements LineListener {
    private final AgentDesk desk;

    @Activate
    public LineLeft(@Reference AgentDesk desk) {
        this.desk = desk;
    }

    @Override
    public void lineReleased(String tenantId, Line line, String userId) {
        desk.logOut(tenantId, userId, "LINE_LEFT");
    }
}
