package io.portalis.pylib;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Python's {@code str.encode(encoding, errors)} and {@code bytes.decode(encoding, errors)} for the codecs programs
 * use: UTF-8, UTF-16 (with byte order mark, {@code -le}, {@code -be}), Latin-1 and ASCII, with the error handlers
 * {@code strict}, {@code replace}, {@code ignore}, {@code backslashreplace} and (encoding only)
 * {@code xmlcharrefreplace}. Messages and replacement rules are CPython's.
 */
public final class Codecs {
    private Codecs() {
    }

    /**
     * The codec's canonical name as CPython prints it in messages.
     *
     * @param encoding a name as a program writes it ({@code "UTF8"}, {@code "latin_1"}...)
     * @return {@code utf-8}, {@code utf-16}, {@code utf-16-le}, {@code utf-16-be}, {@code latin-1} or {@code ascii}
     * @throws LookupError {@code unknown encoding: NAME}
     */
    public static String canonical(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (n) {
            case "utf-8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "utf-16", "utf16", "u16" -> "utf-16";
            case "utf-16-le", "utf-16le", "utf16le", "utf16-le" -> "utf-16-le";
            case "utf-16-be", "utf-16be", "utf16be", "utf16-be" -> "utf-16-be";
            case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100" ->
                    "latin-1";
            case "ascii", "us-ascii", "646", "us" -> "ascii";
            default -> throw new LookupError("unknown encoding: " + encoding);
        };
    }

    // ---------------------------------------------------------------- encode

    /**
     * {@code s.encode(encoding, errors)}.
     *
     * @param s the text
     * @param encoding the codec name
     * @param errors the error handler name
     * @return the bytes
     * @throws LookupError for an unknown codec, or an unknown error handler when an error occurs
     * @throws UnicodeEncodeError under {@code strict} for a character the codec cannot encode
     */
    public static PyBytes encode(String s, String encoding, String errors) {
        String codec = canonical(encoding);
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
        if (codec.equals("utf-16")) {
            // CPython writes a byte order mark, then the platform's order: little-endian on every JVM platform here
            out.write(0xff);
            out.write(0xfe);
        }
        int limit = switch (codec) {
            case "ascii" -> 0x80;
            case "latin-1" -> 0x100;
            default -> 0x110000;
        };
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            boolean surrogate = c >= 0xd800 && c <= 0xdfff;
            if (c < limit && !surrogate) {
                put(out, codec, c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (cps[end] >= limit || isSurrogate(cps[end]))) {
                end++;
            }
            String reason = surrogate ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
            switch (errors) {
                case "strict" -> throw encodeError(codec, cps, i, end, reason);
                case "ignore" -> {
                }
                case "replace" -> {
                    for (int k = i; k < end; k++) {
                        put(out, codec, '?');
                    }
                }
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        for (char ch : escape(cps[k]).toCharArray()) {
                            put(out, codec, ch);
                        }
                    }
                }
                case "xmlcharrefreplace" -> {
                    for (int k = i; k < end; k++) {
                        for (char ch : ("&#" + cps[k] + ";").toCharArray()) {
                            put(out, codec, ch);
                        }
                    }
                }
                default -> throw new LookupError("unknown error handler name '" + errors + "'");
            }
            i = end;
        }
        return new PyBytes(out.toByteArray());
    }

    private static boolean isSurrogate(int c) {
        return c >= 0xd800 && c <= 0xdfff;
    }

    private static void put(ByteArrayOutputStream out, String codec, int c) {
        switch (codec) {
            case "utf-8" -> {
                if (c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xc0 | c >> 6);
                    out.write(0x80 | c & 0x3f);
                } else if (c < 0x10000) {
                    out.write(0xe0 | c >> 12);
                    out.write(0x80 | c >> 6 & 0x3f);
                    out.write(0x80 | c & 0x3f);
                } else {
                    out.write(0xf0 | c >> 18);
                    out.write(0x80 | c >> 12 & 0x3f);
                    out.write(0x80 | c >> 6 & 0x3f);
                    out.write(0x80 | c & 0x3f);
                }
            }
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                boolean big = codec.equals("utf-16-be");
                if (c < 0x10000) {
                    unit(out, c, big);
                } else {
                    unit(out, Character.highSurrogate(c), big);
                    unit(out, Character.lowSurrogate(c), big);
                }
            }
            default -> out.write(c);
        }
    }

    private static void unit(ByteArrayOutputStream out, int u, boolean big) {
        if (big) {
            out.write(u >> 8);
            out.write(u & 0xff);
        } else {
            out.write(u & 0xff);
            out.write(u >> 8);
        }
    }

    /** {@code backslashreplace}'s escape of one code point. */
    private static String escape(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                : String.format("\\U%08x", c);
    }

    private static UnicodeEncodeError encodeError(String codec, int[] cps, int start, int end, String reason) {
        String what = end - start == 1 ? "character '" + escape(cps[start]) + "' in position " + start
                : "characters in position " + start + "-" + (end - 1);
        return new UnicodeEncodeError("'" + codec + "' codec can't encode " + what + ": " + reason);
    }

    // ---------------------------------------------------------------- decode

    /**
     * {@code b.decode(encoding, errors)}.
     *
     * @param data the bytes
     * @param encoding the codec name
     * @param errors the error handler name ({@code xmlcharrefreplace} is for encoding only)
     * @return the text
     * @throws LookupError for an unknown codec, or an unknown error handler when an error occurs
     * @throws UnicodeDecodeError under {@code strict} for bytes invalid in the codec
     */
    public static String decode(byte[] data, String encoding, String errors) {
        String codec = canonical(encoding);
        String order = codec;
        int i = 0;
        if (codec.equals("utf-16")) {
            // a byte order mark picks the order and is dropped; without one CPython reads the platform's order, and
            // its messages name the codec of that order
            boolean be = data.length >= 2 && (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff;
            boolean le = data.length >= 2 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe;
            order = be ? "utf-16-be" : "utf-16-le";
            i = be || le ? 2 : 0;
        }
        StringBuilder out = new StringBuilder(data.length);
        while (i < data.length) {
            int[] bad = switch (codec) {
                case "utf-8" -> utf8(data, i, out);
                case "ascii" -> (data[i] & 0xff) < 0x80 ? ok(out, data[i] & 0xff) : new int[] {i, i, 0};
                case "latin-1" -> ok(out, data[i] & 0xff);
                default -> utf16(data, i, out, order);
            };
            if (bad == null) {
                i += advance(order, data, i);
                continue;
            }
            int start = bad[0];
            int end = bad[1];
            String reason = switch (codec) {
                case "ascii" -> "ordinal not in range(128)";
                case "utf-8" -> (data[start] & 0xff) < 0xc2 || (data[start] & 0xff) > 0xf4 ? "invalid start byte"
                        : end == data.length - 1 ? "unexpected end of data" : "invalid continuation byte";
                default -> switch (bad[2]) {
                    case 1 -> "truncated data";
                    case 2 -> "unexpected end of data";
                    case 3 -> "illegal UTF-16 surrogate";
                    default -> "illegal encoding";
                };
            };
            switch (errors) {
                case "strict" -> throw decodeError(order, data, start, end, reason);
                case "ignore" -> {
                }
                case "replace" -> out.append('\ufffd');
                case "backslashreplace" -> {
                    for (int k = start; k <= end; k++) {
                        out.append(String.format("\\x%02x", data[k] & 0xff));
                    }
                }
                default -> throw new LookupError("unknown error handler name '" + errors + "'");
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static int[] ok(StringBuilder out, int c) {
        out.appendCodePoint(c);
        return null;
    }

    /** How many bytes the character just decoded at {@code i} took. */
    private static int advance(String codec, byte[] data, int i) {
        if (codec.equals("utf-8")) {
            int b0 = data[i] & 0xff;
            return b0 < 0x80 ? 1 : b0 < 0xe0 ? 2 : b0 < 0xf0 ? 3 : 4;
        }
        if (codec.startsWith("utf-16")) {
            int u = unitAt(data, i, codec);
            return Character.isHighSurrogate((char) u) ? 4 : 2;
        }
        return 1;
    }

    /**
     * Decodes one UTF-8 sequence at {@code i}, or returns the first and last byte of the maximal invalid prefix,
     * which CPython reports in one message and replaces by one U+FFFD.
     */
    private static int[] utf8(byte[] data, int i, StringBuilder out) {
        int b0 = data[i] & 0xff;
        if (b0 < 0x80) {
            return ok(out, b0);
        }
        int need;
        int lo = 0x80;
        int hi = 0xbf;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            need = 1;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            need = 2;
            lo = b0 == 0xe0 ? 0xa0 : 0x80;
            hi = b0 == 0xed ? 0x9f : 0xbf;
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            need = 3;
            lo = b0 == 0xf0 ? 0x90 : 0x80;
            hi = b0 == 0xf4 ? 0x8f : 0xbf;
        } else {
            return new int[] {i, i, 0};
        }
        int cp = b0 & (0x3f >> need);
        for (int k = 1; k <= need; k++) {
            if (i + k >= data.length) {
                return new int[] {i, data.length - 1, 0};
            }
            int b = data[i + k] & 0xff;
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xbf)) {
                return new int[] {i, i + k - 1, 0};
            }
            cp = cp << 6 | b & 0x3f;
        }
        return ok(out, cp);
    }

    private static int unitAt(byte[] data, int i, String codec) {
        boolean big = codec.equals("utf-16-be");
        int a = data[i] & 0xff;
        int b = data[i + 1] & 0xff;
        return big ? a << 8 | b : b << 8 | a;
    }

    /** Decodes one UTF-16 code unit or surrogate pair; a bad one comes back as {first, last, reason code}. */
    private static int[] utf16(byte[] data, int i, StringBuilder out, String order) {
        if (i + 1 >= data.length) {
            return new int[] {i, data.length - 1, 1};
        }
        int u = unitAt(data, i, order);
        if (Character.isHighSurrogate((char) u)) {
            if (i + 3 >= data.length) {
                return new int[] {i, data.length - 1, 2};
            }
            int v = unitAt(data, i + 2, order);
            if (!Character.isLowSurrogate((char) v)) {
                return new int[] {i, i + 1, 3};
            }
            return ok(out, Character.toCodePoint((char) u, (char) v));
        }
        if (Character.isLowSurrogate((char) u)) {
            return new int[] {i, i + 1, 4};
        }
        return ok(out, u);
    }

    private static UnicodeDecodeError decodeError(String codec, byte[] data, int start, int end, String reason) {
        String where = start == end
                ? String.format("byte 0x%02x in position %d", data[start] & 0xff, start)
                : "bytes in position " + start + "-" + end;
        return new UnicodeDecodeError("'" + codec + "' codec can't decode " + where + ": " + reason);
    }
}
