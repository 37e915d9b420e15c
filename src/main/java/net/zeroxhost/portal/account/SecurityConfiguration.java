package net.zeroxhost.portal.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may log in and how: the portal's own login page (a Faces form calling
 * {@code SecurityContext.authenticate}, see {@link FormLoginMechanism}) over the accounts in the
 * portal's database ({@link AccountIdentityStore}, PBKDF2 with the parameters
 * {@link PasswordHashing} stores them with). The standard database identity store is not used:
 * it answers an unknown email without hashing, which tells an attacker who has an account.
 */
@DeclareRoles({Role.CUSTOMER_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
