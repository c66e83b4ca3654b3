package org.centrala.ui.views.tenancy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.ApiResponse;
import org.centrala.ui.client.api.PbxApi;
import org.centrala.ui.client.api.ResellersApi;
import org.centrala.ui.client.api.TenantsApi;
import org.centrala.ui.client.model.PbxRecord;
import org.centrala.ui.client.model.PbxSettingsPatch;
import org.centrala.ui.client.model.Reseller;
import org.centrala.ui.client.model.Tenant;
import org.centrala.ui.client.model.TenantDraftPatch;
import org.centrala.ui.client.model.TenantMoveRequest;
import org.centrala.ui.client.model.TenantStatus;
import org.centrala.ui.components.Fields;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.LifecycleStep;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.components.Versions;
import org.centrala.ui.core.CoreCall;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * One tenant: its state, its PBX record with the link's state (the AMI secret is never shown, only
 * replaced), and the lifecycle steps its state allows (R-lifecycle of issue 9; the core refuses
 * any other with a 409 that names the possible step).
 */

@Route(value = "tenants/:tenantId", layout = MainLayout.class)
public class TenantView extends TenantArea {
    private static final long serialVersionUID = 1L;

    public TenantView() {
        super("tenant.title");
    }

    @Override
    protected void show() {
        TenantsApi api = signedIn().api(TenantsApi.class, TenantsApi::new);
        Problems.attempt(() -> api.getTenantWithHttpInfo(tenantId)).ifPresent(this::render);
    }

    private void render(ApiResponse<Tenant> answer) {
        Tenant tenant = answer.getData();
        FormLayout facts = new FormLayout();
        facts.addFormItem(value("tenant-name", tenant.getName()), Texts.t("tenant.name"));
        facts.addFormItem(value("tenant-status", Texts.t("status." + tenant.getStatus().getValue())), Texts.t("tenant.status"));
        facts.addFormItem(value("tenant-domain", tenant.getSignInDomain()), Texts.t("tenant.signInDomain"));
        if (tenant.getErasableAt() != null) {
            facts.addFormItem(value("tenant-erasable", tenant.getErasableAt().toString()), Texts.t("tenant.erasableAt"));
        }
        add(facts, lifecycle(tenant), new H3(Texts.t("pbx.title")), pbx(tenant, Versions.etag(answer)), link());
    }

    private HorizontalLayout lifecycle(Tenant tenant) {
        TenantsApi api = signedIn().api(TenantsApi.class, TenantsApi::new);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("lifecycle");
        TenantStatus status = tenant.getStatus();
        if (status == TenantStatus.ACTIVE) {
            actions.add(step("suspend", false, () -> api.suspendTenant(tenantId)));
        }
        if (status == TenantStatus.SUSPENDED) {
            actions.add(step("reactivate", false, () -> api.reactivateTenant(tenantId)));
        }
        if (status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED) {
            actions.add(step("terminate", true, () -> api.terminateTenant(tenantId)));
        }
        if (signedIn().may().operator() && (status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED)) {
            actions.add(moveButton(api, tenant));
        }
        if (status == TenantStatus.TERMINATED) {
            actions.add(step("withdraw", false, () -> api.withdrawTenantTermination(tenantId)));
            if (signedIn().may().operator()) {
                actions.add(step("erase", true, () -> api.eraseTenant(tenantId)));
            }
        }
        return actions;
    }

    /** Operators move a tenant to another reseller: the old one bills the month of the move, the new one the months after. */
    private Button moveButton(TenantsApi api, Tenant tenant) {
        Button move = new Button(Texts.t("tenant.move"), click -> {
            FormDialog dialog = new FormDialog(Texts.t("tenant.move"), Texts.t("tenant.move"));
            ComboBox<Reseller> reseller =
                    dialog.field("resellerId", new ComboBox<>(Texts.t("tenant.reseller")));
            reseller.setItems(CoreRefusedException.unchecked(() -> signedIn()
                    .api(ResellersApi.class, ResellersApi::new).listResellers(0, 500, null))
                    .getItems().stream().filter(r -> !r.getId().equals(tenant.getResellerId())).toList());
            reseller.setItemLabelGenerator(Reseller::getName);
            dialog.add(new Paragraph(Texts.t("tenant.move.explain")));
            dialog.onSave(() -> api.moveTenant(tenantId, new TenantMoveRequest()
                    .resellerId(reseller.getValue() == null ? null : reseller.getValue().getId())), moved -> {
                Problems.done(Texts.t("tenant.moved"));
                reload();
            });
            dialog.open();
        });
        move.setId("tenant-move");
        return move;
    }

    private Button step(String name, boolean dangerous, CoreCall<Tenant> call) {
        return LifecycleStep.button("tenant-" + name, name, dangerous, "lifecycle." + name + ".confirm", call, done -> {
            Problems.done(Texts.t("lifecycle.done", Texts.t("status." + done.getStatus().getValue())));
            reload();
        });
    }

    private FormLayout pbx(Tenant tenant, String etag) {
        PbxRecord record = tenant.getPbx();
        FormLayout pbx = new FormLayout();
        pbx.setId("pbx-record");
        pbx.addFormItem(value("pbx-host", record.getHost() + ":" + record.getAmiPort()), Texts.t("pbx.host"));
        pbx.addFormItem(value("pbx-user", record.getAmiUser()), Texts.t("pbx.amiUser"));
        pbx.addFormItem(value("pbx-secret", Texts.t("pbx.amiSecret.hidden")), Texts.t("pbx.amiSecret"));
        pbx.addFormItem(value("pbx-context", record.getDialplanContext()), Texts.t("pbx.dialplanContext"));
        pbx.addFormItem(value("pbx-trunk", record.getTrunk() == null ? Texts.t("pbx.trunk.none") : record.getTrunk()),
                Texts.t("pbx.trunk"));
        Button edit = new Button(Texts.t("pbx.edit"), click -> editPbx(record, etag));
        edit.setId("pbx-edit");
        pbx.add(edit);
        return pbx;
    }

    private void editPbx(PbxRecord record, String etag) {
        FormDialog dialog = new FormDialog(Texts.t("pbx.edit"), Texts.t("action.save"));
        TextField host = dialog.field("pbx.host", new TextField(Texts.t("pbx.host")));
        host.setValue(record.getHost());
        IntegerField port = dialog.field("pbx.amiPort", new IntegerField(Texts.t("pbx.amiPort")));
        port.setValue(record.getAmiPort());
        TextField user = dialog.field("pbx.amiUser", new TextField(Texts.t("pbx.amiUser")));
        user.setValue(record.getAmiUser());
        PasswordField secret = dialog.field("pbx.amiSecret", new PasswordField(Texts.t("pbx.amiSecret")));
        secret.setHelperText(Texts.t("pbx.amiSecret.keep"));
        TextField context = dialog.field("pbx.dialplanContext", new TextField(Texts.t("pbx.dialplanContext")));
        context.setValue(record.getDialplanContext());
        TextField trunk = dialog.field("pbx.trunk", new TextField(Texts.t("pbx.trunk")));
        trunk.setHelperText(Texts.t("pbx.trunk.help"));
        trunk.setValue(record.getTrunk() == null ? "" : record.getTrunk());
        TenantsApi api = signedIn().api(TenantsApi.class, TenantsApi::new);
        dialog.onStale(this::reload);
        dialog.onSave(() -> api.patchTenant(tenantId, new TenantDraftPatch().pbx(new PbxSettingsPatch().host(host.getValue())
                .amiPort(port.getValue()).amiUser(user.getValue()).dialplanContext(context.getValue())
                .trunk(Fields.optional(trunk.getValue()))
                .amiSecret(secret.isEmpty() ? null : secret.getValue())), etag), saved -> {
            Problems.done(Texts.t("saved"));
            reload();
        });
        dialog.open();
    }

    private FormLayout link() {
        FormLayout link = new FormLayout();
        link.setId("pbx-link");
        Problems.attempt(() -> signedIn().api(PbxApi.class, PbxApi::new).getTenantPbxLink(tenantId)).ifPresent(status -> {
            link.addFormItem(value("link-state", Texts.t("link." + status.getState().getValue())), Texts.t("link.state"));
            link.addFormItem(value("link-since", String.valueOf(status.getSince())), Texts.t("link.since"));
            Integer calls = status.getCallsInProgress();
            link.addFormItem(value("link-calls", calls == null || calls < 0 ? "—" : calls.toString()), Texts.t("link.calls"));
            if (status.getLastError() != null) {
                link.addFormItem(value("link-error", status.getLastError()), Texts.t("link.lastError"));
            }
        });
        return link;
    }

    private void reload() {
        refresh();
    }

    static Span value(String id, String text) {
        Span span = new Span(text == null ? "" : text);
        span.setId(id);
        return span;
    }
}
