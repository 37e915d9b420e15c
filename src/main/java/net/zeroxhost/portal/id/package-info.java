/**
 * Identifiers of the portal's rows: random UUIDs, and the check that a text from a URL has their
 * shape. The bottom of the house: it depends on no other package of the portal.
 */
package net.zeroxhost.portal.id;
