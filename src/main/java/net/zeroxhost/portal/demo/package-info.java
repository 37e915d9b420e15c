/**
 * The demo plans and accounts, created at start-up when {@code portal.demo-data} is true (or, unset, in the README run
 * while the sandbox answers). The
 * top of the house beside {@code web}: it may use every capability, and nothing depends on it.
 */
package net.zeroxhost.portal.demo;
