package org.centrala.testpbx.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One AMI client: a reader thread that parses actions and a writer thread that drains this
 * client's queue, so a slow client never holds up the PBX (like Asterisk's writetimeout, a client
 * that falls too far behind is disconnected).
 */
final class AmiSession {
    private static final byte[] BANNER = "Asterisk Call Manager/9.0.0\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = new byte[0];
    private static final System.Logger LOG = System.getLogger(AmiSession.class.getName());

    private final Socket socket;
    private final AmiActions actions;
    private final Runnable onClose;
    private final BlockingQueue<byte[]> outbox = new ArrayBlockingQueue<>(200_000);
    volatile boolean authenticated;
    volatile boolean eventsOn = true;
    String challenge;

    AmiSession(Socket socket, AmiActions actions, Runnable onClose) {
        this.socket = socket;
        this.actions = actions;
        this.onClose = onClose;
    }

    void start() {
        Thread reader = new Thread(this::readLoop, "test-pbx-ami-reader-" + socket.getPort());
        Thread writer = new Thread(this::writeLoop, "test-pbx-ami-writer-" + socket.getPort());
        reader.setDaemon(true);
        writer.setDaemon(true);
        send(BANNER);
        writer.start();
        reader.start();
    }

    /** Queues an event for this client if it logged in with events on. */
    void event(byte[] rendered) {
        if (authenticated && eventsOn) {
            send(rendered);
        }
    }

    void send(AmiMessage message) {
        send(message.render());
    }

    private void send(byte[] bytes) {
        if (!outbox.offer(bytes)) {
            LOG.log(System.Logger.Level.WARNING, "AMI client {0} fell behind by {1} packets; disconnecting it",
                    socket.getRemoteSocketAddress(), outbox.size());
            close();
        }
    }

    /** Sends what is queued, then closes (Logoff, failed log-in). */
    void closeAfterFlush() {
        outbox.offer(CLOSE);
    }

    void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void readLoop() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            Map<String, String> action;
            while ((action = AmiActionReader.next(in)) != null) {
                actions.handle(this, action);
            }
        } catch (IOException e) {
            // the client went away or the PBX closed the socket
        } finally {
            close();
            outbox.offer(CLOSE);
            onClose.run();
        }
    }

    private void writeLoop() {
        try {
            OutputStream out = socket.getOutputStream();
            while (true) {
                byte[] next = outbox.poll(1, TimeUnit.SECONDS);
                if (next == null) {
                    if (socket.isClosed()) {
                        return;
                    }
                    continue;
                }
                if (next == CLOSE) {
                    out.flush();
                    close();
                    return;
                }
                out.write(next);
                if (outbox.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
