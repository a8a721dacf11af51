package com.attentionlab.share;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/** A QR code of a link as an SVG document (ZXing), one dark square per module. */
public final class QrCode {

    /** QR codes hold at most about 2,900 bytes at the lowest error correction. */
    public static final int MAX_TEXT = 2_900;

    private QrCode() {
    }

    /**
     * @throws IllegalArgumentException if the text is too long for a QR code
     */
    public static String svg(String text) {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters");
        }
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code: " + e.getMessage(), e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** The SVG as a data: URI, for an {@code <img src>}. */
    public static String dataUri(String text) {
        return "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(
                svg(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
