package net.zeroxhost.portal.payment;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * QR codes drawn by the portal (ZXing), as SVG: sharp at any zoom, small, and served inline as a
 * data URI so the payment page needs no second request and no third-party service.
 */
public final class QrCode {

    private static final int QUIET_ZONE_MODULES = 4;

    private QrCode() {
    }

    /** The QR code of {@code content} as an SVG document, one module per unit. */
    public static String svg(String content) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, QUIET_ZONE_MODULES,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + content.length() + " characters", e);
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** The same SVG as a {@code data:} URI for an {@code <img>}. */
    public static String svgDataUri(String content) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(content).getBytes(StandardCharsets.UTF_8));
    }
}
