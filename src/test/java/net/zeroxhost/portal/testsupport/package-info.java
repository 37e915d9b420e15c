/**
 * What the integration tests stand on, kept apart from the tests: the WAR under test, the WireMock
 * stand-in for 0xhost, PostgreSQL, the browser and a browser-less HTTP visitor. Started once per
 * failsafe session by {@link net.zeroxhost.portal.testsupport.TestServicesSession}.
 */
package net.zeroxhost.portal.testsupport;
