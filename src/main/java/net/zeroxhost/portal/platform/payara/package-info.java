/**
 * What only Payara can read: the datasource the WAR defines from MicroProfile Config. The WildFly
 * WAR leaves this package out, because there the server defines the datasource. Depends on
 * {@code platform} only.
 */
package net.zeroxhost.portal.platform.payara;
