package net.zeroxhost.portal.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shape of 0xhost user and server ids, which an admin types for accounts and plans. */
class OxhostIdShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5B-D9CB-469F-A165-70867728950E",
            "user12345-6789-0123-4567-890123456789", "  0f8fad5b-d9cb-469f-a165-70867728950e  ", "a-b-c-d-e"})
    void takesTheShapesOfA0xhostUserId(String value) {
        assertThat(Ids.isOxhostId(value)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "not a user id", "0f8fad5b-d9cb-469f-a165", "0f8fad5b-d9cb-469f-a165-70867728950e-1",
            "0f8fad5b_d9cb_469f_a165_70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e<script>",
            "aaaaaaaaaaaaaaaaaaaaa-b-c-d-e", "0f8fad5b--d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-7086772895\u0660e"})
    void refusesEverythingElse(String value) {
        assertThat(Ids.isOxhostId(value)).isFalse();
    }
}
