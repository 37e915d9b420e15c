/**
 * Invoice attempts and their states: the service that records an attempt, calls 0xhost once and
 * records what came of it, and the queries that check ownership in the query itself. Depends on
 * {@code account}, {@code plan}, {@code oxhost} and {@code id}.
 */
package net.zeroxhost.portal.invoice;
