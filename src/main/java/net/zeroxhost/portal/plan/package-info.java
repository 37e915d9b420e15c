/**
 * The catalog of server plans, each sold as one 0xhost server, and its administration (every
 * change logged); it also tells the sandbox its prices. Depends on {@code id}, {@code admin} and
 * the sandbox's price port.
 */
package net.zeroxhost.portal.plan;
