package org.centrala.ui.views.system;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.ApiException;
import org.centrala.ui.client.api.HealthApi;
import org.centrala.ui.client.api.PbxApi;
import org.centrala.ui.client.model.HealthPart;
import org.centrala.ui.client.model.HealthReport;
import org.centrala.ui.client.model.PbxLinkStatus;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.shell.MainLayout;

/** The node's health part by part, and every PBX link with its state (operators). */
@Route(value = "health", layout = MainLayout.class)
public class HealthView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public HealthView() {
        SignedIn signedIn = SignedIn.required();
        HealthReport report = readiness(signedIn.api(HealthApi.class, HealthApi::new));
        Paragraph summary = new Paragraph(Texts.t(Boolean.TRUE.equals(report.getReady()) ? "health.ready" : "health.notReady"));
        summary.setId("health-summary");
        Grid<HealthPart> parts = new Grid<>();
        parts.setId("health-parts");
        parts.addColumn(HealthPart::getName).setHeader(Texts.t("health.part"));
        parts.addColumn(p -> Texts.t(Boolean.TRUE.equals(p.getUp()) ? "health.up" : "health.down")).setHeader(Texts.t("health.state"));
        parts.addColumn(HealthPart::getDetail).setHeader(Texts.t("health.detail")).setFlexGrow(3);
        parts.setItems(report.getParts() == null ? List.of() : report.getParts());
        parts.setAllRowsVisible(true);
        Grid<PbxLinkStatus> links = new Grid<>();
        links.setId("pbx-links");
        links.addColumn(l -> l.getHost() + ":" + l.getPort()).setHeader(Texts.t("pbx.host"));
        links.addColumn(l -> Texts.t("link." + l.getState().getValue())).setHeader(Texts.t("link.state"));
        links.addColumn(PbxLinkStatus::getCallsInProgress).setHeader(Texts.t("link.calls"));
        links.addColumn(PbxLinkStatus::getLastError).setHeader(Texts.t("link.lastError")).setFlexGrow(2);
        links.setItems(CoreRefusedException.unchecked(() -> signedIn.api(PbxApi.class, PbxApi::new).listPbxLinks()));
        links.setAllRowsVisible(true);
        add(new H2(Texts.t("health.title")), summary, parts, new H3(Texts.t("health.links")), links);
    }

    /** Not ready is an answer (503 with the same report), not a failure. */
    private static HealthReport readiness(HealthApi api) {
        try {
            return api.getReadiness();
        } catch (ApiException e) {
            if (e.getCode() == 503 && e.getResponseBody() != null) {
                try {
                    return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
                            .readValue(e.getResponseBody(), HealthReport.class);
                } catch (java.io.IOException unreadable) {
                    return new HealthReport().ready(false);
                }
            }
            throw new CoreRefusedException(org.centrala.ui.core.CoreProblem.of(e));
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("health.title") + " · " + Texts.t("app.name");
    }
}
