/**
 * The pages' Java side: backing beans in sub-packages that mirror {@code webapp/}, and what every page
 * shares (the caller, formatting, texts, security headers). Depends on every capability; nothing
 * depends on it.
 */
package net.zeroxhost.portal.web;
