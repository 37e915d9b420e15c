package net.zeroxhost.payara.uriguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import net.zeroxhost.portal.platform.MalformedUrl;
import net.zeroxhost.portal.platform.SecurityHeaders;
import org.junit.jupiter.api.Test;

/** The guard's refusal carries the portal's headers, without needing the portal at run time. */
class UriGuardFilterTest {

    @Test
    void theRefusalCarriesThePortalsSecurityHeaders() {
        assertThat(UriGuardFilter.HEADERS)
                .containsEntry("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Cache-Control", "no-store");
    }

    /**
     * The jar holds the guard's classes and MalformedUrl, on a server class path without the rest of
     * the portal: the policy must stay a compile-time constant of SecurityHeaders, which the compiler
     * copies into the guard. Loaded where no other class of the portal can be found, the guard still
     * has its headers and its check.
     */
    @Test
    void theGuardRunsWithoutThePortalsClasses() throws Exception {
        ClassLoader serverLike = new GuardOnly(UriGuardFilterTest.class.getClassLoader());
        Class<?> filter = Class.forName(UriGuardFilter.class.getName(), true, serverLike);
        Class.forName(UriGuardFinder.class.getName(), true, serverLike);
        Class<?> check = Class.forName(MalformedUrl.class.getName(), true, serverLike);
        assertThat(check.getMethod("isMalformed", String.class).invoke(null, "/%zz")).isEqualTo(true);
        assertThat(filter.getClassLoader()).isSameAs(serverLike);
        var headers = filter.getDeclaredField("HEADERS");
        headers.setAccessible(true);
        assertThat((Map<?, ?>) headers.get(null)).isEqualTo(UriGuardFilter.HEADERS);
    }

    /**
     * Defines what the guard's jar holds itself (the pom's includes of the payara-uri-guard jar),
     * finds no other class of the portal, and leaves the rest (Grizzly, the JDK) to its parent.
     */
    private static final class GuardOnly extends ClassLoader {

        GuardOnly(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                boolean inTheJar = name.startsWith(UriGuardFilter.class.getPackageName() + ".")
                        || name.equals(MalformedUrl.class.getName());
                if (!inTheJar && name.startsWith("net.zeroxhost.")) {
                    throw new ClassNotFoundException(name + " is in the WAR, not on the server's class path");
                }
                if (!inTheJar) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
