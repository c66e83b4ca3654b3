package org.centrala.testpbx.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The AMI listener: accepts clients, broadcasts events, and can go away and come back (restart). */
final class AmiServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AmiServer.class.getName());

    private final String bindAddress;
    private final AmiActions actions;
    private final Set<AmiSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile int port;

    AmiServer(String bindAddress, int port, AmiActions actions) {
        this.bindAddress = bindAddress;
        this.port = port;
        this.actions = actions;
    }

    synchronized void open() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), port), 50);
        port = socket.getLocalPort();
        listener = socket;
        Thread acceptor = new Thread(() -> acceptLoop(socket), "test-pbx-ami-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.log(System.Logger.Level.INFO, "Test PBX AMI listening on {0}:{1}", bindAddress, String.valueOf(port));
    }

    int port() {
        return port;
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                client.setTcpNoDelay(true);
                AmiSession[] holder = new AmiSession[1];
                holder[0] = new AmiSession(client, actions, () -> sessions.remove(holder[0]));
                sessions.add(holder[0]);
                holder[0].start();
            } catch (IOException e) {
                return;
            }
        }
    }

    void broadcast(AmiMessage event) {
        if (sessions.isEmpty()) {
            return;
        }
        byte[] rendered = event.render();
        for (AmiSession session : sessions) {
            session.event(rendered);
        }
    }

    void dropClients() {
        for (AmiSession session : sessions) {
            session.close();
        }
    }

    /** Stops listening and drops every client; {@link #open()} listens again on the same port. */
    synchronized void shut() {
        ServerSocket current = listener;
        listener = null;
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        dropClients();
    }

    @Override
    public void close() {
        shut();
    }
}
