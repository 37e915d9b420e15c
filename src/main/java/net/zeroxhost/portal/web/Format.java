package net.zeroxhost.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formatting for the pages. Money keeps every digit it has (a crypto amount is shown exactly as
 * 0xhost returned it); times are shown in UTC with the zone named, since the server cannot know
 * the reader's zone (the page's script adds the local time).
 */
@Named("fmt")
@ApplicationScoped
public class Format {

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String exact(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    public String money(BigDecimal amount, String currency) {
        return amount == null ? "" : amount.toPlainString() + " " + currency;
    }

    public String utc(Instant instant) {
        return instant == null ? "" : UTC_TIME.format(instant);
    }

    /** A value as one part of a URL's query string. */
    public String urlPart(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A text of the messages bundle with its one argument: what {@code h:outputFormat} does, without
     * the two components it adds to each view. The page escapes the result as any other text.
     */
    public String text(String key, Object argument) {
        return Texts.get(key, argument);
    }

    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
