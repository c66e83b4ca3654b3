package org.centrala.ui.views.statistics;

import java.time.Instant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.centrala.ui.components.Texts;

/**
 * A queue on the wallboard: callers waiting and the longest wait (ticking), and today's offered,
 * answered, abandoned and service level. Each figure also sits in a data attribute, for tests and
 * for screen readers' sake the text says it in words.
 */
final class QueueTile extends Div {
    private static final long serialVersionUID = 1L;
    private final Span waiting = new Span();
    private final Span longest = new Span();
    private final Span serviceLevel = new Span();
    private final Span abandoned = new Span();
    private final Span handled = new Span();
    private int callersWaiting;
    private Instant longestSince;

    QueueTile(String queueId, String name) {
        setId("tile-" + queueId);
        addClassName("queue-tile");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("min-width", "14em").set("display", "flex").set("flex-direction", "column");
        Span title = new Span(name);
        title.getStyle().set("font-weight", "bold").set("font-size", "var(--lumo-font-size-l)");
        waiting.addClassName("tile-waiting");
        waiting.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        longest.addClassName("tile-longest");
        serviceLevel.addClassName("tile-service-level");
        abandoned.addClassName("tile-abandoned");
        handled.addClassName("tile-handled");
        add(title, waiting, longest, serviceLevel, abandoned, handled);
    }

    void waiting(int callers, double longestSeconds, Instant now) {
        callersWaiting = callers;
        longestSince = callers == 0 ? null : now.minusMillis((long) (longestSeconds * 1000));
        waiting.setText(Texts.t("wallboard.waiting", callers));
        getElement().setAttribute("data-waiting", String.valueOf(callers));
        tick(now);
    }

    void today(WallboardView.Figures today) {
        serviceLevel.setText(Texts.t("wallboard.serviceLevel", today.serviceLevelPercent() == null ? "–"
                : String.format("%.0f %%", today.serviceLevelPercent())));
        abandoned.setText(Texts.t("wallboard.abandoned", today.abandoned()));
        handled.setText(Texts.t("wallboard.handled", today.answered(), today.offered()));
        getElement().setAttribute("data-offered", String.valueOf(today.offered()));
        getElement().setAttribute("data-answered", String.valueOf(today.answered()));
        getElement().setAttribute("data-abandoned", String.valueOf(today.abandoned()));
    }

    void tick(Instant now) {
        longest.setText(Texts.t("wallboard.longest", callersWaiting == 0 || longestSince == null ? "–"
                : WallboardView.duration(now.getEpochSecond() - longestSince.getEpochSecond())));
    }
}
