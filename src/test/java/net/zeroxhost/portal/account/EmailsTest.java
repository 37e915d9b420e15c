package net.zeroxhost.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsTest {

    @Test
    void normalizeTrimsAndLowercases() {
        assertThat(Emails.normalize("  Alice.Smith@Example.COM \t")).isEqualTo("alice.smith@example.com");
        assertThat(Emails.normalize("bob@example.org")).isEqualTo("bob@example.org");
        assertThat(Emails.normalize(null)).isNull();
    }

    /** In Turkish, "I" lower-cases to a dotless "ı": the same login must not depend on the server. */
    @Test
    void normalizeDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Emails.normalize("INFO@EXAMPLE.COM")).isEqualTo("info@example.com");
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a@b.co",
            "alice@example.com",
            "first.last+tag@mail.example.org",
            "  Alice@Example.com  ",
            "user_name-1@sub-domain.example.io"})
    void acceptsOrdinaryAddresses(String email) {
        assertThat(Emails.isValid(email)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "plainaddress",
            "@example.com",
            "alice@",
            "alice@example",
            "alice@@example.com",
            "alice@exa@mple.com",
            "alice smith@example.com",
            "alice@exam ple.com",
            "alice@example."})
    void rejectsWhatIsNotAnAddress(String email) {
        assertThat(Emails.isValid(email)).isFalse();
    }

    @Test
    void theLocalPartHasAtMost64Characters() {
        assertThat(Emails.isValid("a".repeat(64) + "@example.com")).isTrue();
        assertThat(Emails.isValid("a".repeat(65) + "@example.com")).isFalse();
    }

    @Test
    void theWholeAddressHasAtMostMaxLengthCharacters() {
        String local = "a".repeat(64) + "@";
        String atMax = local + "b".repeat(Emails.MAX_LENGTH - local.length() - 4) + ".com";
        String overMax = local + "b".repeat(Emails.MAX_LENGTH - local.length() - 3) + ".com";

        assertThat(atMax).hasSize(Emails.MAX_LENGTH);
        assertThat(Emails.isValid(atMax)).isTrue();
        assertThat(overMax).hasSize(Emails.MAX_LENGTH + 1);
        assertThat(Emails.isValid(overMax)).isFalse();
        assertThat(Emails.MAX_LENGTH).isEqualTo(254);
    }

    @Test
    void surroundingSpacesDoNotCountTowardsTheLength() {
        String local = "a".repeat(64) + "@";
        String atMax = local + "b".repeat(Emails.MAX_LENGTH - local.length() - 4) + ".com";

        assertThat(Emails.isValid("   " + atMax + "   ")).isTrue();
    }
}
