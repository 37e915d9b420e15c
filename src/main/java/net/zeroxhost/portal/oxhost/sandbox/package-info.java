/**
 * The built-in stand-in for 0xhost used when no API key is set; it learns server prices through
 * its own port, {@link net.zeroxhost.portal.oxhost.sandbox.ServerPrices}. Depends on {@code oxhost}
 * and {@code oxhost.wire}.
 */
package net.zeroxhost.portal.oxhost.sandbox;
