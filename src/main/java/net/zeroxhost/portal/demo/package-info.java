/**
 * The demo plans and accounts, created at start-up only when {@code portal.demo-data} is true. The
 * top of the house beside {@code web}: it may use every capability, and nothing depends on it.
 */
package net.zeroxhost.portal.demo;
