/**
 * The real 0xhost over the server's Jakarta REST client: timeouts, no retry, faults sorted into
 * FAILED and UNKNOWN. Depends on {@code oxhost} and {@code oxhost.wire}.
 */
package net.zeroxhost.portal.oxhost.rest;
