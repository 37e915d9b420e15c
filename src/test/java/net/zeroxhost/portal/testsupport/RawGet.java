package net.zeroxhost.portal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
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
