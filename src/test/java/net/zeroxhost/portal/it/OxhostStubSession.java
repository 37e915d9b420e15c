package net.zeroxhost.portal.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the 0xhost stand-in once per integration-test run, before any server boots, and stops it
 * at the end. Only failsafe sets {@code it.oxhost.port}, so unit test runs start nothing.
 */
public class OxhostStubSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.oxhost.port") != null) {
            OxhostStub.start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        OxhostStub.stop();
    }
}
