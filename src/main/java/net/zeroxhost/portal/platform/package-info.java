/**
 * What every capability runs on and none of them shapes: the database (its one JNDI name, Flyway
 * migrations at start-up, the readiness check), the clock, the security headers of every answer
 * and keeping in-memory copies true. Depends on no other package of the portal.
 */
package net.zeroxhost.portal.platform;
