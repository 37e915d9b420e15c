/**
 * The crash test: the packaged WAR in a server that the test itself starts, kills with SIGKILL and
 * restarts on the same H2 file, outside Arquillian, which cannot survive the death of its
 * container. One {@link net.zeroxhost.portal.crash.PortalServer} per server of the matrix; each
 * server's profile runs it in a failsafe execution of its own (docs/crash.md).
 */
package net.zeroxhost.portal.crash;
