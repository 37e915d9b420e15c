package net.zeroxhost.portal.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback port on which a connection is never made: it listens with a backlog of one and never
 * accepts, and its accept queue is filled here first. Linux then drops every further SYN, so a
 * client's {@code connect()} hangs until its own connect timeout, with not one byte of the request
 * sent: the crash test's "recorded but not sent" and the fault matrix's slow connect.
 */
public final class UnansweredPort implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> queued = new ArrayList<>();

    public UnansweredPort() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        for (int i = 0; i < 8; i++) {
            Socket probe = new Socket();
            try {
                probe.connect(listener.getLocalSocketAddress(), 1_000);
                queued.add(probe);
            } catch (SocketTimeoutException full) {
                probe.close();
                return;
            }
        }
        close();
        throw new IllegalStateException("connections to a full accept queue were still made: this kernel does not"
                + " drop them, so 'recorded but not sent' cannot be staged this way here");
    }

    public int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : queued) {
            socket.close();
        }
        listener.close();
    }
}
