package net.zeroxhost.portal.oxhost.rest;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A filter of ours put in front of whatever filter a logger of the HTTP stacks already has, for
 * the gateway's life, and taken away again at its close so that a redeployment leaves no class of
 * ours behind ({@link KeyMasking}, {@link RestrictedHeaderNotice}).
 */
record FilterInFront(Filter first, Filter next) implements Filter {

    static void put(Logger logger, Filter first) {
        logger.setFilter(new FilterInFront(first, logger.getFilter()));
    }

    /** Puts back the filter found at {@link #put}, if {@code first} is still the one in front. */
    static void takeAway(Logger logger, Filter first) {
        if (logger.getFilter() instanceof FilterInFront link && link.first == first) {
            logger.setFilter(link.next);
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        return first.isLoggable(record) && (next == null || next.isLoggable(record));
    }
}
