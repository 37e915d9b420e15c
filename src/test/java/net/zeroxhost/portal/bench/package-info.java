/**
 * Benchmarks run by their own scripts, never by the test command: the audit data generator and the
 * admin audit benchmark ({@code scripts/audit-benchmark}), and the figures of
 * {@code scripts/perf-benchmark} that need the portal in front of a WireMock 0xhost (the invoice
 * creation's latency, the heap per session: {@link net.zeroxhost.portal.bench.StubbedPortalBench}).
 */
package net.zeroxhost.portal.bench;
