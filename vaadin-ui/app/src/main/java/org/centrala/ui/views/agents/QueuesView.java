package org.centrala.ui.views.agents;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.ApiResponse;
import org.centrala.ui.client.api.QueuesApi;
import org.centrala.ui.client.api.UsersApi;
import org.centrala.ui.client.model.Queue;
import org.centrala.ui.client.model.QueueDraft;
import org.centrala.ui.client.model.QueueMember;
import org.centrala.ui.client.model.QueuePage;
import org.centrala.ui.client.model.QueueStrategy;
import org.centrala.ui.client.model.User;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.components.Versions;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.views.directory.DepartmentNames;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * The tenant's queues with their members (issue 11): administrators create, change and delete
 * them; supervisors see their departments'. A member keeps its penalty (skill) when the queue is
 * changed here; new members join with penalty 0 (the REST API sets other penalties).
 */
@Route(value = "tenants/:tenantId/queues", layout = MainLayout.class)
public class QueuesView extends TenantArea {
    private static final long serialVersionUID = 1L;

    public QueuesView() {
        super("queues.title");
    }

    @Override
    protected void show() {
        QueuesApi api = signedIn().api(QueuesApi.class, QueuesApi::new);
        Map<String, String> departments = DepartmentNames.of(tenantId);
        Grid<Queue> grid = new Grid<>();
        grid.setId("queues");
        grid.addColumn(Queue::getName).setHeader(Texts.t("queue.name"));
        grid.addColumn(q -> departments.getOrDefault(q.getDepartmentId(), "")).setHeader(Texts.t("queue.department"));
        grid.addColumn(Queue::getPbxName).setHeader(Texts.t("queue.pbxName"));
        grid.addColumn(Queue::getExtension).setHeader(Texts.t("queue.extension"));
        grid.addColumn(q -> q.getStrategy().getValue()).setHeader(Texts.t("queue.strategy"));
        grid.addColumn(Queue::getServiceLevelSeconds).setHeader(Texts.t("queue.serviceLevel"));
        grid.addColumn(Queue::getWrapUpSeconds).setHeader(Texts.t("queue.wrapUp"));
        grid.addColumn(q -> q.getMembers() == null ? 0 : q.getMembers().size()).setHeader(Texts.t("queue.members"));
        Paged.show(grid, (page, size) -> {
            QueuePage answer = api.listQueues(tenantId, page, size, null);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        Runnable changed = () -> grid.getDataProvider().refreshAll();
        if (signedIn().may().tenantAdministration()) {
            grid.addItemClickListener(click -> edit(api, departments, click.getItem().getId(), changed));
            Button create = new Button(Texts.t("queues.create"), click -> {
                Form form = new Form(Texts.t("queues.create"), Texts.t("action.create"), departments, agents());
                form.dialog.onSave(() -> api.createQueue(tenantId, form.draft(List.of())), created -> {
                    Problems.done(Texts.t("created", created.getName()));
                    changed.run();
                });
                form.dialog.open();
            });
            create.setId("queue-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        add(grid);
        expand(grid);
    }

    private void edit(QueuesApi api, Map<String, String> departments, String id, Runnable changed) {
        ApiResponse<Queue> answer = CoreRefusedException.unchecked(() -> api.getQueueWithHttpInfo(tenantId, id));
        Queue queue = answer.getData();
        Map<String, User> agents = agents();
        Form form = new Form(Texts.t("queues.edit"), Texts.t("action.save"), departments, agents);
        form.name.setValue(queue.getName());
        form.extension.setValue(queue.getExtension() == null ? "" : queue.getExtension());
        form.department.setValue(queue.getDepartmentId());
        form.strategy.setValue(queue.getStrategy());
        form.serviceLevel.setValue(queue.getServiceLevelSeconds());
        form.wrapUp.setValue(queue.getWrapUpSeconds());
        List<QueueMember> members = queue.getMembers() == null ? List.of() : queue.getMembers();
        form.members.setValue(members.stream().map(QueueMember::getUserId).filter(agents::containsKey).collect(Collectors.toSet()));
        form.dialog.onStale(() -> edit(api, departments, id, changed));
        form.dialog.deletable(Texts.t("queues.delete.confirm", queue.getName()), () -> {
            api.deleteQueue(tenantId, id);
            return Boolean.TRUE;
        }, changed);
        form.dialog.onSave(() -> api.replaceQueue(tenantId, id, Versions.etag(answer), form.draft(members)), saved -> {
            Problems.done(Texts.t("saved"));
            changed.run();
        });
        form.dialog.open();
    }

    /** The tenant's contact-centre users in service, by id: those who can be members (a tenant has hundreds at most here). */
    private Map<String, User> agents() {
        List<User> users = CoreRefusedException.unchecked(() -> signedIn().api(UsersApi.class, UsersApi::new)
                .listUsers(tenantId, null, null, null, null, "CONTACT_CENTRE", null, null, null, null, null, 0, 500, "displayName", null)).getItems();
        return users == null ? Map.of() : users.stream().collect(Collectors.toMap(User::getId, u -> u, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The fields of a queue, bound to the core's field errors by their API names. */
    private static final class Form {
        final FormDialog dialog;
        final TextField name;
        final TextField extension;
        final ComboBox<String> department;
        final ComboBox<QueueStrategy> strategy;
        final IntegerField serviceLevel;
        final IntegerField wrapUp;
        final MultiSelectComboBox<String> members;

        Form(String title, String saveText, Map<String, String> departments, Map<String, User> agents) {
            dialog = new FormDialog(title, saveText);
            name = dialog.field("name", new TextField(Texts.t("queue.name")));
            extension = dialog.field("extension", new TextField(Texts.t("queue.extension")));
            department = dialog.field("departmentId", new ComboBox<>(Texts.t("queue.department")));
            department.setItems(departments.keySet());
            department.setItemLabelGenerator(id -> departments.getOrDefault(id, id));
            strategy = dialog.field("strategy", new ComboBox<>(Texts.t("queue.strategy")));
            strategy.setItems(QueueStrategy.values());
            strategy.setItemLabelGenerator(QueueStrategy::getValue);
            strategy.setValue(QueueStrategy.RINGALL);
            serviceLevel = dialog.field("serviceLevelSeconds", new IntegerField(Texts.t("queue.serviceLevel")));
            serviceLevel.setValue(20);
            wrapUp = dialog.field("wrapUpSeconds", new IntegerField(Texts.t("queue.wrapUp")));
            wrapUp.setValue(0);
            members = dialog.field("members", new MultiSelectComboBox<>(Texts.t("queue.members")));
            members.setItems(agents.keySet());
            members.setItemLabelGenerator(id -> agents.containsKey(id) ? agents.get(id).getDisplayName() : id);
            dialog.ids("queue");
        }

        /** The draft as entered; members who were there keep their penalties, new ones have 0. */
        QueueDraft draft(List<QueueMember> before) {
            Map<String, Integer> penalties = before.stream().collect(Collectors.toMap(QueueMember::getUserId, QueueMember::getPenalty, (a, b) -> a));
            Set<String> chosen = members.getValue();
            return new QueueDraft().name(name.getValue()).extension(extension.getValue().isBlank() ? null : extension.getValue().strip())
                    .departmentId(department.getValue()).strategy(strategy.getValue())
                    .serviceLevelSeconds(serviceLevel.getValue()).wrapUpSeconds(wrapUp.getValue())
                    .members(chosen.stream().map(id -> new QueueMember().userId(id).penalty(penalties.getOrDefault(id, 0))).toList());
        }
    }
}
