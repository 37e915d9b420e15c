package net.zeroxhost.portal.oxhost.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Masks the API key in what the HTTP stacks under the REST client log of a request. The portal
 * never logs the key itself, but these print every request header when an operator turns their
 * level up to chase a problem: the JDK's {@code HttpURLConnection} (Jersey's default connector, on
 * Payara) at FINE, Apache's HTTP client (under RESTEasy, on WildFly) at DEBUG. A filter on those
 * loggers is consulted only for a record that passed the level, so at the usual levels it costs
 * nothing; it rewrites the record rather than dropping it, as the operator asked for the line.
 */
final class KeyMasking implements Filter, AutoCloseable {

    /** The loggers that print request headers; a JUL logger's filter does not reach its children. */
    static final List<String> HEADER_LOGGERS = List.of(
            "sun.net.www.protocol.http.HttpURLConnection",
            "org.apache.http.headers",
            "org.apache.http.wire",
            "org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire",
            "org.glassfish.jersey.logging.LoggingFeature",
            "jdk.httpclient.HttpClient");

    static final String MASK = "********";

    private final String key;
    private final List<Logger> loggers = new ArrayList<>();

    private KeyMasking(String key) {
        this.key = key;
    }

    /** Puts the mask on every header logger, in front of whatever filter each already had. */
    static KeyMasking install(String key) {
        KeyMasking masking = new KeyMasking(Objects.requireNonNull(key));
        for (String name : HEADER_LOGGERS) {
            // Held here as well: JUL keeps loggers weakly, and a collected one would lose its filter.
            Logger logger = Logger.getLogger(name);
            masking.loggers.add(logger);
            FilterInFront.put(logger, masking);
        }
        return masking;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        if (message != null && (message.contains(key) || hasParameters(record))) {
            String text = new SimpleFormatter().formatMessage(record);
            if (text.contains(key)) {
                record.setMessage(text.replace(key, MASK));
                record.setParameters(null);
                record.setResourceBundle(null);
            }
        }
        return true;
    }

    private static boolean hasParameters(LogRecord record) {
        return record.getParameters() != null && record.getParameters().length > 0;
    }

    /** Puts back the filters found at install, so that a redeployment leaves no class of ours behind. */
    @Override
    public void close() {
        for (Logger logger : loggers) {
            FilterInFront.takeAway(logger, this);
        }
    }
}
