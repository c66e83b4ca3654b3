package org.centrala.pbx.internal.agi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One FastAGI connection for Asterisk-Java's reader and writer. A failed read is the end of the
 * stream: Asterisk-Java then reports a hang-up to the script (which ends quietly) instead of
 * logging an error for a peer that went away, which is a caller's or the network's doing.
 */
final class AgiSocket implements SocketConnectionFacade {
    private static final Logger LOG = LoggerFactory.getLogger(AgiSocket.class);

    private final Socket socket;
    private final BufferedReader reader;
    private final Writer writer;
    private final Runnable onClose;

    AgiSocket(Socket socket, Runnable onClose) throws IOException {
        this.socket = socket;
        this.onClose = onClose;
        socket.setTcpNoDelay(true);
        this.reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.writer = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
    }

    @Override
    public String readLine() {
        try {
            return reader.readLine();
        } catch (IOException e) {
            LOG.debug("FastAGI connection from {} ended: {}", socket.getRemoteSocketAddress(), e.toString());
            return null;
        }
    }

    @Override
    public void write(String s) throws IOException {
        writer.write(s);
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        onClose.run();
        socket.close();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected() && !socket.isClosed();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getPort();
    }
}
