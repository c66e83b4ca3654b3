package org.centrala.ui.views.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.ApiResponse;
import org.centrala.ui.client.api.DevicesApi;
import org.centrala.ui.client.api.LinesApi;
import org.centrala.ui.client.model.Device;
import org.centrala.ui.client.model.Line;
import org.centrala.ui.client.model.LineDraft;
import org.centrala.ui.client.model.LineDraftPatch;
import org.centrala.ui.client.model.PageLine;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.components.Versions;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/** Shared lines: a device that contact-centre agents take for their shift, one at a time (R4). */
@Route(value = "tenants/:tenantId/lines", layout = MainLayout.class)
public class LinesView extends TenantArea {
    private static final long serialVersionUID = 1L;

    public LinesView() {
        super("lines.title");
    }

    @Override
    protected void show() {
        LinesApi api = signedIn().api(LinesApi.class, LinesApi::new);
        Grid<Line> grid = new Grid<>();
        grid.setId("lines");
        grid.addColumn(Line::getName).setHeader(Texts.t("line.name"));
        grid.addColumn(l -> l.getHeldBy() == null ? Texts.t("line.free") : Texts.t("line.heldSince", String.valueOf(l.getHeldSince())))
                .setHeader(Texts.t("line.holder"));
        Paged.show(grid, (page, size) -> {
            PageLine answer = api.listLines(tenantId, page, size, null);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        grid.addItemClickListener(click -> edit(api, click.getItem().getId(), () -> grid.getDataProvider().refreshAll()));
        Button create = new Button(Texts.t("lines.create"), click -> {
            FormDialog dialog = new FormDialog(Texts.t("lines.create"), Texts.t("action.create"));
            TextField name = dialog.field("name", new TextField(Texts.t("line.name")));
            ComboBox<Device> device = dialog.field("deviceId", new ComboBox<>(Texts.t("line.device")));
            DevicesApi devices = signedIn().api(DevicesApi.class, DevicesApi::new);
            // Searched in the core as the user types (label, SIP user name): a tenant may have hundreds of devices.
            device.setItems(query -> CoreRefusedException.unchecked(() -> devices.listDevices(tenantId, null, null,
                    query.getFilter().filter(f -> !f.isBlank()).orElse(null), null, query.getPage(), query.getPageSize(), null, null))
                    .getItems().stream());
            device.setItemLabelGenerator(Device::getLabel);
            dialog.onSave(() -> api.createLine(tenantId, new LineDraft().name(name.getValue())
                    .deviceId(device.getValue() == null ? null : device.getValue().getId())), created -> {
                Problems.done(Texts.t("created", created.getName()));
                grid.getDataProvider().refreshAll();
            });
            dialog.open();
        });
        create.setId("line-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create, grid);
        expand(grid);
    }

    /** Rename a line, or delete it (the core refuses while an agent holds it). */
    private void edit(LinesApi api, String id, Runnable changed) {
        ApiResponse<Line> answer = CoreRefusedException.unchecked(() -> api.getLineWithHttpInfo(tenantId, id));
        FormDialog dialog = new FormDialog(Texts.t("lines.edit"), Texts.t("action.save"));
        TextField name = dialog.field("name", new TextField(Texts.t("line.name")));
        name.setValue(answer.getData().getName());
        dialog.onStale(() -> edit(api, id, changed));
        dialog.deletable(Texts.t("lines.delete.confirm", answer.getData().getName()), () -> {
            api.deleteLine(tenantId, id);
            return Boolean.TRUE;
        }, changed);
        dialog.onSave(() -> api.patchLine(tenantId, id, new LineDraftPatch().name(name.getValue()), Versions.etag(answer)), saved -> {
            Problems.done(Texts.t("saved"));
            changed.run();
        });
        dialog.open();
    }
}
