package org.centrala.pbx.internal.agi;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.MappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;

/**
 * Asterisk-Java's FastAGI server on a socket Centrala bound itself (so that a port in use is
 * Centrala's clear message, not Asterisk-Java's stack trace), with a thread per session up to a
 * ceiling: a session lasts as long as the call it routes, because the script waits in Dial.
 */
final class AgiListener extends DefaultAgiServer {
    private final ServerSocket bound;
    private final int maxSessions;
    private final Set<AgiSocket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger threads = new AtomicInteger();
    final AtomicInteger active = new AtomicInteger();
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong refused = new AtomicLong();

    AgiListener(MappingStrategy scripts, ServerSocket bound, int maxSessions) {
        super(scripts);
        this.bound = bound;
        this.maxSessions = maxSessions;
        setAddress(bound.getInetAddress());
        setPort(bound.getLocalPort());
    }

    @Override
    protected ServerSocketFacade createServerSocket() {
        return new ServerSocketFacade() {
            @Override
            public SocketConnectionFacade accept() throws IOException {
                Socket socket = bound.accept();
                AgiSocket[] self = new AgiSocket[1];
                self[0] = new AgiSocket(socket, () -> open.remove(self[0]));
                open.add(self[0]);
                return self[0];
            }

            @Override
            public void close() throws IOException {
                bound.close();
            }

            @Override
            public void setSocketReadTimeout(int socketReadTimeout) {
                // None: a session waits in Dial for as long as the call lasts.
            }
        };
    }

    @Override
    protected ThreadPoolExecutor createPool() {
        return new ThreadPoolExecutor(0, maxSessions, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "centrala-fastagi-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    protected void execute(Runnable session) throws RejectedExecutionException {
        try {
            super.execute(() -> {
                active.incrementAndGet();
                try {
                    session.run();
                } finally {
                    active.decrementAndGet();
                }
            });
            accepted.incrementAndGet();
        } catch (RejectedExecutionException e) {
            // Asterisk-Java closes the connection; Asterisk's AGI() then fails and the dialplan goes on.
            refused.incrementAndGet();
            throw e;
        }
    }

    /** Stops accepting and ends the sessions' connections; calls already in Dial go on in Asterisk. */
    void stop() {
        shutdown();
        for (AgiSocket socket : Set.copyOf(open)) {
            try {
                socket.close();
            } catch (IOException e) {
                // Already closed by the peer.
            }
        }
    }
}
