package org.centrala.ui.views.statistics;

import java.time.Instant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.centrala.ui.components.Texts;

/** An agent on the wallboard: its state with the pause reason, the time in it (ticking), and its answered calls of today. */
final class AgentCard extends Div {
    private static final long serialVersionUID = 1L;
    private final Span state = new Span();
    private final Span inState = new Span();
    private final Span answered = new Span();
    private Instant since;

    AgentCard(String userId, String name) {
        setId("agent-" + userId);
        addClassName("agent-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("display", "flex").set("flex-direction", "column");
        Span title = new Span(name);
        title.getStyle().set("font-weight", "bold");
        state.addClassName("agent-state");
        inState.addClassName("agent-in-state");
        answered.addClassName("agent-answered");
        add(title, state, inState, answered);
    }

    void state(String value, String pauseReason, Instant since) {
        this.since = since;
        state.setText(Texts.t("agentState." + value) + (pauseReason == null ? "" : " (" + pauseReason + ")"));
        getElement().setAttribute("data-state", value);
        getStyle().set("background", switch (value) {
            case "AVAILABLE" -> "var(--lumo-success-color-10pct)";
            case "RINGING", "ON_CALL" -> "var(--lumo-primary-color-10pct)";
            case "PAUSED", "WRAP_UP" -> "var(--lumo-warning-color-10pct, var(--lumo-contrast-5pct))";
            default -> "var(--lumo-contrast-5pct)";
        });
        tick(Instant.now());
    }

    void answered(long calls) {
        answered.setText(Texts.t("wallboard.agentAnswered", calls));
        getElement().setAttribute("data-answered", String.valueOf(calls));
    }

    void tick(Instant now) {
        inState.setText(since == null ? "" : WallboardView.duration(now.getEpochSecond() - since.getEpochSecond()));
    }
}
