package net.zeroxhost.portal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrCodeTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern PATH = Pattern.compile("<path fill=\"#000\" d=\"([^\"]*)\"/>");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int PIXELS_PER_MODULE = 4;
    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLACK = 0xFF000000;

    /** The dark modules the SVG draws, read back from its path. */
    private static boolean[][] modulesOf(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).as("viewBox").isTrue();
        int width = Integer.parseInt(box.group(1));
        int height = Integer.parseInt(box.group(2));
        Matcher path = PATH.matcher(svg);
        assertThat(path.find()).as("path").isTrue();
        String d = path.group(1);
        boolean[][] dark = new boolean[height][width];
        Matcher module = MODULE.matcher(d);
        int end = 0;
        while (module.find()) {
            assertThat(module.start()).as("nothing but modules in the path").isEqualTo(end);
            end = module.end();
            dark[Integer.parseInt(module.group(2))][Integer.parseInt(module.group(1))] = true;
        }
        assertThat(end).isEqualTo(d.length());
        return dark;
    }

    /** Rasterises the modules as a camera would see them, then lets ZXing read them. */
    private static String decode(boolean[][] dark) throws Exception {
        int height = dark.length * PIXELS_PER_MODULE;
        int width = dark[0].length * PIXELS_PER_MODULE;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = dark[y / PIXELS_PER_MODULE][x / PIXELS_PER_MODULE] ? BLACK : WHITE;
            }
        }
        LuminanceSource source = new RGBLuminanceSource(width, height, pixels);
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        return result.getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ethereum:0x7717324E33798466298275C82711084B452A8179?value=35861920400000000",
            "bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.00000001",
            "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"})
    void theSvgDecodesBackToExactlyTheContent(String content) throws Exception {
        assertThat(decode(modulesOf(QrCode.svg(content)))).isEqualTo(content);
    }

    @Test
    void thePaymentUriOfAnInvoiceRoundTrips() throws Exception {
        String uri = PaymentUri.of("ETH", "Ethereum Network", "0x7717324E33798466298275C82711084B452A8179",
                new BigDecimal("0.0358619204"));

        assertThat(decode(modulesOf(QrCode.svg(uri)))).isEqualTo(uri);
    }

    @Test
    void theSvgKeepsAWhiteQuietZoneOfFourModules() {
        boolean[][] dark = modulesOf(QrCode.svg("TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"));
        int size = dark.length;

        for (int i = 0; i < size; i++) {
            for (int border = 0; border < 4; border++) {
                assertThat(dark[border][i]).isFalse();
                assertThat(dark[size - 1 - border][i]).isFalse();
                assertThat(dark[i][border]).isFalse();
                assertThat(dark[i][size - 1 - border]).isFalse();
            }
        }
        assertThat(dark[4][4]).as("finder pattern corner").isTrue();
    }

    @Test
    void theDataUriIsTheSvgInBase64() {
        String content = "ethereum:0x7717324E33798466298275C82711084B452A8179?value=35861920400000000";
        String dataUri = QrCode.svgDataUri(content);

        assertThat(dataUri).startsWith("data:image/svg+xml;base64,");
        String encoded = dataUri.substring("data:image/svg+xml;base64,".length());
        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
                .isEqualTo(QrCode.svg(content));
    }
}
