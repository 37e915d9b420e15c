package net.zeroxhost.portal.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The embedded default database: an H2 file named by {@code portal.db.url} (environment
 * {@code PORTAL_DB_URL}), resolved by Payara from MicroProfile Config when the application starts.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "portal",
        password = "",
        minPoolSize = 1,
        maxPoolSize = 20)
public final class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";

    private PortalDataSource() {
    }
}
