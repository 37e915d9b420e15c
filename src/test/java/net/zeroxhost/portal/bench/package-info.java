/**
 * Benchmarks run by their own scripts, never by the test command: the audit data generator and the
 * admin audit benchmark ({@code scripts/audit-benchmark}).
 */
package net.zeroxhost.portal.bench;
