package org.centrala.ui.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;

import org.centrala.ui.client.ApiClient;
import org.centrala.ui.client.ApiException;
import org.centrala.ui.client.api.HealthApi;
import org.centrala.ui.client.model.HealthReport;

/**
 * The core as the UI sees it: its REST API's address and one HTTP client shared by every session
 * (a client per session would cost a selector thread each). Set up once by the launcher and kept
 * as a servlet-context attribute, never in a static field.
 */
public final class Core {
    private static final Duration READINESS_KEPT = Duration.ofSeconds(2);
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI api;
    private final HttpClient http;
    private final Clock clock;
    private volatile Readiness readiness;

    public Core(URI api) {
        this(api, Clock.systemUTC());
    }

    Core(URI api, Clock clock) {
        this.api = api;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    /** The core of the application serving the current request. */
    public static Core current() {
        return (Core) ((VaadinServletService) VaadinService.getCurrent()).getServlet().getServletContext()
                .getAttribute(Core.class.getName());
    }

    public URI api() {
        return api;
    }

    /** A client whose every request passes through {@code headers} (credentials, the browser's address). */
    public ApiClient client(Consumer<HttpRequest.Builder> headers) {
        ApiClient client = new SharedHttpApiClient(http);
        client.updateBaseUri(api.toString());
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(headers);
        return client;
    }

    /** Whether the core answers and is ready, asked at most every two seconds. */
    public Readiness readiness() {
        Readiness known = readiness;
        Instant now = clock.instant();
        if (known != null && known.checkedAt().plus(READINESS_KEPT).isAfter(now)) {
            return known;
        }
        Readiness fresh = ask(now);
        readiness = fresh;
        return fresh;
    }

    private Readiness ask(Instant now) {
        try {
            HealthReport report = new HealthApi(client(request -> { })).getReadiness();
            return new Readiness(Boolean.TRUE.equals(report.getReady()), true, now);
        } catch (ApiException e) {
            // 503 is "up but not ready yet"; no status at all is "not reachable".
            return new Readiness(false, e.getCode() != 0, now);
        }
    }

    /** @param reachable whether the core answered at all */
    public record Readiness(boolean ready, boolean reachable, Instant checkedAt) {
    }

    /** The generated client builds an HttpClient per API object; this one hands out the shared one. */
    private static final class SharedHttpApiClient extends ApiClient {
        private final HttpClient shared;

        SharedHttpApiClient(HttpClient shared) {
            this.shared = shared;
        }

        @Override
        public HttpClient getHttpClient() {
            return shared;
        }
    }
}
