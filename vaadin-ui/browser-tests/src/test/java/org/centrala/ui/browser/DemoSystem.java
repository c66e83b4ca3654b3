package org.centrala.ui.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.centrala.distribution.KarafProcess;
import org.centrala.distribution.Poll;

/**
 * README command 1 as a test sees it: the built distribution unpacked and started with bin/demo,
 * which starts the web UI beside the core; ready once the core says so and the UI answers.
 */
final class DemoSystem implements AutoCloseable {
    private final KarafProcess karaf;
    private final URI ui;
    private final URI api;
    private final Path workDirectory;

    private DemoSystem(KarafProcess karaf, Path workDirectory) {
        this.karaf = karaf;
        this.workDirectory = workDirectory;
        this.ui = URI.create("http://127.0.0.1:" + karaf.uiPort() + "/");
        this.api = URI.create("http://127.0.0.1:" + karaf.httpPort() + "/api/v1/");
    }

    static DemoSystem start() throws IOException, InterruptedException {
        return start(home -> { });
    }

    /** @param configure changes the unpacked node's files before it starts (a benchmark's settings) */
    static DemoSystem start(Configuration configure) throws IOException, InterruptedException {
        Path work = Path.of("target/ui-it", UUID.randomUUID().toString()).toAbsolutePath();
        KarafProcess karaf = KarafProcess.unpack(KarafProcess.distribution(), work.resolve("centrala"));
        configure.apply(karaf.home());
        DemoSystem system = new DemoSystem(karaf, work);
        karaf.startDemo();
        HttpClient http = HttpClient.newHttpClient();
        Poll.until("the core to be ready", Duration.ofSeconds(180), () -> status(http, system.api.resolve("health/ready")) == 200);
        Poll.until("the web UI to answer", Duration.ofSeconds(60), () -> status(http, system.ui.resolve("signin")) == 200);
        return system;
    }

    /** What a benchmark changes in the unpacked node (its home) before it starts. */
    @FunctionalInterface
    interface Configuration {
        void apply(Path home) throws IOException;
    }

    private static int status(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    URI ui() {
        return ui;
    }

    URI api() {
        return api;
    }

    Path workDirectory() {
        return workDirectory;
    }

    KarafProcess karaf() {
        return karaf;
    }

    Path uiLog() {
        return karaf.home().resolve("data/log/ui.log");
    }

    void stop() throws IOException, InterruptedException {
        karaf.stop();
    }

    @Override
    public void close() {
        karaf.close();
    }
}
