package org.centrala.recording.internal.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP Range header (RFC 9110, section 14), as a browser's audio element asks
 * for when it seeks: {@code bytes=start-end}, {@code bytes=start-} or {@code bytes=-suffix}. Several
 * ranges, or another unit, are answered with the whole file (a server may ignore Range); a range
 * that starts beyond the file is {@link Unsatisfiable}.
 */
record ByteRange(long first, long last) {
    private static final Pattern SINGLE = Pattern.compile("bytes=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

    long length() {
        return last - first + 1;
    }

    /** @return empty for the whole file */
    static Optional<ByteRange> of(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(header);
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0 || size == 0) {
                    throw unsatisfiable(size);
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (first >= size || last < first) {
                if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
                    return Optional.empty(); // invalid syntax (last before first): ignored, as RFC 9110 says
                }
                throw unsatisfiable(size);
            }
            return Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException e) {
            return Optional.empty(); // more digits than a long: not a range we can serve, so the whole file
        }
    }

    private static Unsatisfiable unsatisfiable(long size) {
        return new Unsatisfiable(size);
    }

    /** The range lies outside the file: a 416 with {@code Content-Range: bytes *}{@code /size}. */
    static final class Unsatisfiable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long size;

        Unsatisfiable(long size) {
            super("the range lies outside the " + size + " bytes of the file", null, false, false);
            this.size = size;
        }
    }
}
