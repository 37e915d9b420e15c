package net.zeroxhost.portal.oxhost.rest;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Drops the warning Jersey's HttpURLConnection connector logs on every request that sets a
 * header the JDK restricts, here the {@code Content-Length} that {@link RestOxhostGateway} sets on
 * purpose (it is what keeps a POST from being re-sent). Logged once per invoice, it said nothing
 * an operator can act on, and under load every invoice call queued for the server's console lock
 * to write it (the 500-customer journey's JFR). Only that warning, and only on the gateway's own
 * exchange threads, so another application's requests on the same server still get it.
 */
final class RestrictedHeaderNotice implements Filter, AutoCloseable {

    /** The logger of Jersey's default connector; the warning names the JDK property it is about. */
    static final String LOGGER = "org.glassfish.jersey.client.internal.HttpUrlConnector";
    private static final String PROPERTY = "sun.net.http.allowRestrictedHeaders";

    private final Logger logger;
    private final Predicate<Thread> ownThread;

    private RestrictedHeaderNotice(Logger logger, Predicate<Thread> ownThread) {
        this.logger = logger;
        this.ownThread = ownThread;
    }

    /** Puts the filter on Jersey's connector logger, in front of whatever filter it already had. */
    static RestrictedHeaderNotice install(Predicate<Thread> ownThread) {
        RestrictedHeaderNotice notice = new RestrictedHeaderNotice(Logger.getLogger(LOGGER), Objects.requireNonNull(ownThread));
        FilterInFront.put(notice.logger, notice);
        return notice;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return !(record.getLevel() == Level.WARNING && message != null && message.contains(PROPERTY)
                && ownThread.test(Thread.currentThread()));
    }

    /** Puts back the filter found at install, so that a redeployment leaves no class of ours behind. */
    @Override
    public void close() {
        FilterInFront.takeAway(logger, this);
    }
}
