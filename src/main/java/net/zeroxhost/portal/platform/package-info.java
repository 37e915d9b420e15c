/**
 * What every capability runs on and none of them shapes: the database (its one JNDI name, Flyway
 * migrations at start-up, the readiness check) and the clock. Depends on no other package of the
 * portal.
 */
package net.zeroxhost.portal.platform;
