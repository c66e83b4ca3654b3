package org.centrala.ui.views.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.AuditApi;
import org.centrala.ui.client.model.AuditEntry;
import org.centrala.ui.client.model.AuditEntryPage;
import org.centrala.ui.components.Exports;
import org.centrala.ui.components.Fields;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Texts;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/** The tenant's audit log (R9), newest first, filtered by action or actor, and as CSV. */
@Route(value = "tenants/:tenantId/audit", layout = MainLayout.class)
public class AuditView extends TenantArea {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final TextField action = new TextField();
    private final TextField actor = new TextField();
    /** Free text over action, actor, target and details (q). */
    private final TextField text = new TextField();

    public AuditView() {
        super("audit.title");
    }

    @Override
    protected void show() {
        AuditApi api = signedIn().api(AuditApi.class, AuditApi::new);
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit");
        grid.addColumn(AuditEntry::getSequence).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getRecordedAt() == null ? "" : TIME.format(e.getRecordedAt())).setHeader(Texts.t("audit.recordedAt"));
        grid.addColumn(AuditEntry::getAction).setHeader(Texts.t("audit.action"));
        grid.addColumn(AuditEntry::getActor).setHeader(Texts.t("audit.actor"));
        grid.addColumn(AuditEntry::getTarget).setHeader(Texts.t("audit.target"));
        grid.addColumn(AuditEntry::getDetails).setHeader(Texts.t("audit.details")).setFlexGrow(3);
        action.setLabel(Texts.t("audit.action"));
        actor.setLabel(Texts.t("audit.actor"));
        text.setLabel(Texts.t("audit.search"));
        text.setId("audit-search");
        for (TextField filter : new TextField[] {action, actor, text}) {
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        Paged.show(grid, (page, size) -> {
            AuditEntryPage answer = api.listTenantAuditEntries(tenantId, null, Fields.optional(action.getValue()), Fields.optional(actor.getValue()),
                    null, Fields.optional(text.getValue()), null, null, page, size, "recordedAt,desc", null);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        HorizontalLayout tools = new HorizontalLayout(text, action, actor, Exports.link("audit-csv", Texts.t("export.csv"), "audit.csv",
                signedIn(), this::exportPath));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(tools, grid);
        expand(grid);
    }

    /** The export holds what the filters show. */
    private String exportPath() {
        StringBuilder path = new StringBuilder("/tenants/" + tenantId + "/audit?format=csv");
        for (var filter : java.util.Map.of("q", text, "action", action, "actor", actor).entrySet()) {
            if (!filter.getValue().isEmpty()) {
                path.append('&').append(filter.getKey()).append('=')
                        .append(java.net.URLEncoder.encode(filter.getValue().getValue(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return path.toString();
    }
}
