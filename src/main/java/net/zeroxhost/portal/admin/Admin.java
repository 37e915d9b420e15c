package net.zeroxhost.portal.admin;

import java.util.Objects;

/** The admin who acts, as the log records them: their account's id and email. */
public record Admin(String id, String email) {

    public Admin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
    }
}
