package org.centrala.testpbx.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Replays pre-rendered AMI events to one client after an AMI log-in (challenge or plain), as
 * fast as the socket takes them or at a fixed rate. For parser tests and the pipeline benchmark.
 */
public final class AmiReplayServer implements AutoCloseable {
    private final ServerSocket listener;
    private final byte[][] events;
    private final long eventsPerSecond;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile long sent;
    private volatile long startedNanos;
    private volatile long finishedNanos;

    /** @param eventsPerSecond 0: as fast as possible */
    public AmiReplayServer(byte[][] events, long eventsPerSecond) throws IOException {
        this.events = events;
        this.eventsPerSecond = eventsPerSecond;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread thread = new Thread(this::serveOne, "ami-replay");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Waits until every event was written (or the client left). */
    public boolean awaitDone(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit);
    }

    public long sent() {
        return sent;
    }

    public long elapsedNanos() {
        return finishedNanos - startedNanos;
    }

    private void serveOne() {
        try (Socket client = listener.accept()) {
            client.setTcpNoDelay(false);
            OutputStream out = client.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.UTF_8));
            out.write("Asterisk Call Manager/9.0.0\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Answer until logged in and the client's version probe (CoreSettings) is done.
            boolean loggedIn = false;
            while (true) {
                Map<String, String> action = AmiActionReader.next(in);
                if (action == null) {
                    return;
                }
                String name = action.getOrDefault("action", "").toLowerCase(Locale.ROOT);
                String id = action.get("actionid");
                String reply = switch (name) {
                    case "challenge" -> "Response: Success\r\nActionID: " + id + "\r\nChallenge: 123456789\r\n\r\n";
                    case "login" -> "Response: Success\r\nActionID: " + id + "\r\nMessage: Authentication accepted\r\n\r\n";
                    case "coresettings" -> "Response: Success\r\nActionID: " + id
                            + "\r\nAMIversion: 9.0.0\r\nAsteriskVersion: 20.20.1\r\n\r\n";
                    default -> "Response: Success\r\nActionID: " + id + "\r\n\r\n";
                };
                out.write(reply.getBytes(StandardCharsets.UTF_8));
                out.flush();
                loggedIn |= name.equals("login");
                if (loggedIn && name.equals("coresettings")) {
                    break;
                }
            }
            startedNanos = System.nanoTime();
            long intervalNanos = eventsPerSecond == 0 ? 0 : 1_000_000_000L / eventsPerSecond;
            long next = startedNanos;
            for (byte[] event : events) {
                if (intervalNanos > 0) {
                    next += intervalNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                out.write(event);
                sent++;
            }
            out.flush();
            finishedNanos = System.nanoTime();
            done.countDown();
            // Keep the connection open until the client leaves, like an idle Asterisk.
            Map<String, String> action;
            while ((action = AmiActionReader.next(in)) != null) {
                out.write(("Response: Goodbye\r\nActionID: " + action.get("actionid") + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // client gone
        } finally {
            if (finishedNanos == 0) {
                finishedNanos = System.nanoTime();
            }
            done.countDown();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
