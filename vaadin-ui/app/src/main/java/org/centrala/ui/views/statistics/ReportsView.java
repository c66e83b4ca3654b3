package org.centrala.ui.views.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.StatisticsApi;
import org.centrala.ui.client.model.Report;
import org.centrala.ui.client.model.ReportRow;
import org.centrala.ui.components.Exports;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * Historical statistics (issue 12, R8): per agent, queue or department (and the tenant, for who
 * sees it), by quarter, hour, day or month of the tenant's time zone; a chart of offered and
 * answered calls per period, the rows, and CSV or XLSX downloads of the same rows. A supervisor's
 * report has its departments' rows only (R18).
 */
@Route(value = "tenants/:tenantId/reports", layout = MainLayout.class)
public class ReportsView extends TenantArea {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComboBox<String> by = new ComboBox<>(Texts.t("reports.by"));
    private final ComboBox<String> interval = new ComboBox<>(Texts.t("reports.interval"));
    private final DatePicker from = new DatePicker(Texts.t("reports.from"));
    private final DatePicker to = new DatePicker(Texts.t("reports.to"));
    private final Grid<ReportRow> rows = new Grid<>();
    private final Div chart = new Div();

    public ReportsView() {
        super("reports.title");
    }

    @Override
    protected void show() {
        by.setId("report-by");
        by.setItems(signedIn().may().statisticsOfTenant() ? List.of("queue", "agent", "department", "tenant")
                : List.of("queue", "agent", "department"));
        by.setItemLabelGenerator(value -> Texts.t("reports.by." + value));
        by.setValue("queue");
        interval.setId("report-interval");
        interval.setItems("quarter", "hour", "day", "month");
        interval.setItemLabelGenerator(value -> Texts.t("reports.interval." + value));
        interval.setValue("hour");
        from.setId("report-from");
        to.setId("report-to");
        LocalDate today = LocalDate.now();
        from.setValue(today);
        to.setValue(today);
        Button show = new Button(Texts.t("reports.show"), click -> load());
        show.setId("report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(by, interval, from, to, show,
                Exports.link("report-csv", Texts.t("export.csv"), "statistics.csv", signedIn(), () -> path("csv")),
                Exports.link("report-xlsx", Texts.t("export.xlsx"), "statistics.xlsx", signedIn(), () -> path("xlsx")));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        rows.setId("report-rows");
        rows.addColumn(r -> r.getPeriodStart() == null ? "" : PERIOD.format(r.getPeriodStart())).setHeader(Texts.t("reports.period"));
        rows.addColumn(r -> r.getSubjectName() == null ? r.getSubjectId() : r.getSubjectName()).setHeader(Texts.t("reports.subject"));
        rows.addColumn(ReportRow::getOffered).setHeader(Texts.t("reports.offered"));
        rows.addColumn(ReportRow::getAnswered).setHeader(Texts.t("reports.answered"));
        rows.addColumn(ReportRow::getAbandoned).setHeader(Texts.t("reports.abandoned"));
        rows.addColumn(r -> percent(r.getServiceLevelPercent())).setHeader(Texts.t("reports.serviceLevel"));
        rows.addColumn(r -> seconds(r.getAverageSpeedOfAnswerSeconds())).setHeader(Texts.t("reports.asa"));
        rows.addColumn(r -> seconds(r.getAverageHandleTimeSeconds())).setHeader(Texts.t("reports.aht"));
        rows.addColumn(r -> WallboardView.duration(Math.round(r.getLoggedInSeconds()))).setHeader(Texts.t("reports.loggedIn"));
        rows.addColumn(r -> WallboardView.duration(Math.round(r.getPausedSeconds()))).setHeader(Texts.t("reports.paused"));
        chart.setId("report-chart");
        chart.setWidthFull();
        add(tools, chart, rows);
        expand(rows);
        load();
    }

    /** The days chosen, as the core takes them: the first, and the day after the last. */
    private LocalDate[] days() {
        LocalDate first = from.getValue() == null ? LocalDate.now() : from.getValue();
        LocalDate last = to.getValue() == null || to.getValue().isBefore(first) ? first : to.getValue();
        return new LocalDate[] {first, last.plusDays(1)};
    }

    private void load() {
        LocalDate[] days = days();
        Report report = Problems.attempt(() -> signedIn().api(StatisticsApi.class, StatisticsApi::new).getStatisticsReport(tenantId,
                by.getValue(), days[0].toString(), interval.getValue(), days[1].toString(), null, null)).orElse(null);
        List<ReportRow> lines = report == null ? List.of() : report.getRows();
        rows.setItems(lines);
        chart.removeAll();
        chart.add(new com.vaadin.flow.component.Html(DayChart.svg(lines, Texts.t("reports.offered"), Texts.t("reports.answered"))));
    }

    /** The report as the download asks the core for it, with the choices made now. */
    private String path(String format) {
        LocalDate[] days = days();
        return "/tenants/" + tenantId + "/statistics/report?by=" + by.getValue() + "&interval=" + interval.getValue() + "&from=" + days[0]
                + "&to=" + days[1] + "&format=" + format;
    }

    private static String percent(Double value) {
        return value == null ? "–" : String.format("%.1f %%", value);
    }

    private static String seconds(Double value) {
        return value == null ? "–" : String.format("%.1f s", value);
    }
}
