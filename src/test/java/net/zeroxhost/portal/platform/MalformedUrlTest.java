package net.zeroxhost.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which raw request targets are malformed URLs, refused by Payara's URI guard and by the portal's filter. */
class MalformedUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "/", "/plans", "/admin/", "/invoice?id=4b7f0c9e-1d2a-4e0f-9a51-2f6c8d1e3b70",
        "/%2f", "/a%2Fb", "/%61dmin/", "/plans%20x", "/caf%C3%A9", "/%e2%82%ac", "/%F0%9F%98%80",
        "/plans?plan=a+b&q=%20", "/search?q=100%25", "/x?q=%ff%00%c0%ae",
        "/jakarta.faces.resource/css/portal.css.xhtml", "/a%10b", "/a%01b", "/caf\u00c3\u00a9", "/\u20ac"})
    void wellFormedTargetsGoThrough(String target) {
        assertThat(MalformedUrl.isMalformed(target)).as(target).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/%zz", "/%", "/%%3", "/plans%2", "/a%zzb/c", "/%g0", "/%0g", "/%", "/%4",
        "/a%00b", "/%00", "/%c0%ae", "/%ff%fe", "/%C0%AE%C0%AE/etc/passwd", "/%e2%82", "/%80",
        "/%ed%a0%80", "/a\u0000b", "/plans?plan=%zz", "/plans?q=%", "/plans?q=a%2", "/?%%"})
    void malformedTargetsAreRefused(String target) {
        assertThat(MalformedUrl.isMalformed(target)).as(target).isTrue();
    }
}
