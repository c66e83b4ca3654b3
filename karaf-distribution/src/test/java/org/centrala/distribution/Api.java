package org.centrala.distribution;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A client of a running Centrala over real HTTP: REST with JSON, SOAP with hand-written envelopes. */
final class Api {
    static final String SOAP_NS = "urn:centrala:soap:tenancy:v1";
    /** The namespace of the fault every service declares. */
    static final String FAULT_NS = "urn:centrala:soap:fault:v1";
    static final String DIRECTORY_NS = "urn:centrala:soap:directory:v1";
    static final String ADMIN_NS = "urn:centrala:soap:admin:v1";
    static final String LICENSING_NS = "urn:centrala:soap:licensing:v1";
    static final String AUDIT_NS = "urn:centrala:soap:audit:v1";
    static final String AGENTS_NS = "urn:centrala:soap:agents:v1";
    static final String STATISTICS_NS = "urn:centrala:soap:statistics:v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The node operator of the distribution's etc/users.properties. */
    static final String OPERATOR = basic("admin", "admin");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;
    private final String forwardedFor;

    /** A client that acts as the node operator. */
    Api(int port) {
        this(port, OPERATOR);
    }

    /** @param authorization the Authorization header to send, or null for none */
    Api(int port, String authorization) {
        this(port, authorization, null);
    }

    private Api(int port, String authorization, String forwardedFor) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
    }

    /** The same server, another caller. */
    /** The Authorization header this client sends (for clients of its own, such as an event stream's). */
    String authorization() {
        return authorization;
    }

    Api as(String otherAuthorization) {
        return new Api(URI.create(base).getPort(), otherAuthorization, forwardedFor);
    }

    /** The same caller, sending {@code X-Forwarded-For} as a proxy in front of the node would. */
    Api forwardedFor(String clientAddress) {
        return new Api(URI.create(base).getPort(), authorization, clientAddress);
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    record Answer(int status, String contentType, String body, java.util.Map<String, java.util.List<String>> headers) {
        Answer(int status, String contentType, String body) {
            this(status, contentType, body, java.util.Map.of());
        }

        /** The first value of a header (any case), or null. */
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().isEmpty() ? null : e.getValue().get(0)).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        Document xml() {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
            } catch (Exception e) {
                throw new AssertionError("not XML (" + status + "): " + body, e);
            }
        }

        /** Text of the first element of that local name in either Centrala SOAP namespace, or null. */
        String soapText(String localName) {
            for (String namespace : new String[] {SOAP_NS, DIRECTORY_NS, ADMIN_NS, LICENSING_NS, AUDIT_NS, AGENTS_NS, STATISTICS_NS, FAULT_NS}) {
                NodeList nodes = xml().getElementsByTagNameNS(namespace, localName);
                if (nodes.getLength() > 0) {
                    return nodes.item(0).getTextContent();
                }
            }
            return null;
        }

        /** Text of the fault string of a SOAP fault, or null. */
        String faultString() {
            NodeList nodes = xml().getElementsByTagName("faultstring");
            return nodes.getLength() == 0 ? null : ((Element) nodes.item(0)).getTextContent();
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    /**
     * A GET written byte for byte on a socket, for request targets that java.net.URI refuses to
     * build (such as a broken percent-escape). HTTP/1.0, so that the answer is not chunked.
     */
    Answer rawGet(String target) {
        URI server = uri("/");
        try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.0\r\nHost: " + server.getHost() + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            String head = response.substring(0, headersEnd);
            int status = Integer.parseInt(head.split(" ")[1]);
            String contentType = head.lines().filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).trim()).findFirst().orElse("");
            return new Answer(status, contentType, response.substring(headersEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(body)));
    }

    /** A request with the given method, content type (none if null) and body, sent as is. */
    Answer send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /**
     * Asks for the path and hangs up after the first bytes of the answer, with a reset, as a client
     * that gives up does; the server is left writing to a closed connection.
     */
    void getAndHangUp(String path) {
        URI server = uri("/");
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.setReceiveBufferSize(1024);
            socket.connect(new java.net.InetSocketAddress(server.getHost(), server.getPort()));
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getInputStream().readNBytes(64);
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON Merge Patch (RFC 7396), with If-Match unless {@code ifMatch} is null. */
    Answer patch(String path, String json, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** A PUT with If-Match. */
    Answer put(String path, String json, String ifMatch) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** Calls one operation of the tenancy SOAP service; {@code bodyXml} is the operation element's content. */
    Answer soap(String operation, String bodyXml) {
        return soap("/soap/tenancy", SOAP_NS, operation, bodyXml);
    }

    /** Calls one operation of the directory SOAP service (prefix {@code t:} for its namespace). */
    Answer soapDirectory(String operation, String bodyXml) {
        return soap("/soap/directory", DIRECTORY_NS, operation, bodyXml);
    }

    /** Calls one operation of the admin SOAP service (prefix {@code t:} for its namespace). */
    Answer soapAdmin(String operation, String bodyXml) {
        return soap("/soap/admin", ADMIN_NS, operation, bodyXml);
    }

    /** Calls one operation of the licensing SOAP service (prefix {@code t:} for its namespace). */
    Answer soapLicensing(String operation, String bodyXml) {
        return soap("/soap/licensing", LICENSING_NS, operation, bodyXml);
    }

    /** Calls one operation of the audit SOAP service (prefix {@code t:} for its namespace). */
    Answer soapAudit(String operation, String bodyXml) {
        return soap("/soap/audit", AUDIT_NS, operation, bodyXml);
    }

    /** Calls one operation of the SOAP service at {@code /soap/<service>}, whose namespace is {@code urn:centrala:soap:<service>:v1}. */
    Answer soapOf(String service, String operation, String bodyXml) {
        return soap("/soap/" + service, "urn:centrala:soap:" + service + ":v1", operation, bodyXml);
    }

    private Answer soap(String path, String namespace, String operation, String bodyXml) {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:t=\"" + namespace + "\">"
                + "<soapenv:Body><t:" + operation + ">" + bodyXml + "</t:" + operation + "></soapenv:Body></soapenv:Envelope>";
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .POST(BodyPublishers.ofString(envelope)));
    }

    String id(Answer created) {
        if (created.status() != 201) {
            throw new AssertionError("expected 201 but got " + created.status() + ": " + created.body());
        }
        return created.json().get("id").asText();
    }

    String createReseller(String name) {
        return id(post("/api/v1/resellers", "{\"name\":\"" + name + "\",\"contactEmail\":\"ops@example.com\"}"));
    }

    /** What a tenant's user signs in with (issue 9): its user name at the tenant's sign-in domain, read by this caller. */
    String signIn(String tenantId, String username) {
        return username + "@" + get("/api/v1/tenants/" + tenantId).json().get("signInDomain").asText();
    }

    String createTenant(String resellerId, String name, String agiContext, String secret) {
        return id(post("/api/v1/tenants", tenantJson(resellerId, name, agiContext, secret)));
    }

    static String tenantJson(String resellerId, String name, String agiContext, String secret) {
        return "{\"resellerId\":\"" + resellerId + "\",\"name\":\"" + name + "\",\"pbx\":{\"host\":\"pbx.example.net\","
                + "\"amiPort\":5038,\"amiUser\":\"centrala\"," + (secret == null ? "" : "\"amiSecret\":\"" + secret + "\",")
                + "\"agiContext\":\"" + agiContext + "\"}}";
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    /**
     * The text of every XML part of the XLSX file a GET answers (its cells and shared strings), so
     * that a test can read what a spreadsheet would show; fails unless the answer is a 200 XLSX.
     */
    String xlsxText(String path) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml")) {
                throw new AssertionError(path + " answered " + response.statusCode() + " " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            // Read through the central directory, as spreadsheet programs do: the parts are streamed with data descriptors.
            java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
            StringBuilder text = new StringBuilder();
            try {
                java.nio.file.Files.write(file, response.body());
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        if (entry.getName().startsWith("xl/") && entry.getName().endsWith(".xml")) {
                            text.append(new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
                        }
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer whose body is bytes (audio), with its status and headers. */
    record Bytes(int status, byte[] body, java.util.Map<String, java.util.List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).flatMap(e -> e.getValue().stream())
                    .findFirst().orElse(null);
        }
    }

    /** A GET whose answer is kept as bytes; {@code range} (an HTTP Range header) unless null. */
    Bytes getBytes(String path, String range) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (range != null) {
                request.header("Range", range);
            }
            HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
