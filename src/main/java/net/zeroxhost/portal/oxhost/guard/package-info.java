/**
 * How the portal calls 0xhost on a bad day: a bulkhead bounds the calls in flight and a circuit
 * breaker stops calling while 0xhost keeps failing (MicroProfile Fault Tolerance, provided by
 * each server), and readiness reports what the breaker was last seen to do.
 */
package net.zeroxhost.portal.oxhost.guard;
