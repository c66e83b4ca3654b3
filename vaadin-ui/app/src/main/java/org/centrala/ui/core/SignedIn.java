package org.centrala.ui.core;

import java.io.Serializable;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.server.VaadinSession;

import org.centrala.ui.client.ApiClient;
import org.centrala.ui.client.ApiException;
import org.centrala.ui.client.api.SecurityApi;
import org.centrala.ui.client.model.CallerKind;
import org.centrala.ui.client.model.Me;
import org.centrala.ui.client.model.NewSession;

/**
 * A browser session's sign-in: the core's session token for the user who signed in (never anyone
 * else's credentials), what {@code /me} said about them, and the browser's address, which every
 * request forwards so that the core throttles log-ins per user and address (the UI is a trusted
 * proxy of the core: {@code trustedProxies} in {@code org.centrala.web}).
 */
public final class SignedIn implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final String tokenId;
    private final transient Me me;
    private final transient ApiClient client;
    private final transient Map<Class<?>, Object> apis = new ConcurrentHashMap<>();

    private SignedIn(String tokenId, Me me, ApiClient client) {
        this.tokenId = tokenId;
        this.me = me;
        this.client = client;
    }

    /** Logs in at the core with the user's password; the core's refusal comes back as an {@link ApiException}. */
    public static SignedIn logIn(Core core, String username, String password, String browserAddress) throws ApiException {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        ApiClient withPassword = core.client(forwarding(browserAddress, "Basic " + basic));
        try {
            NewSession session = new SecurityApi(withPassword).logIn();
            String bearer = "Bearer " + session.getToken();
            return new SignedIn(session.getApiToken().getId(), session.getMe(), core.client(forwarding(browserAddress, bearer)));
        } catch (ApiException e) {
            if (e.getCode() != 409) {
                throw e;
            }
            // The core gives sessions to users of its user store only; node operators are the
            // container's own users (etc/users.properties). For an operator the UI keeps that
            // operator's own credentials, in this server-side session only, until sign-out or expiry.
            Me me = new SecurityApi(withPassword).getMe();
            if (me.getKind() != CallerKind.OPERATOR) {
                throw e;
            }
            return new SignedIn(null, me, withPassword);
        }
    }

    private static Consumer<HttpRequest.Builder> forwarding(String browserAddress, String authorization) {
        return request -> {
            request.setHeader("Authorization", authorization);
            if (browserAddress != null) {
                request.setHeader(FORWARDED_FOR, browserAddress);
            }
        };
    }

    public static Optional<SignedIn> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : session.getAttribute(SignedIn.class));
    }

    public static SignedIn required() {
        return current().orElseThrow(() -> new IllegalStateException("no one is signed in"));
    }

    /** One API object of each kind per session, all on the shared HTTP client. */
    @SuppressWarnings("unchecked")
    public <T> T api(Class<T> type, Function<ApiClient, T> factory) {
        return (T) apis.computeIfAbsent(type, t -> factory.apply(client));
    }

    /**
     * Streams an export (CSV, XLSX) of the core as this user: the generated client reads JSON only,
     * so exports go through its HTTP client, base address and headers, not around them.
     *
     * @param pathAndQuery below the API's address, e.g. {@code /tenants/t1/users?format=csv}
     */
    public Export export(String pathAndQuery) throws java.io.IOException, InterruptedException {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(client.getBaseUri() + pathAndQuery)).GET().timeout(java.time.Duration.ofMinutes(10));
        client.getRequestInterceptor().accept(request);
        java.net.http.HttpResponse<java.io.InputStream> answer = client.getHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        return new Export(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                answer.body());
    }

    /**
     * A GET of the core as this user passing the browser's {@code Range} on (null: none), answered
     * with its status and headers: for audio that a browser's player seeks in.
     */
    public java.net.http.HttpResponse<java.io.InputStream> fetch(String pathAndQuery, String range)
            throws java.io.IOException, InterruptedException {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(client.getBaseUri() + pathAndQuery)).GET().timeout(java.time.Duration.ofMinutes(10));
        client.getRequestInterceptor().accept(request);
        if (range != null && !range.isBlank()) {
            request.setHeader("Range", range);
        }
        return client.getHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
    }

    /**
     * The core's live events of a tenant as this user (only what its REST reads show, R18), e.g.
     * {@code /tenants/t1/events?types=statistics.updated,agent.state}; close it when the screen goes.
     */
    public LiveEvents liveEvents(String pathAndQuery, java.util.function.BiConsumer<String, com.fasterxml.jackson.databind.JsonNode> listener) {
        return new LiveEvents(client.getHttpClient(), java.net.URI.create(client.getBaseUri() + pathAndQuery),
                client.getRequestInterceptor(), listener);
    }

    /** An export as the core answers it; the caller closes the body. */
    public record Export(int status, String contentType, java.io.InputStream body) {
    }

    public Me me() {
        return me;
    }

    public Permissions may() {
        return new Permissions(me);
    }

    /** Ends the session at the core too; a core that is away or already forgot it is no reason to stay signed in. */
    public void logOut() {
        if (tokenId == null) {
            return; // an operator: nothing to end at the core
        }
        try {
            api(SecurityApi.class, SecurityApi::new).logOut(tokenId);
        } catch (ApiException e) {
            // the token ends by itself within its lifetime
        }
    }

    @Override
    public String toString() {
        return "SignedIn[" + me.getUsername() + ", token=***]";
    }
}
