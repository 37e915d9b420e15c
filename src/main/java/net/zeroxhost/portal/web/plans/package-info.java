/** Backing beans of {@code /plans} and {@code /checkout?plan=…}. */
package net.zeroxhost.portal.web.plans;
