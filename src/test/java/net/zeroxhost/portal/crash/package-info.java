/**
 * The crash test: the packaged WAR in a Payara Micro that the test itself starts, kills with
 * SIGKILL and restarts on the same H2 file, outside Arquillian, which cannot survive the death of
 * its container. Run by its own failsafe execution (docs/crash.md).
 */
package net.zeroxhost.portal.crash;
