package net.zeroxhost.portal.platform;

/**
 * The one name the portal looks its database up by. A global name, so that each runtime can
 * provide it its own way: on Payara the WAR defines it (package {@code platform.payara}); on WildFly
 * the server does (server-config/wildfly binds it to the datasource the operator configured).
 */
public final class Database {

    public static final String JNDI_NAME = "java:global/jdbc/portal";

    private Database() {
    }
}
