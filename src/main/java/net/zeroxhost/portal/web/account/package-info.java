/** Backing beans of {@code /login}, {@code /signup} and the log-out button. */
package net.zeroxhost.portal.web.account;
