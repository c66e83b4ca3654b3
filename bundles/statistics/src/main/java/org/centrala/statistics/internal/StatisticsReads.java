package org.centrala.statistics.internal;

import java.util.Set;

import org.centrala.common.Caller;
import org.centrala.common.NotFoundException;
import org.centrala.web.Access;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the bundle's REST resources ask of it; tenant checks first, so an unknown tenant is a 404. */
@Component(service = StatisticsReads.class)
public class StatisticsReads {
    private final StatisticsSchema schema;
    private final LiveBoard board;
    private final Reports reports;
    private final StatisticsSettingsService settings;

    @Activate
    public StatisticsReads(@Reference StatisticsSchema schema, @Reference LiveBoard board, @Reference Reports reports,
                           @Reference StatisticsSettingsService settings) {
        this.schema = schema;
        this.board = board;
        this.reports = reports;
        this.settings = settings;
    }

    public LiveFigures live(String tenantId, Set<String> departmentIds) {
        schema.requireTenant(tenantId);
        return board.now(tenantId, departmentIds);
    }

    /** R18: a supervisor of another department is told of no such agent. */
    public LiveFigures.AgentNow agentToday(Caller caller, String tenantId, String userId) {
        schema.requireTenant(tenantId);
        LiveFigures.AgentNow agent = board.agent(tenantId, userId);
        if (!Access.seesUser(caller, userId, agent.departmentId())) {
            throw new NotFoundException("Agent", userId);
        }
        return agent;
    }

    /** Checks what can be checked before a download's 200 is sent (the tenant, the range). */
    public void checkReport(ReportRequest request) {
        reports.check(request.tenantId(), request.interval(), request.from(), request.to());
    }

    public Report report(ReportRequest request) {
        return reports.report(request.tenantId(), request.by(), request.interval(), request.from(), request.to(), request.departmentIds(),
                request.subjectId());
    }

    public StatisticsSettings settings(String tenantId) {
        return settings.get(tenantId);
    }

    /** Sets the tenant's time zone, only if the stored settings are still at {@code expectedUpdatedAt} (null: any). */
    public StatisticsSettings setSettings(String tenantId, StatisticsSettingsDraft draft, java.time.Instant expectedUpdatedAt) {
        return settings.set(tenantId, draft, expectedUpdatedAt);
    }

    public StatisticsSettings resetSettings(String tenantId) {
        return settings.reset(tenantId);
    }
}
