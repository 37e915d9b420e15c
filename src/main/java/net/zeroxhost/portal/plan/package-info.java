/**
 * The catalog of server plans, each sold as one 0xhost server; it also tells the sandbox its
 * prices. Depends on {@code id} and the sandbox's price port.
 */
package net.zeroxhost.portal.plan;
