/**
 * Invoice attempts and their states: the service that records an attempt, calls 0xhost once and
 * records what came of it, the queries that check ownership in the query itself, and support's
 * findings on an attempt whose outcome is unknown (logged as admin actions). Depends on
 * {@code account}, {@code plan}, {@code oxhost}, {@code admin} and {@code id}.
 */
package net.zeroxhost.portal.invoice;
