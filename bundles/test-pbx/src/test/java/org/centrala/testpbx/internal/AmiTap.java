package org.centrala.testpbx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A raw AMI client for tests: logs in with a plain secret and keeps every byte the server writes,
 * so that field names and their order can be compared with the captures as they are on the wire.
 */
final class AmiTap implements AutoCloseable {
    private final Socket socket;
    private final StringBuffer received = new StringBuffer();
    private final Thread reader;

    AmiTap(int port, String user, String secret) throws IOException {
        socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("Action: Login\r\nActionID: tap-1\r\nUsername: " + user + "\r\nSecret: " + secret + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // closed by the test
            }
        }, "ami-tap");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends one action, its fields given as name, value, name, value, ... */
    void send(String... fields) throws IOException {
        StringBuilder packet = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            packet.append(fields[i]).append(": ").append(fields[i + 1]).append("\r\n");
        }
        packet.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(packet.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Every event received so far, each with its fields in wire order. */
    List<Map<String, String>> events() {
        return AmiCapture.parse(received.toString()).events();
    }

    String raw() {
        return received.toString();
    }

    /** Waits until the events received so far satisfy the condition; fails with what was received. */
    List<Map<String, String>> awaitEvents(Duration timeout, Predicate<List<Map<String, String>>> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, String>> events = events();
            if (done.test(events)) {
                return events;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("Timed out; received:\n" + raw());
    }

    /** Waits for the response to the action of this ActionID; returns it as text, lines ended by \n, no blank line. */
    String awaitResponse(Duration timeout, String actionId) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String packet : raw().replace("\r", "").split("\n\n")) {
                if (packet.startsWith("Response: ") && packet.contains("\nActionID: " + actionId + "\n")
                        || packet.startsWith("Response: ") && packet.endsWith("\nActionID: " + actionId)) {
                    return packet.strip();
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("No response to " + actionId + "; received:\n" + raw());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
