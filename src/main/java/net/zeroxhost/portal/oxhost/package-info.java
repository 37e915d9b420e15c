/**
 * The port to 0xhost: what the portal asks for ({@link net.zeroxhost.portal.oxhost.InvoiceRequest}),
 * what can come of it ({@link net.zeroxhost.portal.oxhost.InvoiceOutcome}) and the gateway interface.
 * Knows nothing of the portal: depends on no other package of it.
 */
package net.zeroxhost.portal.oxhost;
