package org.centrala.distribution;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Boots the built distribution as a process, saves the OpenAPI document and the WSDLs it serves,
 * and stops it: what a partner generates clients from (issue 9). Run by the partner-clients module
 * before it generates its clients, so that they come from the served documents, not from sources.
 *
 * <p>Arguments: the distribution's tar.gz, the folder to unpack it in, the folder to save into.
 */
public final class ServedDocuments {
    /** The SOAP services, each at /soap/&lt;name&gt;. */
    public static final List<String> SERVICES = List.of("tenancy", "directory", "licensing", "audit", "admin", "agents", "statistics");

    private ServedDocuments() {
    }

    public static void main(String[] arguments) throws Exception {
        Path distribution = Path.of(arguments[0]);
        Path work = Path.of(arguments[1], UUID.randomUUID().toString()).toAbsolutePath();
        Path into = Path.of(arguments[2]).toAbsolutePath();
        Files.createDirectories(into);
        try (KarafProcess karaf = KarafProcess.unpack(distribution, work)) {
            karaf.start();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + karaf.httpPort();
            Poll.until("the node to be ready on port " + karaf.httpPort(), Duration.ofSeconds(120),
                    () -> status(http, base + "/api/v1/health/ready") == 200 && status(http, base + "/soap/admin?wsdl") == 200);
            save(http, base + "/api/v1/openapi.json", into.resolve("openapi.json"));
            for (String service : SERVICES) {
                save(http, base + "/soap/" + service + "?wsdl", into.resolve(service + ".wsdl"));
            }
            karaf.stop();
        }
    }

    private static int status(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void save(HttpClient http, String url, Path file) throws Exception {
        HttpResponse<Path> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofFile(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode());
        }
    }
}
