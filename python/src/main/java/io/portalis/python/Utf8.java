package io.portalis.python;

/**
 * Checks UTF-8 where CPython decodes it: in string literals and names, not in comments. Describes a bad
 * sequence as CPython's codec does.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Returns null when bytes {@code [from, to)} are valid UTF-8, else CPython's description of the first bad
     * sequence, such as {@code "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"}, with
     * positions counted from {@code from}.
     */
    static String check(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    min2 = 0xA0;
                } else if (c == 0xED) {
                    max2 = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    min2 = 0x90;
                } else if (c == 0xF4) {
                    max2 = 0x8F;
                }
            } else {
                return describe(b, from, i, i, "invalid start byte");
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= to) {
                    return describe(b, from, i, to - 1, "unexpected end of data");
                }
                int d = b[i + k] & 0xff;
                boolean ok = k == 1 ? d >= min2 && d <= max2 : d >= 0x80 && d <= 0xBF;
                if (!ok) {
                    return describe(b, from, i, i + k - 1, "invalid continuation byte");
                }
            }
            i += need + 1;
        }
        return null;
    }

    private static String describe(byte[] b, int origin, int first, int last, String reason) {
        if (first == last) {
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[first] & 0xff,
                    first - origin, reason);
        }
        return String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", first - origin,
                last - origin, reason);
    }
}
