/**
 * Integration tests on the real WAR in a real server (Arquillian): the invoice service in the
 * container, the web rules over HTTP, and the customer journeys in Chromium.
 */
package net.zeroxhost.portal.it;
