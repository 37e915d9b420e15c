package net.zeroxhost.portal.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import net.zeroxhost.portal.platform.Database;

/**
 * Who may log in and how: the portal's own login page (a Faces form calling
 * {@code SecurityContext.authenticate}, see {@link FormLoginMechanism}) over accounts in the
 * portal's database, with passwords verified by PBKDF2 using the same parameters
 * {@link PasswordHashing} stores them with.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = Database.JNDI_NAME,
        callerQuery = "select password_hash from account where email = ?",
        groupsQuery = "select role from account where email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashing.ALGORITHM,
                PasswordHashing.ITERATIONS,
                PasswordHashing.SALT_SIZE,
                PasswordHashing.KEY_SIZE})
@DeclareRoles({Role.CUSTOMER_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
