package org.centrala.ui.views.calls;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.CallsApi;
import org.centrala.ui.client.model.CallRecord;
import org.centrala.ui.client.model.CallRecordPage;
import org.centrala.ui.components.Exports;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Texts;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/** Call records, newest first, between two days (UTC); a supervisor sees their departments' only (R6). */
@Route(value = "tenants/:tenantId/calls", layout = MainLayout.class)
public class CallsView extends TenantArea {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public CallsView() {
        super("calls.title");
    }

    @Override
    protected void show() {
        CallsApi api = signedIn().api(CallsApi.class, CallsApi::new);
        Grid<CallRecord> grid = new Grid<>();
        grid.setId("calls");
        grid.addColumn(c -> c.getStartedAt() == null ? "" : TIME.format(c.getStartedAt())).setHeader(Texts.t("call.startedAt"));
        grid.addColumn(c -> Texts.t("direction." + c.getDirection().getValue())).setHeader(Texts.t("call.direction"));
        grid.addColumn(CallRecord::getFromNumber).setHeader(Texts.t("call.from"));
        grid.addColumn(CallRecord::getToNumber).setHeader(Texts.t("call.to"));
        grid.addColumn(c -> c.getDisposition() == null ? "" : Texts.t("disposition." + c.getDisposition().getValue()))
                .setHeader(Texts.t("call.disposition"));
        grid.addColumn(CallRecord::getTalkSeconds).setHeader(Texts.t("call.talkSeconds"));
        // Issue 12: a recorded call's recording, played in the browser.
        grid.addComponentColumn(c -> {
            if (c.getRecordingId() == null) {
                return new com.vaadin.flow.component.html.Span();
            }
            Button listen = new Button(Texts.t("recording.listen"), VaadinIcon.PLAY.create(),
                    click -> new RecordingDialog(signedIn(), tenantId, c.getRecordingId()).open());
            listen.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            listen.addClassName("recording-listen");
            listen.setId("listen-" + c.getRecordingId());
            return listen;
        }).setHeader(Texts.t("call.recording"));
        from.setLabel(Texts.t("calls.from"));
        to.setLabel(Texts.t("calls.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        Paged.show(grid, (page, size) -> {
            CallRecordPage answer = api.listCalls(tenantId, null, instant(from.getValue()), instant(to.getValue() == null ? null
                    : to.getValue().plusDays(1)), null, page, size, null);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        // Calls end all the time; until the live event stream feeds this page, it is refreshed by hand.
        Button refresh = new Button(Texts.t("action.refresh"), VaadinIcon.REFRESH.create(), click -> grid.getDataProvider().refreshAll());
        refresh.setId("calls-refresh");
        HorizontalLayout tools = new HorizontalLayout(from, to, refresh, Exports.link("calls-csv", Texts.t("export.csv"), "calls.csv", signedIn(),
                this::exportPath));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(tools, grid);
        expand(grid);
    }

    private String exportPath() {
        StringBuilder path = new StringBuilder("/tenants/" + tenantId + "/calls?format=csv");
        if (from.getValue() != null) {
            path.append("&from=").append(instant(from.getValue()));
        }
        if (to.getValue() != null) {
            path.append("&to=").append(instant(to.getValue().plusDays(1)));
        }
        return path.toString();
    }

    private static String instant(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }
}
