package org.centrala.examples.sms;

/**
 * How many SMS parts a text is sent as. A text that uses only the GSM 03.38 alphabet travels as
 * GSM-7 (160 characters in one part, 153 per part when split, two for each character of the
 * extension table such as {@code €} or {@code [}); anything else travels as UCS-2 (70 in one part,
 * 67 per part when split, counted in UTF-16 code units).
 *
 * @param encoding  "GSM-7" or "UCS-2"
 * @param units     characters as the encoding counts them
 * @param segments  parts the text is sent as
 * @param remaining what still fits into the last part
 */
public record SmsSegments(String encoding, int units, int segments, int remaining) {
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public static SmsSegments of(String text) {
        int gsmUnits = 0;
        boolean gsm = true;
        for (int i = 0; i < text.length() && gsm; i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                gsmUnits++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                gsmUnits += 2;
            } else {
                gsm = false;
            }
        }
        return gsm ? split("GSM-7", gsmUnits, 160, 153) : split("UCS-2", text.length(), 70, 67);
    }

    private static SmsSegments split(String encoding, int units, int single, int perPart) {
        if (units <= single) {
            return new SmsSegments(encoding, units, units == 0 ? 0 : 1, single - units);
        }
        int segments = (units + perPart - 1) / perPart;
        return new SmsSegments(encoding, units, segments, segments * perPart - units);
    }
}
