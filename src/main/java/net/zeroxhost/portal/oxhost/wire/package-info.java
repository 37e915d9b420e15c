/**
 * The border of 0xhost's wire format: JSON-B records of its answer and the reader that checks an
 * untrusted answer and turns it into an outcome. Depends on {@code oxhost} only.
 */
package net.zeroxhost.portal.oxhost.wire;
