package org.claimlens.bench.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The load generator's HTTP/1.1 client: one kept-alive connection per worker thread, a request written as bytes and
 * the answer read by its Content-Length (or chunks). It shares the two cores with the service it measures, so it must
 * cost little: the JDK's HttpClient spent about as much CPU per request as ingest-service answering it.
 */
public final class KeepAliveHttp implements AutoCloseable {

    /** Status and body of an answer. */
    public record Answer(int status, String body) {
    }

    private static final int TIMEOUT_MS = 60_000;

    private final String host;
    private final int port;
    private final String hostHeader;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final List<Connection> opened = new CopyOnWriteArrayList<>();

    public KeepAliveHttp(URI base) {
        this.host = base.getHost();
        this.port = base.getPort();
        this.hostHeader = host + ":" + port;
    }

    /** POSTs {@code body} to {@code path} with the given extra header lines ("Name: value"). */
    public Answer post(String path, String contentType, List<String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256).append("POST ").append(path).append(" HTTP/1.1\r\nHost: ")
                .append(hostHeader).append("\r\nContent-Type: ").append(contentType).append("\r\nContent-Length: ")
                .append(body.length).append("\r\n");
        headers.forEach(header -> head.append(header).append("\r\n"));
        byte[] request = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        Connection connection = connection();
        try {
            return connection.exchange(request, body);
        } catch (IOException | RuntimeException e) {
            // the stream is out of step now: the next request starts on a fresh connection; this one failed
            drop(connection);
            throw e;
        }
    }

    private Connection connection() throws IOException {
        Connection connection = connections.get();
        if (connection == null || connection.closed) {
            connection = new Connection(host, port);
            connections.set(connection);
            opened.add(connection);
        }
        return connection;
    }

    private void drop(Connection connection) {
        connection.close();
        connections.remove();
    }

    @Override
    public void close() {
        opened.forEach(Connection::close);
    }

    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean closed;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MS);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            out = new BufferedOutputStream(socket.getOutputStream(), 16_384);
        }

        Answer exchange(byte[] head, byte[] body) throws IOException {
            out.write(head);
            out.write(body);
            out.flush();
            String statusLine = line();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.1 status line: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            boolean keepAlive = true;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, Math.max(colon, 0)).strip().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).strip();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> keepAlive = !value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            byte[] content = chunked ? chunks() : read(Math.max(length, 0));
            if (!keepAlive) {
                close();
            }
            return new Answer(status, new String(content, StandardCharsets.UTF_8));
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                content.write(read(size));
                line();
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers carry nothing the benchmark reads
            }
            return content.toByteArray();
        }

        private long chunkSize() throws IOException {
            String line = line();
            int extension = line.indexOf(';');
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
        }

        private byte[] read(long length) throws IOException {
            byte[] content = in.readNBytes(Math.toIntExact(length));
            if (content.length < length) {
                throw new EOFException("the answer ended after " + content.length + " of " + length + " bytes");
            }
            return content;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the connection closed in the middle of an answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
