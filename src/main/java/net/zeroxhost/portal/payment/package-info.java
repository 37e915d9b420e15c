/**
 * What a payment page computes from an invoice: payment URIs for wallets, QR codes, time left.
 * Pure functions; depends on no other package of the portal.
 */
package net.zeroxhost.portal.payment;
