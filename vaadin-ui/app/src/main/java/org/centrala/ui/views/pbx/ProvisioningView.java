package org.centrala.ui.views.pbx;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;

import org.centrala.ui.client.api.PbxApi;
import org.centrala.ui.client.model.AdoptableEndpoint;
import org.centrala.ui.client.model.AdoptionRequest;
import org.centrala.ui.client.model.DeviceDraft;
import org.centrala.ui.client.model.DeviceKind;
import org.centrala.ui.client.model.FileStatus;
import org.centrala.ui.client.model.ProvisioningState;
import org.centrala.ui.client.model.ProvisioningStatus;
import org.centrala.ui.client.model.SyncRequest;
import org.centrala.ui.client.model.UnitStatus;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * The tenant's configuration on its PBX (issue 11, item 2): whether the PBX includes Centrala's
 * files, and each device, queue and dialplan entry in sync, pending, drifted, adopted or failed.
 * Administrators read the PBX back now, and write drifted units again as Centrala has them.
 */
@Route(value = "tenants/:tenantId/provisioning", layout = MainLayout.class)
public class ProvisioningView extends TenantArea {
    private static final long serialVersionUID = 1L;

    public ProvisioningView() {
        super("provisioning.title");
    }

    @Override
    protected void show() {
        PbxApi api = signedIn().api(PbxApi.class, PbxApi::new);
        Problems.attempt(() -> api.getPbxProvisioning(tenantId)).ifPresent(status -> render(api, status));
    }

    private void render(PbxApi api, ProvisioningStatus status) {
        Paragraph state = new Paragraph(Texts.t("provisioning.state." + status.getState().getValue()));
        state.setId("provisioning-state");
        Paragraph context = new Paragraph(Texts.t("provisioning.context", status.getDialplanContext(),
                status.getCheckedAt() == null ? "—" : status.getCheckedAt().toString(),
                status.getPbxReadAt() == null ? "—" : status.getPbxReadAt().toString()));
        context.setId("provisioning-checked");
        add(state, context);
        if (status.getProblem() != null) {
            Paragraph problem = new Paragraph(status.getProblem());
            problem.setId("provisioning-problem");
            add(problem);
        }
        Button check = new Button(Texts.t("provisioning.sync"), click -> sync(api, false));
        check.setId("provisioning-sync");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button repair = new Button(Texts.t("provisioning.repair"), click -> sync(api, true));
        repair.setId("provisioning-repair");
        repair.setEnabled(status.getState() == ProvisioningState.DRIFT);
        add(new HorizontalLayout(check, repair));

        Grid<FileStatus> files = new Grid<>();
        files.setId("provisioning-files");
        files.addColumn(FileStatus::getFile).setHeader(Texts.t("provisioning.file")).setFlexGrow(2);
        files.addColumn(FileStatus::getIncludedFrom).setHeader(Texts.t("provisioning.includedFrom"));
        files.addColumn(f -> f.getIncluded() == null ? "—" : Boolean.TRUE.equals(f.getIncluded()) ? Texts.t("provisioning.included")
                : Texts.t("provisioning.notIncluded", f.getIncludeLine())).setHeader(Texts.t("provisioning.included.header")).setFlexGrow(2);
        files.setItems(status.getFiles() == null ? List.of() : status.getFiles());
        files.setAllRowsVisible(true);

        Grid<UnitStatus> units = new Grid<>();
        units.setId("provisioning-units");
        units.addColumn(u -> Texts.t("provisioning.kind." + u.getKind())).setHeader(Texts.t("provisioning.kind"));
        units.addColumn(UnitStatus::getName).setHeader(Texts.t("provisioning.name")).setFlexGrow(2);
        units.addColumn(u -> Texts.t("provisioning.unit." + u.getState().getValue())).setHeader(Texts.t("provisioning.unitState"));
        units.addColumn(u -> u.getDetail() == null ? "" : u.getDetail()).setHeader(Texts.t("provisioning.detail")).setFlexGrow(3);
        units.addColumn(u -> u.getWrittenAt() == null ? "" : u.getWrittenAt().toString()).setHeader(Texts.t("provisioning.writtenAt"));
        units.setItems(status.getUnits() == null ? List.of() : status.getUnits());
        units.setAllRowsVisible(true);
        add(new H3(Texts.t("provisioning.files")), files, new H3(Texts.t("provisioning.units")), units);
        adoptable(api);
    }

    /** Endpoints made by hand on the PBX in the tenant's context: a click adopts one as a device. */
    private void adoptable(PbxApi api) {
        Problems.attempt(() -> api.listAdoptableEndpoints(tenantId)).ifPresent(list -> {
            Grid<AdoptableEndpoint> endpoints = new Grid<>();
            endpoints.setId("provisioning-adoptable");
            endpoints.addColumn(AdoptableEndpoint::getEndpoint).setHeader(Texts.t("provisioning.endpoint"));
            endpoints.addColumn(e -> e.getCallerId() == null ? "" : e.getCallerId()).setHeader(Texts.t("provisioning.callerId"));
            endpoints.setItems(list.getItems() == null ? List.of() : list.getItems());
            endpoints.setAllRowsVisible(true);
            endpoints.addItemClickListener(click -> adopt(api, click.getItem()));
            add(new H3(Texts.t("provisioning.adoptable")), new Paragraph(Texts.t("provisioning.adoptable.explain")), endpoints);
        });
    }

    private void adopt(PbxApi api, AdoptableEndpoint endpoint) {
        FormDialog dialog = new FormDialog(Texts.t("provisioning.adopt", endpoint.getEndpoint()), Texts.t("provisioning.adopt.action"));
        TextField label = dialog.field("label", new TextField(Texts.t("device.label")));
        label.setValue(endpoint.getCallerId() == null ? endpoint.getEndpoint()
                : endpoint.getCallerId().replaceAll("\"([^\"]*)\".*", "$1").strip());
        ComboBox<DeviceKind> kind = dialog.field("kind", new ComboBox<>(Texts.t("device.kind")));
        kind.setItems(DeviceKind.SIP_DESK_PHONE, DeviceKind.SIP_SOFTPHONE);
        kind.setItemLabelGenerator(k -> Texts.t("deviceKind." + k.getValue()));
        kind.setValue(DeviceKind.SIP_DESK_PHONE);
        dialog.onSave(() -> api.adoptEndpoint(tenantId, new AdoptionRequest().endpoint(endpoint.getEndpoint())
                .device(new DeviceDraft().kind(kind.getValue()).label(label.getValue()))), adopted -> {
            Problems.done(Texts.t("provisioning.adopted", adopted.getSipUsername()));
            refresh();
        });
        dialog.open();
    }

    private void sync(PbxApi api, boolean repair) {
        Problems.attempt(() -> api.syncPbxProvisioning(tenantId, new SyncRequest().repairDrift(repair))).ifPresent(after -> {
            Problems.done(Texts.t("provisioning.state." + after.getState().getValue()));
            refresh();
        });
    }
}
