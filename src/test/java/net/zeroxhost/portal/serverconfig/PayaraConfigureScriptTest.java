package net.zeroxhost.portal.serverconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * server-config/payara/configure.sh hands the API key to asadmin through a temporary file. Run
 * against an asadmin stand-in that fails when storing the alias, the script must fail and leave
 * no file holding the key behind.
 */
class PayaraConfigureScriptTest {

    private static final String KEY = "key-that-must-not-stay-on-disk-5d1e";

    @TempDir
    Path dir;

    @Test
    void aFailingAsadminLeavesTheKeyInNoFile() throws Exception {
        Path payara = dir.resolve("payara");
        Files.createDirectories(payara.resolve("glassfish/domains/domain1"));
        Path asadmin = Files.createDirectories(payara.resolve("bin")).resolve("asadmin");
        Files.writeString(asadmin, """
                #!/usr/bin/env bash
                case "$*" in *password-alias\\ *|*password-alias) echo "refused" >&2; exit 1;; esac
                exit 0
                """);
        Files.setPosixFilePermissions(asadmin, PosixFilePermissions.fromString("rwx------"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));

        ProcessBuilder run = new ProcessBuilder("bash", Path.of("server-config/payara/configure.sh").toAbsolutePath().toString())
                .redirectErrorStream(true);
        run.environment().put("PAYARA_HOME", payara.toString());
        run.environment().put("OXHOST_API_KEY", KEY);
        run.environment().put("TMPDIR", tmp.toString());
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).doesNotContain(KEY);
        try (Stream<Path> left = Files.walk(tmp)) {
            assertThat(left.filter(Files::isRegularFile).filter(PayaraConfigureScriptTest::holdsKey))
                    .as("files holding the key").isEmpty();
        }
    }

    private static boolean holdsKey(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1).contains(KEY);
        } catch (IOException e) {
            return true;
        }
    }
}
