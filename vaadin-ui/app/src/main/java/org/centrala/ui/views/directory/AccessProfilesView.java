package org.centrala.ui.views.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.ApiResponse;
import org.centrala.ui.client.api.AccessProfilesApi;
import org.centrala.ui.client.model.AccessProfile;
import org.centrala.ui.client.model.AccessProfileDraft;
import org.centrala.ui.client.model.AccessProfileDraftPatch;
import org.centrala.ui.client.model.DataScope;
import org.centrala.ui.client.model.PageAccessProfile;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.components.Versions;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * Access profiles (R16, R18): which functions their users may use, and over whose data (their
 * own, their departments', the whole tenant's). Users get one in their dialog.
 */
@Route(value = "tenants/:tenantId/access-profiles", layout = MainLayout.class)
public class AccessProfilesView extends TenantArea {
    private static final long serialVersionUID = 1L;
    /** The functions the core knows (org.centrala.directory.Functions); it refuses any other. */
    static final List<String> FUNCTIONS = List.of("users.manage", "devices.manage", "queues.manage", "licences.manage", "billing.view", "api");

    public AccessProfilesView() {
        super("accessProfiles.title");
    }

    @Override
    protected void show() {
        AccessProfilesApi api = signedIn().api(AccessProfilesApi.class, AccessProfilesApi::new);
        Grid<AccessProfile> grid = new Grid<>();
        grid.setId("access-profiles");
        grid.addColumn(AccessProfile::getName).setHeader(Texts.t("accessProfile.name"));
        grid.addColumn(p -> Texts.t("scope." + p.getScope().getValue())).setHeader(Texts.t("accessProfile.scope"));
        grid.addColumn(p -> p.getFunctions() == null ? "" : p.getFunctions().stream().map(f -> Texts.t("function." + f))
                .sorted().collect(Collectors.joining(", "))).setHeader(Texts.t("accessProfile.functions")).setFlexGrow(3);
        Paged.show(grid, (page, size) -> {
            PageAccessProfile answer = api.listAccessProfiles(tenantId, page, size, null);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        grid.addItemClickListener(click -> edit(api, click.getItem().getId(), () -> grid.getDataProvider().refreshAll()));
        Button create = new Button(Texts.t("accessProfiles.create"), click -> {
            FormDialog dialog = new FormDialog(Texts.t("accessProfiles.create"), Texts.t("action.create"));
            ProfileForm form = new ProfileForm(dialog, tenantId, new AccessProfile().scope(DataScope.OWN));
            dialog.onSave(() -> api.createAccessProfile(tenantId, new AccessProfileDraft().name(form.name.getValue())
                    .scope(form.scope.getValue()).departmentIds(form.departments()).functions(form.functions())), created -> {
                Problems.done(Texts.t("created", created.getName()));
                grid.getDataProvider().refreshAll();
            });
            dialog.open();
        });
        create.setId("access-profile-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create, grid);
        expand(grid);
    }

    /** Change a profile (its users' rights change at once), or delete it if no user has it. */
    private void edit(AccessProfilesApi api, String id, Runnable changed) {
        ApiResponse<AccessProfile> answer = CoreRefusedException.unchecked(() -> api.getAccessProfileWithHttpInfo(tenantId, id));
        AccessProfile profile = answer.getData();
        FormDialog dialog = new FormDialog(Texts.t("accessProfiles.edit"), Texts.t("action.save"));
        ProfileForm form = new ProfileForm(dialog, tenantId, profile);
        dialog.onStale(() -> edit(api, id, changed));
        dialog.deletable(Texts.t("accessProfiles.delete.confirm", profile.getName()), () -> {
            api.deleteAccessProfile(tenantId, id);
            return Boolean.TRUE;
        }, changed);
        dialog.onSave(() -> api.patchAccessProfile(tenantId, id, new AccessProfileDraftPatch().name(form.name.getValue())
                .scope(form.scope.getValue()).departmentIds(form.departments()).functions(form.functions()), Versions.etag(answer)), saved -> {
            Problems.done(Texts.t("saved"));
            changed.run();
        });
        dialog.open();
    }

    /** The fields of a profile, filled from what it is now (a new one: nobody's data but the user's own). */
    private static final class ProfileForm {
        final TextField name;
        final Select<DataScope> scope = new Select<>();
        final MultiSelectComboBox<String> departmentIds;
        final CheckboxGroup<String> functionIds;

        ProfileForm(FormDialog dialog, String tenantId, AccessProfile profile) {
            name = dialog.field("name", new TextField(Texts.t("accessProfile.name")));
            name.setValue(profile.getName() == null ? "" : profile.getName());
            dialog.field("scope", scope);
            scope.setLabel(Texts.t("accessProfile.scope"));
            scope.setItems(DataScope.values());
            scope.setItemLabelGenerator(s -> Texts.t("scope." + s.getValue()));
            scope.setValue(profile.getScope());
            departmentIds = dialog.field("departmentIds", new MultiSelectComboBox<>(Texts.t("accessProfile.departments")));
            Map<String, String> names = DepartmentNames.of(tenantId);
            departmentIds.setItems(names.keySet());
            departmentIds.setItemLabelGenerator(d -> names.getOrDefault(d, d));
            departmentIds.setValue(profile.getDepartmentIds() == null ? Set.of() : profile.getDepartmentIds());
            functionIds = dialog.field("functions", new CheckboxGroup<>(Texts.t("accessProfile.functions")));
            functionIds.setItems(FUNCTIONS);
            functionIds.setItemLabelGenerator(f -> Texts.t("function." + f));
            functionIds.setValue(profile.getFunctions() == null ? Set.of() : profile.getFunctions());
        }

        Set<String> departments() {
            return new HashSet<>(departmentIds.getValue());
        }

        Set<String> functions() {
            return new HashSet<>(functionIds.getValue());
        }
    }
}
