package net.zeroxhost.portal.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A post whose state token belongs to another page gets the expired page, as any stale or forged
 * post does. Mojarra restores the view of the URL posted to from the state the token names without
 * checking that this state was saved for that view, so a token taken from one page and posted to
 * another (a crafted request; scripts/security-scan's wapiti sent them) failed inside Mojarra with an
 * ArrayIndexOutOfBoundsException: a 500 and a stack trace in the log. Whatever fails while a posted
 * view is being restored is now a {@link ViewExpiredException} (web.xml: /error/expired, 400).
 * Registered in faces-config.xml, around OmniFaces' handler.
 */
public class RestoreFailureIsExpiry extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(RestoreFailureIsExpiry.class.getName());

    public RestoreFailureIsExpiry(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            ViewExpiredException expired = null;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                ExceptionQueuedEventContext event = events.next().getContext();
                Throwable cause = getRootCause(event.getException());
                if (event.getPhaseId() == PhaseId.RESTORE_VIEW && !(cause instanceof ViewExpiredException)
                        && "POST".equals(((HttpServletRequest) faces.getExternalContext().getRequest()).getMethod())) {
                    events.remove();
                    String viewId = faces.getExternalContext().getRequestServletPath();
                    LOG.log(Level.FINE, "a posted view could not be restored, answered as expired: " + viewId, cause);
                    expired = new ViewExpiredException("view state not for this view", viewId);
                }
            }
            if (expired != null) {
                faces.getApplication().publishEvent(faces, ExceptionQueuedEvent.class,
                        new ExceptionQueuedEventContext(faces, expired, null, PhaseId.RESTORE_VIEW));
            }
            getWrapped().handle();
        }
    }
}
