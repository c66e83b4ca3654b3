package org.centrala.ui.views.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.SecurityApi;
import org.centrala.ui.client.model.ApiToken;
import org.centrala.ui.client.model.NewApiToken;
import org.centrala.ui.client.model.TokenRequest;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.shell.MainLayout;

/**
 * The signed-in user's API tokens, for integrations: made here, shown once, revoked here. The
 * sign-in sessions (the UI's own among them) are listed too, so a forgotten one can be ended.
 */
@Route(value = "tokens", layout = MainLayout.class)
public class TokensView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final SecurityApi api = SignedIn.required().api(SecurityApi.class, SecurityApi::new);
    private final Grid<ApiToken> grid = new Grid<>();

    public TokensView() {
        grid.setId("tokens");
        grid.addColumn(ApiToken::getName).setHeader(Texts.t("token.name"));
        grid.addColumn(t -> t.getCreatedAt() == null ? "" : TIME.format(t.getCreatedAt())).setHeader(Texts.t("token.createdAt"));
        grid.addColumn(t -> t.getRevokedAt() != null ? Texts.t("token.revoked")
                : t.getExpiresAt() == null ? Texts.t("token.noExpiry") : TIME.format(t.getExpiresAt())).setHeader(Texts.t("token.expiresAt"));
        grid.addComponentColumn(t -> {
            Button revoke = new Button(Texts.t("token.revoke"), click -> Problems.attempt(() -> {
                api.revokeApiToken(t.getId());
                return Boolean.TRUE;
            }).ifPresent(done -> load()));
            revoke.setEnabled(t.getRevokedAt() == null);
            return revoke;
        });
        grid.setAllRowsVisible(true);
        Button create = new Button(Texts.t("tokens.create"), click -> create());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(Texts.t("tokens.title")), new Paragraph(Texts.t("tokens.explain")), create, grid);
        load();
    }

    private void load() {
        java.util.List<ApiToken> tokens = CoreRefusedException.unchecked(api::listApiTokens);
        grid.setItems(tokens);
    }

    private void create() {
        FormDialog dialog = new FormDialog(Texts.t("tokens.create"), Texts.t("action.create"));
        TextField name = dialog.field("name", new TextField(Texts.t("token.name")));
        DatePicker expires = dialog.field("expiresAt", new DatePicker(Texts.t("token.expiresAt")));
        expires.setHelperText(Texts.t("token.expiresAt.help"));
        expires.setMin(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        dialog.onSave(() -> api.createApiToken(new TokenRequest().name(name.getValue())
                .expiresAt(expires.getValue() == null ? null : expires.getValue().atStartOfDay(ZoneOffset.UTC).toInstant().toString())), made -> {
            load();
            showOnce(made);
        });
        dialog.open();
    }

    /** The token exists in this answer only. */
    private void showOnce(NewApiToken made) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Texts.t("tokens.once.title", made.getApiToken().getName()));
        Span token = new Span(made.getToken());
        token.setId("new-token");
        token.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        dialog.add(new Paragraph(Texts.t("tokens.once")), new Paragraph(token));
        Button close = new Button(Texts.t("devices.secret.noted"), click -> dialog.close());
        close.setId("new-token-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("tokens.title") + " · " + Texts.t("app.name");
    }
}
