package org.centrala.ui.views.agents;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.AgentsApi;
import org.centrala.ui.client.api.QueuesApi;
import org.centrala.ui.client.model.Agent;
import org.centrala.ui.client.model.AgentPage;
import org.centrala.ui.client.model.MonitorMode;
import org.centrala.ui.client.model.MonitorRequest;
import org.centrala.ui.client.model.PauseRequest;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * The tenant's agents and their states (issue 11); a supervisor sees its departments' (R18) and,
 * like an administrator, logs an agent in or out, pauses or resumes it from its row.
 */
@Route(value = "tenants/:tenantId/agents", layout = MainLayout.class)
public class AgentsView extends TenantArea {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public AgentsView() {
        super("agents.title");
    }

    @Override
    protected void show() {
        AgentsApi api = signedIn().api(AgentsApi.class, AgentsApi::new);
        Grid<Agent> grid = new Grid<>();
        grid.setId("agents");
        grid.addColumn(Agent::getDisplayName).setHeader(Texts.t("agent.name"));
        grid.addColumn(a -> Texts.t("agentState." + a.getState().getValue())).setHeader(Texts.t("agent.state"));
        grid.addColumn(a -> a.getPauseReason() == null ? "" : a.getPauseReason()).setHeader(Texts.t("agent.pauseReason"));
        grid.addColumn(a -> a.getSince() == null ? "" : TIME.format(a.getSince())).setHeader(Texts.t("agent.sinceColumn"));
        grid.addColumn(a -> a.getQueueIds() == null ? 0 : a.getQueueIds().size()).setHeader(Texts.t("agent.queues"));
        Paged.show(grid, (page, size) -> {
            AgentPage answer = api.listAgents(tenantId, page, size);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        grid.addItemClickListener(click -> act(api, click.getItem(), () -> grid.getDataProvider().refreshAll()));
        // States change with every call; until the live event stream feeds this page, it is refreshed by hand.
        Button refresh = new Button(Texts.t("action.refresh"), VaadinIcon.REFRESH.create(), click -> grid.getDataProvider().refreshAll());
        refresh.setId("agents-refresh");
        add(refresh, grid);
        expand(grid);
    }

    /** An agent's actions, for its supervisor or an administrator. */
    private void act(AgentsApi api, Agent agent, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setId("agent-actions");
        dialog.setHeaderTitle(agent.getDisplayName());
        List<String> reasons = Problems.attempt(() -> signedIn().api(QueuesApi.class, QueuesApi::new).listPauseReasons(tenantId).getReasons())
                .orElse(List.of());
        ComboBox<String> reason = new ComboBox<>(Texts.t("agent.pauseReason"), reasons);
        reason.setId("agent-actions-reason");
        Button logIn = action("agent-actions-login", Texts.t("agent.logIn"), () -> api.agentLogIn(tenantId, agent.getUserId()), dialog, changed);
        Button pause = action("agent-actions-pause", Texts.t("agent.pause"), () -> api.agentPause(tenantId, agent.getUserId(),
                new PauseRequest().reason(reason.getValue())), dialog, changed);
        Button resume = action("agent-actions-resume", Texts.t("agent.resume"), () -> api.agentResume(tenantId, agent.getUserId()), dialog, changed);
        Button logOut = action("agent-actions-logout", Texts.t("agent.logOut"), () -> api.agentLogOut(tenantId, agent.getUserId()), dialog, changed);
        HorizontalLayout row = new HorizontalLayout(reason, pause);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        dialog.add(row, new HorizontalLayout(logIn, resume, logOut));
        if (signedIn().may().monitor()) {
            // From the supervisor's own phone, which rings first (R18: its departments' agents only).
            HorizontalLayout monitoring = new HorizontalLayout();
            for (MonitorMode mode : MonitorMode.values()) {
                Button join = new Button(Texts.t("agent.monitor." + mode.getValue()), click -> Problems.attempt(() -> api.monitorAgent(tenantId,
                        agent.getUserId(), new MonitorRequest().mode(mode))).ifPresent(started -> {
                            Problems.done(Texts.t("agent.monitor.started", agent.getDisplayName()));
                            dialog.close();
                        }));
                join.setId("agent-actions-" + mode.getValue().toLowerCase(java.util.Locale.ROOT));
                monitoring.add(join);
            }
            dialog.add(monitoring);
        }
        dialog.getFooter().add(new Button(Texts.t("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private static Button action(String id, String text, org.centrala.ui.core.CoreCall<Agent> call, Dialog dialog, Runnable changed) {
        Button button = new Button(text, click -> Problems.attempt(call).ifPresent(done -> {
            Problems.done(Texts.t("agent.changed", done.getDisplayName(), Texts.t("agentState." + done.getState().getValue())));
            dialog.close();
            changed.run();
        }));
        button.setId(id);
        return button;
    }
}
