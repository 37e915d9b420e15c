package net.zeroxhost.portal.platform.payara;

import jakarta.annotation.sql.DataSourceDefinition;
import net.zeroxhost.portal.platform.Database;

/**
 * The database on Payara (Micro and Server): defined by the WAR, every setting resolved by Payara
 * from MicroProfile Config when the application starts, so the same WAR runs on the embedded H2
 * file ({@code portal.db.url}, environment {@code PORTAL_DB_URL}) or on PostgreSQL. WildFly does
 * not understand these references: its WAR leaves this class out and the server provides
 * {@link Database#JNDI_NAME} instead.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=portal.db.datasource-class}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
public final class PortalDataSource {

    private PortalDataSource() {
    }
}
