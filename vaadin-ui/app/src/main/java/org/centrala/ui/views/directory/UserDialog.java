package org.centrala.ui.views.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.centrala.ui.client.ApiResponse;
import org.centrala.ui.client.api.AccessProfilesApi;
import org.centrala.ui.client.api.LicensingApi;
import org.centrala.ui.client.api.SecurityApi;
import org.centrala.ui.client.api.UsersApi;
import org.centrala.ui.client.model.AccessProfile;
import org.centrala.ui.client.model.AccessRole;
import org.centrala.ui.client.model.Channel;
import org.centrala.ui.client.model.CredentialRequest;
import org.centrala.ui.client.model.User;
import org.centrala.ui.client.model.UserDraft;
import org.centrala.ui.client.model.UserDraftPatch;
import org.centrala.ui.client.model.UserType;
import org.centrala.ui.components.Fields;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.core.SignedIn;

/**
 * Creates a user, or edits one: the fields of the user, and for an existing user its channels
 * (each needs a free licence of the tenant, R15), its password, its ring plan and leaving.
 * An edit sends the version it read (If-Match), so a change made meanwhile is not overwritten.
 */
final class UserDialog {
    private final FormDialog dialog;
    private final ComboBox<UserType> type = new ComboBox<>(Texts.t("user.type"));
    private final TextField displayName = new TextField(Texts.t("user.displayName"));
    private final TextField username = new TextField(Texts.t("user.username"));
    private final TextField extension = new TextField(Texts.t("user.extension"));
    private final EmailField email = new EmailField(Texts.t("user.email"));
    private final ComboBox<String> department = new ComboBox<>(Texts.t("user.department"));
    private final ComboBox<AccessProfile> profile = new ComboBox<>(Texts.t("user.accessProfile"));
    private final CheckboxGroup<AccessRole> roles = new CheckboxGroup<>(Texts.t("user.roles"));

    private UserDialog(String title, String saveText, String tenantId, Map<String, String> departments) {
        dialog = new FormDialog(title, saveText);
        type.setItems(UserType.values());
        type.setItemLabelGenerator(t -> Texts.t("userType." + t.getValue()));
        type.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        username.setHelperText(Texts.t("user.username.help"));
        extension.setHelperText(Texts.t("user.extension.help"));
        department.setItems(departments.keySet());
        department.setItemLabelGenerator(id -> departments.getOrDefault(id, id));
        List<AccessProfile> profiles = CoreRefusedException.unchecked(() -> SignedIn.required()
                .api(AccessProfilesApi.class, AccessProfilesApi::new).listAccessProfiles(tenantId, 0, 500, null)).getItems();
        profile.setItems(profiles == null ? List.of() : profiles);
        profile.setItemLabelGenerator(AccessProfile::getName);
        profile.setClearButtonVisible(true);
        roles.setItems(AccessRole.values());
        roles.setItemLabelGenerator(r -> Texts.t("role." + r.getValue()));
        // Only contact-centre users sign in, so only they have a user name (R5).
        type.addValueChangeListener(change -> {
            boolean signsIn = change.getValue() == UserType.CONTACT_CENTRE;
            username.setEnabled(signsIn);
            if (!signsIn) {
                username.clear();
            }
        });
        dialog.field("type", type);
        dialog.field("displayName", displayName);
        dialog.field("username", username);
        dialog.field("extension", extension);
        dialog.field("email", email);
        dialog.field("departmentId", department);
        dialog.field("accessProfileId", profile);
        dialog.field("roles", roles);
    }

    static FormDialog create(String tenantId, Map<String, String> departments, Runnable changed) {
        UserDialog form = new UserDialog(Texts.t("users.create"), Texts.t("action.create"), tenantId, departments);
        form.type.setValue(UserType.BACK_OFFICE);
        UsersApi api = SignedIn.required().api(UsersApi.class, UsersApi::new);
        form.dialog.onSave(() -> api.createUser(tenantId, new UserDraft().type(form.type.getValue())
                .displayName(form.displayName.getValue()).username(Fields.optional(form.username.getValue()))
                .extension(Fields.optional(form.extension.getValue()))
                .email(Fields.optional(form.email.getValue())).departmentId(form.department.getValue())
                .accessProfileId(form.profile.getValue() == null ? null : form.profile.getValue().getId())
                .roles(new HashSet<>(form.roles.getValue()))), created -> {
            Problems.done(Texts.t("created", created.getDisplayName()));
            changed.run();
        });
        return form.dialog;
    }

    UserDialog(String tenantId, String userId, Map<String, String> departments, Runnable changed) {
        this(Texts.t("users.edit"), Texts.t("action.save"), tenantId, departments);
        SignedIn signedIn = SignedIn.required();
        UsersApi api = signedIn.api(UsersApi.class, UsersApi::new);
        ApiResponse<User> answer = CoreRefusedException.unchecked(() -> api.getUserWithHttpInfo(tenantId, userId));
        User user = answer.getData();
        String etag = org.centrala.ui.components.Versions.etag(answer);
        type.setValue(user.getType());
        displayName.setValue(user.getDisplayName());
        username.setValue(user.getUsername() == null ? "" : user.getUsername());
        extension.setValue(user.getExtension() == null ? "" : user.getExtension());
        email.setValue(user.getEmail() == null ? "" : user.getEmail());
        department.setValue(user.getDepartmentId());
        profile.getListDataView().getItems().filter(p -> p.getId().equals(user.getAccessProfileId())).findFirst()
                .ifPresent(profile::setValue);
        roles.setValue(user.getRoles() == null ? Set.of() : user.getRoles());
        dialog.add(new H4(Texts.t("user.channels")), channels(tenantId, user), new H4(Texts.t("user.password")),
                password(tenantId, userId), actions(tenantId, user, changed));
        // Someone changed the user meanwhile: nothing was written; read it again, with their change.
        dialog.onStale(() -> new UserDialog(tenantId, userId, departments, changed).open());
        dialog.onSave(() -> api.patchUser(tenantId, userId, new UserDraftPatch().type(type.getValue())
                .displayName(displayName.getValue()).username(Fields.optional(username.getValue()))
                .extension(Fields.optional(extension.getValue()))
                .email(Fields.optional(email.getValue())).departmentId(department.getValue())
                .accessProfileId(profile.getValue() == null ? null : profile.getValue().getId())
                .roles(new HashSet<>(roles.getValue())), etag), saved -> {
            Problems.done(Texts.t("saved"));
            changed.run();
        });
        dialog.setWidth("min(48em, 100vw)");
    }

    void open() {
        dialog.open();
    }

    /** One check box per channel; ticking grants it at once if a licence is free, else says why not (R15). */
    private HorizontalLayout channels(String tenantId, User user) {
        SignedIn signedIn = SignedIn.required();
        UsersApi api = signedIn.api(UsersApi.class, UsersApi::new);
        List<Channel> all = CoreRefusedException.unchecked(() -> signedIn.api(LicensingApi.class, LicensingApi::new).listChannels());
        HorizontalLayout boxes = new HorizontalLayout();
        boxes.setId("user-channels");
        boxes.setWrap(true);
        for (Channel channel : all) {
            Checkbox box = new Checkbox(channel.getDisplayName(), user.getChannels() != null && user.getChannels().contains(channel.getId()));
            box.setId("channel-" + channel.getId());
            box.addValueChangeListener(change -> {
                if (!change.isFromClient()) {
                    return;
                }
                boolean granted = Problems.attempt(() -> change.getValue()
                        ? api.grantChannel(tenantId, user.getId(), channel.getId())
                        : api.revokeChannel(tenantId, user.getId(), channel.getId())).isPresent();
                if (!granted) {
                    box.setValue(change.getOldValue());
                }
            });
            boxes.add(box);
        }
        return boxes;
    }

    private HorizontalLayout password(String tenantId, String userId) {
        PasswordField password = new PasswordField(Texts.t("user.password.new"));
        password.setId("user-password");
        Button set = new Button(Texts.t("user.password.set"));
        set.setId("user-password-set");
        Problems problems = new Problems().field("password", password);
        set.addClickListener(click -> problems.run(() -> {
            SignedIn.required().api(SecurityApi.class, SecurityApi::new).setUserPassword(tenantId, userId,
                    new CredentialRequest().password(password.getValue()));
            return Boolean.TRUE;
        }).ifPresent(ok -> {
            password.clear();
            Problems.done(Texts.t("user.password.done"));
        }));
        HorizontalLayout row = new HorizontalLayout(password, set);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout actions(String tenantId, User user, Runnable changed) {
        UsersApi api = SignedIn.required().api(UsersApi.class, UsersApi::new);
        Button ringPlan = new Button(Texts.t("ringPlan.open"), click -> new RingPlanDialog(tenantId, user).open());
        ringPlan.setId("user-ring-plan");
        Button leave;
        if (user.getLeftAt() == null) {
            leave = new Button(Texts.t("user.leave"), click -> Problems.attempt(() -> api.leaveUser(tenantId, user.getId()))
                    .ifPresent(left -> {
                        dialog.close();
                        Problems.done(Texts.t("user.left.done", left.getDisplayName()));
                        changed.run();
                    }));
            leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        } else {
            leave = new Button(Texts.t("user.reactivate"), click -> Problems.attempt(() -> api.reactivateUser(tenantId, user.getId()))
                    .ifPresent(back -> {
                        dialog.close();
                        changed.run();
                    }));
        }
        leave.setId("user-leave");
        return new HorizontalLayout(ringPlan, leave);
    }
}
