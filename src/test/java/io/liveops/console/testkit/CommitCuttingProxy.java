package io.liveops.console.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay between the JDBC driver and the test PostgreSQL server that can make a commit
 * ambiguous, as a server restart at the wrong moment does: once armed, it lets the next COMMIT through,
 * waits for the server's answer (so the commit is done), then drops the connection without passing the
 * answer on. The client sees an I/O error for a transaction that was in fact committed.
 */
public final class CommitCuttingProxy implements AutoCloseable {

    private static final Pattern HOST_PORT = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/");
    private static final byte[] COMMIT = "COMMIT\0".getBytes(StandardCharsets.US_ASCII);

    private final String host;
    private final int port;
    private final ServerSocket server;
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicBoolean refuseAfterCut = new AtomicBoolean();
    private volatile boolean refusing;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private CommitCuttingProxy(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "commit-cutting-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    /** A relay to the server of this JDBC URL; {@link #url} is the same URL through the relay. */
    public static CommitCuttingProxy to(String jdbcUrl) throws IOException {
        Matcher m = HOST_PORT.matcher(jdbcUrl);
        if (!m.find()) {
            throw new IllegalArgumentException("no host:port in " + jdbcUrl);
        }
        return new CommitCuttingProxy(m.group(1), Integer.parseInt(m.group(2)));
    }

    /**
     * The URL through the relay. The driver is told never to keep statements prepared on the server
     * (prepareThreshold=0): a kept COMMIT is sent by name only, and the relay would not recognise it.
     */
    public String url(String jdbcUrl) {
        String via = jdbcUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + server.getLocalPort() + "/");
        return via + (via.contains("?") ? "&" : "?") + "prepareThreshold=0";
    }

    /** The next COMMIT any connection sends is carried out and its answer lost. */
    public void cutAfterNextCommit() {
        armed.set(true);
    }

    /** As {@link #cutAfterNextCommit}, and then the server stays unreachable (every connection dropped) until {@link #reachable}. */
    public void cutAfterNextCommitThenRefuse() {
        refuseAfterCut.set(true);
        armed.set(true);
    }

    public void reachable() {
        refusing = false;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (refusing) {
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket(host, port);
                sockets.add(client);
                sockets.add(upstream);
                AtomicBoolean cutNext = new AtomicBoolean();
                pump(client, upstream, cutNext, true);
                pump(upstream, client, cutNext, false);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /**
     * Copies one direction. Towards the server it watches for an armed COMMIT; towards the client,
     * once that COMMIT went through, the first answer closes both ends instead of being passed on.
     */
    private void pump(Socket from, Socket to, AtomicBoolean cutNext, boolean towardsServer) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    if (towardsServer && contains(buf, n, COMMIT) && armed.compareAndSet(true, false)) {
                        cutNext.set(true);
                    } else if (!towardsServer && cutNext.get()) {
                        if (refuseAfterCut.getAndSet(false)) {
                            refusing = true; // before the client hears of the cut and tries again
                            sockets.forEach(CommitCuttingProxy::closeQuietly);
                        }
                        from.close();
                        to.close();
                        return;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away: the other follows below
            }
            closeQuietly(from);
            closeQuietly(to);
        }, "commit-cutting-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static boolean contains(byte[] buf, int n, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= n; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (buf[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            closeQuietly(s);
        }
    }
}
