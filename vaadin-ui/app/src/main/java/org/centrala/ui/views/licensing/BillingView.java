package org.centrala.ui.views.licensing;

import java.time.YearMonth;
import java.time.ZoneOffset;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.BillingApi;
import org.centrala.ui.client.model.BillingLine;
import org.centrala.ui.client.model.BillingStatement;
import org.centrala.ui.components.Exports;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/** The tenant's billing statement for a month (R17), on screen and as CSV. */
@Route(value = "tenants/:tenantId/billing", layout = MainLayout.class)
public class BillingView extends TenantArea {
    private static final long serialVersionUID = 1L;

    private final TextField month = new TextField();
    private final Grid<BillingLine> lines = new Grid<>();
    private final Paragraph summary = new Paragraph();

    public BillingView() {
        super("billing.title");
    }

    @Override
    protected void show() {
        month.setLabel(Texts.t("billing.month"));
        month.setId("billing-month");
        month.setPattern("\\d{4}-\\d{2}");
        month.setPlaceholder("YYYY-MM");
        if (month.isEmpty()) {
            month.setValue(YearMonth.now(ZoneOffset.UTC).toString());
        }
        month.addValueChangeListener(change -> load());
        lines.setId("billing-lines");
        lines.addColumn(BillingLine::getDescription).setHeader(Texts.t("billing.item")).setFlexGrow(3);
        lines.addColumn(BillingLine::getQuantity).setHeader(Texts.t("billing.quantity"));
        lines.addColumn(BillingLine::getUnitPrice).setHeader(Texts.t("billing.unitPrice"));
        lines.addColumn(BillingLine::getAmount).setHeader(Texts.t("billing.amount"));
        lines.setAllRowsVisible(true);
        summary.setId("billing-summary");
        HorizontalLayout tools = new HorizontalLayout(month, Exports.link("billing-csv", Texts.t("export.csv"), "billing.csv", signedIn(),
                () -> "/tenants/" + tenantId + "/billing/" + month.getValue().trim() + "?format=csv"));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(tools, summary, lines);
        load();
    }

    private void load() {
        BillingApi api = signedIn().api(BillingApi.class, BillingApi::new);
        BillingStatement statement = new Problems().field("month", month)
                .run(() -> api.getBillingStatement(tenantId, month.getValue().trim(), null)).orElse(null);
        if (statement == null) {
            lines.setItems();
            summary.setText("");
            return;
        }
        lines.setItems(statement.getLines());
        summary.setText(Texts.t("billing.total", statement.getTotal(), statement.getCurrency(),
                Texts.t(Boolean.TRUE.equals(statement.getClosed()) ? "billing.closed" : "billing.open")));
    }
}
