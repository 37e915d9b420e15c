/** Backing beans of the payment page {@code /invoice?id=…} and of {@code /invoices}. */
package net.zeroxhost.portal.web.invoices;
