package org.centrala.ui.views.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.centrala.ui.client.api.DepartmentsApi;
import org.centrala.ui.client.model.AccessProfile;
import org.centrala.ui.client.model.AccessProfileDraft;
import org.centrala.ui.client.model.AccessProfileDraftPatch;
import org.centrala.ui.client.model.DataScope;
import org.centrala.ui.client.model.Department;
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
            TextField name = dialog.field("name", new TextField(Texts.t("accessProfile.name")));
            Select<DataScope> scope = dialog.field("scope", new Select<>());
            scope.setLabel(Texts.t("accessProfile.scope"));
            scope.setItems(DataScope.values());
            scope.setItemLabelGenerator(s -> Texts.t("scope." + s.getValue()));
            scope.setValue(DataScope.OWN);
            MultiSelectComboBox<String> departments = dialog.field("departmentIds", new MultiSelectComboBox<>(Texts.t("accessProfile.departments")));
            Map<String, String> names = departmentNames();
            departments.setItems(names.keySet());
            departments.setItemLabelGenerator(id -> names.getOrDefault(id, id));
            CheckboxGroup<String> functions = dialog.field("functions", new CheckboxGroup<>(Texts.t("accessProfile.functions")));
            functions.setItems(FUNCTIONS);
            functions.setItemLabelGenerator(f -> Texts.t("function." + f));
            dialog.onSave(() -> api.createAccessProfile(tenantId, new AccessProfileDraft().name(name.getValue()).scope(scope.getValue())
                    .departmentIds(new HashSet<>(departments.getValue())).functions(new HashSet<>(functions.getValue()))), created -> {
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
        TextField name = dialog.field("name", new TextField(Texts.t("accessProfile.name")));
        name.setValue(profile.getName());
        Select<DataScope> scope = dialog.field("scope", new Select<>());
        scope.setLabel(Texts.t("accessProfile.scope"));
        scope.setItems(DataScope.values());
        scope.setItemLabelGenerator(s -> Texts.t("scope." + s.getValue()));
        scope.setValue(profile.getScope());
        MultiSelectComboBox<String> departments = dialog.field("departmentIds", new MultiSelectComboBox<>(Texts.t("accessProfile.departments")));
        Map<String, String> names = departmentNames();
        departments.setItems(names.keySet());
        departments.setItemLabelGenerator(d -> names.getOrDefault(d, d));
        departments.setValue(profile.getDepartmentIds() == null ? java.util.Set.of() : profile.getDepartmentIds());
        CheckboxGroup<String> functions = dialog.field("functions", new CheckboxGroup<>(Texts.t("accessProfile.functions")));
        functions.setItems(FUNCTIONS);
        functions.setItemLabelGenerator(f -> Texts.t("function." + f));
        functions.setValue(profile.getFunctions() == null ? java.util.Set.of() : profile.getFunctions());
        dialog.onStale(() -> edit(api, id, changed));
        dialog.deletable(Texts.t("accessProfiles.delete.confirm", profile.getName()), () -> {
            api.deleteAccessProfile(tenantId, id);
            return Boolean.TRUE;
        }, changed);
        dialog.onSave(() -> api.patchAccessProfile(tenantId, id, new AccessProfileDraftPatch().name(name.getValue()).scope(scope.getValue())
                .departmentIds(new HashSet<>(departments.getValue())).functions(new HashSet<>(functions.getValue())), Versions.etag(answer)), saved -> {
            Problems.done(Texts.t("saved"));
            changed.run();
        });
        dialog.open();
    }

    private Map<String, String> departmentNames() {
        List<Department> all = CoreRefusedException.unchecked(() -> signedIn().api(DepartmentsApi.class, DepartmentsApi::new)
                .listDepartments(tenantId, 0, 500, null)).getItems();
        return all.stream().collect(Collectors.toMap(Department::getId, Department::getName, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
