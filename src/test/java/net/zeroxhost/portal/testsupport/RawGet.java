package net.zeroxhost.portal.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A GET whose request line goes out byte for byte as written, as an attacker's tool sends it:
 * java.net.URI, and so the JDK's HTTP client, refuses a broken escape such as {@code %zz}.
 *
 * @param status the answer's status code, or -1 when the server sent no status line
 */
public record RawGet(int status, Map<String, String> headers, String body) {

    /** Sends {@code GET <base's path><path>} on a connection of its own and reads the whole answer. */
    public static RawGet of(URL base, String path) throws IOException {
        return over(new Socket(base.getHost(), base.getPort()), base, path);
    }

    /** As {@link #of}, over TLS to a test server (whose certificate is trusted as it is). */
    public static RawGet overTls(URL base, String path) throws IOException, GeneralSecurityException {
        return over(PortalHttp.trustingTheTestServers().getSocketFactory().createSocket(base.getHost(), base.getPort()), base, path);
    }

    private static RawGet over(Socket connection, URL base, String path) throws IOException {
        try (Socket socket = connection) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * Sends each {@code GET <base's path><path>} in turn on one kept-alive connection, reading each
     * answer by its length (stated or chunked) before the next request goes out. Answers that the
     * server never sent, having closed the connection, are missing from the list.
     */
    public static List<RawGet> onOneConnection(URL base, String... paths) throws IOException {
        List<RawGet> answers = new ArrayList<>();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (String path : paths) {
                out.write(("GET " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String head = line(in);
                if (head == null) {
                    break;
                }
                StringBuilder answer = new StringBuilder(head).append("\r\n");
                for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                    answer.append(line).append("\r\n");
                }
                RawGet headers = parse(answer.append("\r\n").toString());
                byte[] body = headers.header("Transfer-Encoding").filter("chunked"::equalsIgnoreCase).isPresent()
                        ? chunked(in)
                        : in.readNBytes(Integer.parseInt(headers.header("Content-Length").orElse("0")));
                answers.add(new RawGet(headers.status(), headers.headers(), new String(body, StandardCharsets.ISO_8859_1)));
            }
        }
        return answers;
    }

    /** A line without its CRLF, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
            body.write(in.readNBytes(size));
            line(in);
        }
        for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
            // trailers: none expected
        }
        return body.toByteArray();
    }

    private static RawGet parse(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String[] head = (end < 0 ? answer : answer.substring(0, end)).split("\r\n");
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon > 0) {
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
        }
        String[] statusLine = head[0].split(" ");
        int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : -1;
        return new RawGet(status, Map.copyOf(headers), end < 0 ? "" : answer.substring(end + 4));
    }

    /** A header of the answer, whatever the case of its name. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
