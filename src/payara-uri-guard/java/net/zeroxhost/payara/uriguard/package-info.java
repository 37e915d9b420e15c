/**
 * The URI guard of Payara's HTTP listeners: a jar of its own (target/payara-uri-guard.jar), put on
 * the server's common class path, never in the WAR. It answers a malformed URL with an honest 400
 * that carries the portal's security headers, where Payara itself answers before any filter of the
 * portal runs (docs/security.md, "Malformed URLs").
 */
package net.zeroxhost.payara.uriguard;
