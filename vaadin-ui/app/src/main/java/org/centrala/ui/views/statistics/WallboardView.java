package org.centrala.ui.views.statistics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.StatisticsApi;
import org.centrala.ui.client.model.AgentNow;
import org.centrala.ui.client.model.LiveFigures;
import org.centrala.ui.client.model.QueueNow;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.LiveEvents;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * The supervisor's wallboard (issue 12, R8, R18): a tile per queue (callers waiting, the longest
 * wait, service level, abandoned today) and a card per agent (state and time in it), for the
 * supervisor's departments only. It reads the live figures once, then follows the core's event
 * stream and pushes each change to the browser as it comes (Vaadin push), not on a poll.
 */
@Route(value = "tenants/:tenantId/wallboard", layout = MainLayout.class)
public class WallboardView extends TenantArea {
    private static final long serialVersionUID = 1L;
    /** Ticks the times in state and the longest waits once a second, for every open wallboard. */
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "centrala-ui-wallboard-clock");
        thread.setDaemon(true);
        return thread;
    });

    private final Div tiles = new Div();
    private final Div agents = new Div();
    private final Map<String, QueueTile> queueTiles = new LinkedHashMap<>();
    private final Map<String, AgentCard> agentCards = new LinkedHashMap<>();
    private transient LiveEvents events;
    private transient ScheduledFuture<?> ticking;

    public WallboardView() {
        super("wallboard.title");
    }

    @Override
    protected void show() {
        tiles.setId("queue-tiles");
        tiles.addClassName("wallboard-tiles");
        tiles.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        agents.setId("agent-cards");
        agents.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(14em, 1fr))")
                .set("gap", "var(--lumo-space-s)").set("width", "100%");
        add(new H3(Texts.t("wallboard.queues")), tiles, new H3(Texts.t("wallboard.agents")), agents);
        load();
    }

    /** Everything as the core answers now (the first look, and after a "resync"). */
    private void load() {
        LiveFigures live = Problems.attempt(() -> signedIn().api(StatisticsApi.class, StatisticsApi::new).getLiveStatistics(tenantId))
                .orElse(null);
        tiles.removeAll();
        agents.removeAll();
        queueTiles.clear();
        agentCards.clear();
        if (live == null) {
            return;
        }
        Instant now = Instant.now();
        for (QueueNow queue : live.getQueues()) {
            QueueTile tile = new QueueTile(queue.getQueueId(), queue.getName());
            tile.waiting(queue.getWaiting(), queue.getLongestWaitingSeconds(), now);
            tile.today(Figures.of(queue.getToday()));
            queueTiles.put(queue.getQueueId(), tile);
            tiles.add(tile);
        }
        if (live.getQueues().isEmpty()) {
            tiles.add(new Span(Texts.t("wallboard.noQueues")));
        }
        for (AgentNow agent : live.getAgents()) {
            AgentCard card = new AgentCard(agent.getUserId(), agent.getDisplayName());
            card.state(agent.getState().getValue(), agent.getPauseReason(), agent.getSince() == null ? null : agent.getSince().toInstant());
            card.answered(agent.getToday().getAnswered());
            agentCards.put(agent.getUserId(), card);
            agents.add(card);
        }
        tick();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        SignedIn.current().ifPresent(session -> events = session.liveEvents("/tenants/" + tenantId
                + "/events?types=statistics.updated,agent.state", (type, data) -> ui.access(() -> apply(type, data))));
        ticking = CLOCK.scheduleAtFixedRate(() -> ui.access(this::tick), 1, 1, TimeUnit.SECONDS);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (events != null) {
            events.close();
            events = null;
        }
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        super.onDetach(detach);
    }

    /** One event of the stream, on the UI's lock. */
    void apply(String type, JsonNode data) {
        switch (type) {
            case "resync" -> load();
            case "agent.state" -> {
                AgentCard card = agentCards.get(data.path("userId").asText());
                if (card != null) {
                    card.state(data.path("state").asText(), data.hasNonNull("pauseReason") ? data.get("pauseReason").asText() : null,
                            data.hasNonNull("at") ? Instant.parse(data.get("at").asText()) : Instant.now());
                }
            }
            case "statistics.updated" -> figures(data);
            default -> { }
        }
    }

    private void figures(JsonNode data) {
        String subject = data.path("subject").asText();
        String id = data.path("subjectId").asText();
        if ("queue".equals(subject)) {
            QueueTile tile = queueTiles.get(id);
            if (tile != null) {
                if (data.has("waiting")) {
                    tile.waiting(data.get("waiting").asInt(), data.path("longestWaitingSeconds").asDouble(), Instant.now());
                }
                tile.today(Figures.of(data.path("today")));
            }
        } else if ("agent".equals(subject)) {
            AgentCard card = agentCards.get(id);
            if (card != null) {
                card.answered(data.path("today").path("answered").asLong());
            }
        }
    }

    private void tick() {
        Instant now = Instant.now();
        queueTiles.values().forEach(tile -> tile.tick(now));
        agentCards.values().forEach(card -> card.tick(now));
    }

    /** m:ss, or h:mm:ss from an hour on. */
    public static String duration(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    /** A queue's figures as the tiles show them, from the REST model or an event's JSON. */
    record Figures(long offered, long answered, long abandoned, Double serviceLevelPercent) {
        static Figures of(org.centrala.ui.client.model.Figures f) {
            return new Figures(f.getOffered(), f.getAnswered(), f.getAbandoned(), f.getServiceLevelPercent());
        }

        static Figures of(JsonNode f) {
            return new Figures(f.path("offered").asLong(), f.path("answered").asLong(), f.path("abandoned").asLong(),
                    f.hasNonNull("serviceLevelPercent") ? f.get("serviceLevelPercent").asDouble() : null);
        }
    }
}
