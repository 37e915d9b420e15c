package net.zeroxhost.portal.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends the request with the portal's 404 page, the same for "missing" and "not yours". */
public final class NotFound {

    private NotFound() {
    }

    public static void send(FacesContext faces) {
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
