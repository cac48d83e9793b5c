package io.portalis.pylib;

import java.util.ArrayList;
import java.util.List;

/**
 * Python {@code str} semantics on Java {@link String}: indexing and slicing by code point, {@code repr} with
 * CPython's quoting and escaping rules, and the methods of {@code str} as static helpers taking the string first.
 *
 * <p>Python counts code points where Java counts UTF-16 units. Strings made only of characters of the Basic
 * Multilingual Plane (all of ASCII, Latin, CJK…) are indexed directly; a string holding a character beyond it
 * (an emoji, say) is indexed by code point, which costs a scan. Whitespace is Python's ({@code str.isspace}),
 * which includes U+00A0 and the separators U+001C..U+001F that Java's {@code isWhitespace} treats differently.
 */
public final class Strs {
    private Strs() {
    }

    /** Whether a code point is whitespace for {@code str.isspace}, {@code split()} and {@code strip()}. */
    static boolean isSpace(int c) {
        if (c > ' ' && c < 0x7f) {
            // printable ASCII, most of any text: never whitespace
            return false;
        }
        return switch (c) {
            case ' ', '\t', '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0x2028, 0x2029 -> true;
            default -> c > 0x7f && Character.getType(c) == Character.SPACE_SEPARATOR;
        };
    }

    private static boolean hasSurrogates(String s) {
        if (s.length() <= SHORT) {
            return scanForSurrogates(s);
        }
        return memo(s).codePoints != null;
    }

    /** Strings up to this length are scanned each time: cheaper than the memo. */
    private static final int SHORT = 64;

    /**
     * The longer string whose code points were looked at last, with its code points when it has surrogate pairs
     * (null when every char is a code point): a loop indexes or measures one string many times, and each look
     * would otherwise scan it whole.
     */
    private record Memo(String s, int[] codePoints) {
    }

    private static volatile Memo memo = new Memo("", null);

    private static Memo memo(String s) {
        Memo m = memo;
        if (m.s != s) {
            m = new Memo(s, scanForSurrogates(s) ? s.codePoints().toArray() : null);
            memo = m;
        }
        return m;
    }

    /** The code points of a string that has surrogate pairs. */
    private static int[] codePoints(String s) {
        return s.length() <= SHORT ? s.codePoints().toArray() : memo(s).codePoints;
    }

    /**
     * Whether some code point takes two chars. A lone surrogate is one char and one code point, so only pairs
     * count; and {@link String#codePointCount} answers at once for a string of Latin-1 chars (most strings), where
     * a loop over its chars would read them all.
     */
    private static boolean scanForSurrogates(String s) {
        return s.codePointCount(0, s.length()) != s.length();
    }

    /**
     * {@code len(s)}: the number of code points.
     *
     * @param s the string
     * @return its length
     */
    public static int len(String s) {
        return hasSurrogates(s) ? codePoints(s).length : s.length();
    }

    /**
     * {@code s[i]}: the one-character string at a code point index, negative counting from the end.
     *
     * @param s the string
     * @param i the index
     * @return the character as a string
     * @throws IndexError {@code string index out of range}
     */
    public static String getItem(String s, long i) {
        if (!hasSurrogates(s)) {
            long j = i < 0 ? i + s.length() : i;
            if (j < 0 || j >= s.length()) {
                throw new IndexError("string index out of range");
            }
            return ofCodePoint(s.charAt((int) j));
        }
        int[] cps = codePoints(s);
        long j = i < 0 ? i + cps.length : i;
        if (j < 0 || j >= cps.length) {
            throw new IndexError("string index out of range");
        }
        return Character.toString(cps[(int) j]);
    }

    /**
     * {@code s[start:stop:step]}, bounds as {@link Slice#of} takes them.
     *
     * @param s the string
     * @param start the start or {@code null}
     * @param stop the stop or {@code null}
     * @param step the step or {@code null}
     * @return the substring
     */
    public static String slice(String s, Long start, Long stop, Long step) {
        if (!hasSurrogates(s)) {
            Slice sl = Slice.of(s.length(), start, stop, step);
            if (sl.step() == 1) {
                return sl.length() == 0 ? "" : s.substring(sl.start(), sl.start() + sl.length());
            }
            char[] out = new char[sl.length()];
            for (int k = 0; k < out.length; k++) {
                out[k] = s.charAt(sl.index(k));
            }
            return new String(out);
        }
        int[] cps = codePoints(s);
        Slice sl = Slice.of(cps.length, start, stop, step);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < sl.length(); k++) {
            b.appendCodePoint(cps[sl.index(k)]);
        }
        return b.toString();
    }

    /**
     * The characters of a string as one-character strings, for {@code for c in s}.
     *
     * @param s the string
     * @return them
     */
    public static List<String> chars(String s) {
        List<String> out = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            out.add(ofCodePoint(c));
            i += Character.charCount(c);
        }
        return out;
    }

    /**
     * Iterates over a string's characters as one-character strings, for {@code for c in s}, without first
     * making a list of them.
     *
     * @param s the string
     * @return an iterator over its code points as strings
     */
    public static java.util.Iterator<String> iterator(String s) {
        return new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < s.length();
            }

            @Override
            public String next() {
                if (i >= s.length()) {
                    throw new java.util.NoSuchElementException();
                }
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                return ofCodePoint(c);
            }
        };
    }

    /**
     * {@code ord(c)} on any value, for calls the translator makes directly.
     *
     * @param c the argument
     * @return the code point of a one-character string, or the byte of a one-byte bytes or bytearray
     * @throws TypeError when {@code c} is none of these, or is one of another length
     */
    public static long ord(Object c) {
        if (c instanceof String s) {
            // one Java char is one code point, a lone surrogate included
            return s.length() == 1 ? s.charAt(0) : Builtins.ord(s);
        }
        int bytes = c instanceof PyBytes b ? b.len() : c instanceof PyByteArray b ? b.len() : -1;
        if (bytes == 1) {
            return c instanceof PyBytes b ? b.getItem(0) : ((PyByteArray) c).getItem(0);
        }
        if (bytes >= 0) {
            throw new TypeError("ord() expected a character, but string of length " + bytes + " found");
        }
        throw new TypeError("ord() expected string of length 1, but " + Py.typeName(c) + " found");
    }

    /**
     * The character of a str that starts at a char index, as a str: one char, or the two of a surrogate pair
     * (iterating {@code s} steps by the result's length).
     *
     * @param s the string
     * @param k the char index, below {@code s.length()}
     * @return the one-character str
     */
    public static String codePointAt(String s, int k) {
        char c = s.charAt(k);
        return c < LATIN1.length ? LATIN1[c] : ofCodePoint(s.codePointAt(k));
    }

    /** The strings of the 256 Latin-1 characters, shared as CPython shares them. */
    private static final String[] LATIN1 = new String[256];

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = String.valueOf((char) c);
        }
    }

    /**
     * The one-character string of a code point; those of Latin-1 are allocated once.
     *
     * @param c the code point
     * @return the string holding it
     */
    public static String ofCodePoint(int c) {
        return c < LATIN1.length ? LATIN1[c] : Character.toString(c);
    }

    /**
     * CPython's {@code repr(s)}: single quotes unless the string holds a single quote and no double quote;
     * backslash, the quote, {@code \n \r \t} escaped; other non-printable characters as {@code \xhh},
     * {@code \\uhhhh} or {@code \Uhhhhhhhh}; printable non-ASCII characters kept.
     *
     * @param s the string
     * @return the quoted representation
     */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c >= 0x20 && c < 0x7f) {
                b.append((char) c);
            } else if (c < 0x7f || !isPrintable(c)) {
                if (c < 0x100) {
                    b.append(String.format("\\x%02x", c));
                } else if (c < 0x10000) {
                    b.append(String.format("\\u%04x", c));
                } else {
                    b.append(String.format("\\U%08x", c));
                }
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.append(quote).toString();
    }

    /**
     * Code points (inclusive start, end pairs) that the JDK's Unicode 16 database assigns but CPython 3.11's
     * Unicode 14.0 database does not: CPython treats them as unassigned, hence unprintable (repr escapes them).
     * Found by comparing {@code str.isprintable} with {@link #isPrintable} over every code point.
     */
    private static final int[] NEWER_THAN_UNICODE_14 = {
            0x897, 0x897, 0xCF3, 0xCF3, 0xECE, 0xECE, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A,
            0x2427, 0x2429, 0x2FFC, 0x2FFF, 0x31E4, 0x31E5, 0x31EF, 0x31EF, 0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC,
            0x105C0, 0x105F3, 0x10D40, 0x10D65, 0x10D69, 0x10D85, 0x10D8E, 0x10D8F, 0x10EC2, 0x10EC4,
            0x10EFC, 0x10EFF, 0x1123F, 0x11241, 0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E,
            0x11390, 0x113B5, 0x113B7, 0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA,
            0x113CC, 0x113D5, 0x113D7, 0x113D8, 0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11B00, 0x11B09,
            0x11BC0, 0x11BE1, 0x11BF0, 0x11BF9, 0x11F00, 0x11F10, 0x11F12, 0x11F3A, 0x11F3E, 0x11F5A,
            0x1342F, 0x1342F, 0x13440, 0x13455, 0x13460, 0x143FA, 0x16100, 0x16139, 0x16D40, 0x16D79,
            0x18CFF, 0x18CFF, 0x1B132, 0x1B132, 0x1B155, 0x1B155, 0x1CC00, 0x1CCF9, 0x1CD00, 0x1CEB3,
            0x1D2C0, 0x1D2D3, 0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E08F, 0x1E08F, 0x1E4D0, 0x1E4F9,
            0x1E5D0, 0x1E5FA, 0x1E5FF, 0x1E5FF, 0x1F6DC, 0x1F6DC, 0x1F774, 0x1F776, 0x1F77B, 0x1F77F,
            0x1F7D9, 0x1F7D9, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1FA75, 0x1FA77, 0x1FA87, 0x1FA89,
            0x1FA8F, 0x1FA8F, 0x1FAAD, 0x1FAAF, 0x1FABB, 0x1FABF, 0x1FAC6, 0x1FAC6, 0x1FACE, 0x1FACF,
            0x1FADA, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE8, 0x1FAE9, 0x1FAF7, 0x1FAF8, 0x1FBCB, 0x1FBEF,
            0x2B739, 0x2B739, 0x2EBF0, 0x2EE5D, 0x31350, 0x323AF
    };

    private static boolean newerThanUnicode14(int c) {
        int lo = 0;
        int hi = NEWER_THAN_UNICODE_14.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < NEWER_THAN_UNICODE_14[2 * mid]) {
                hi = mid - 1;
            } else if (c > NEWER_THAN_UNICODE_14[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Python's notion of a printable code point: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs but space. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        if (c >= 0x897 && newerThanUnicode14(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * Python's {@code hash(s)}: Java's string hash (CPython randomises its own per process).
     *
     * @param s the string
     * @return the hash
     */
    public static long hash(String s) {
        long h = s.hashCode();
        return h == -1 ? -2 : h;
    }

    /**
     * Compares strings by code point, as Python orders them (Java's {@code compareTo} orders by UTF-16 unit,
     * which differs for characters beyond the BMP).
     *
     * @param a left
     * @param b right
     * @return negative, zero or positive
     */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /**
     * {@code s * n}.
     *
     * @param s the string
     * @param n the count (negative gives "")
     * @return the repetition
     */
    public static String repeat(String s, long n) {
        if (n <= 0) {
            return "";
        }
        if (n * (long) s.length() > Integer.MAX_VALUE - 8) {
            throw new MemoryError();
        }
        return s.repeat((int) n);
    }

    // ---------------------------------------------------------------- stripping and splitting

    /**
     * {@code s.strip()}.
     *
     * @param s the string
     * @return without leading and trailing whitespace
     */
    public static String strip(String s) {
        return strip(s, null);
    }

    /**
     * {@code s.strip(chars)}.
     *
     * @param s the string
     * @param chars the characters to remove, or {@code null} for whitespace
     * @return the result
     */
    public static String strip(String s, String chars) {
        int i = stripStart(s, chars);
        return s.substring(i, Math.max(i, stripEnd(s, chars)));
    }

    /**
     * {@code s.lstrip()}.
     *
     * @param s the string
     * @return without leading whitespace
     */
    public static String lstrip(String s) {
        return lstrip(s, null);
    }

    /**
     * {@code s.lstrip(chars)}.
     *
     * @param s the string
     * @param chars the characters, or {@code null} for whitespace
     * @return the result
     */
    public static String lstrip(String s, String chars) {
        return s.substring(stripStart(s, chars));
    }

    /** Where {@code s.lstrip(chars)} begins; {@code chars} null for whitespace. */
    private static int stripStart(String s, String chars) {
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (chars == null ? !isSpace(c) : !holds(chars, c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** Whether code point {@code c} is one of {@code chars}: a lone surrogate is not half of one of its pairs. */
    private static boolean holds(String chars, int c) {
        return c < Character.MIN_SUPPLEMENTARY_CODE_POINT && Character.isSurrogate((char) c)
                ? indexOf(chars, Character.toString(c), 0, true) >= 0 : chars.indexOf(c) >= 0;
    }

    /** Where {@code s.rstrip(chars)} ends; {@code chars} null for whitespace. */
    private static int stripEnd(String s, String chars) {
        int i = s.length();
        while (i > 0) {
            int c = s.codePointBefore(i);
            if (chars == null ? !isSpace(c) : !holds(chars, c)) {
                break;
            }
            i -= Character.charCount(c);
        }
        return i;
    }

    /**
     * {@code s.rstrip()}.
     *
     * @param s the string
     * @return without trailing whitespace
     */
    public static String rstrip(String s) {
        return rstrip(s, null);
    }

    /**
     * {@code s.rstrip(chars)}.
     *
     * @param s the string
     * @param chars the characters, or {@code null} for whitespace
     * @return the result
     */
    public static String rstrip(String s, String chars) {
        return s.substring(0, stripEnd(s, chars));
    }

    /**
     * {@code s.split()}: runs of whitespace separate, empty strings dropped.
     *
     * @param s the string
     * @return the words
     */
    public static PyList<String> split(String s) {
        return split(s, null, -1);
    }

    /**
     * {@code s.split(sep)}.
     *
     * @param s the string
     * @param sep the separator, or {@code null} for whitespace
     * @return the parts
     */
    public static PyList<String> split(String s, String sep) {
        return split(s, sep, -1);
    }

    /**
     * {@code s.split(sep, maxsplit)}.
     *
     * @param s the string
     * @param sep the separator, or {@code null} for runs of whitespace
     * @param maxsplit the most splits to do, negative for no limit
     * @return the parts
     * @throws ValueError {@code empty separator}
     */
    public static PyList<String> split(String s, String sep, long maxsplit) {
        PyList<String> out = new PyList<>();
        Parts parts = parts(s, sep, maxsplit);
        for (String part; (part = parts.next()) != null; ) {
            out.add(part);
        }
        return out;
    }

    /**
     * The parts of {@code s.split()}, one at a time (see {@link Parts}).
     *
     * @param s the string
     * @return its words, as {@link #split(String)} lists them
     */
    public static Parts parts(String s) {
        return new Parts(s, null, -1);
    }

    /**
     * The parts of {@code s.split(sep)}, one at a time (see {@link Parts}).
     *
     * @param s the string
     * @param sep the separator, or {@code null} for runs of whitespace
     * @return its parts, as {@link #split(String, String)} lists them
     * @throws ValueError {@code empty separator}, at once
     */
    public static Parts parts(String s, String sep) {
        return new Parts(s, sep, -1);
    }

    /**
     * The parts of {@code s.split(sep, maxsplit)}, one at a time (see {@link Parts}).
     *
     * @param s the string
     * @param sep the separator, or {@code null} for runs of whitespace
     * @param maxsplit the most splits to do, negative for no limit
     * @return its parts, as {@link #split(String, String, long)} lists them
     * @throws ValueError {@code empty separator}, at once
     */
    public static Parts parts(String s, String sep, long maxsplit) {
        return new Parts(s, sep, maxsplit);
    }

    /**
     * The parts of a {@code split} of one string, found as a loop asks for them. A loop over {@code s.split()}
     * cannot tell this from the list CPython builds first, since nothing else can reach that list and a str does
     * not change: the parts and their order are the same, and an empty separator fails before the first one. The
     * list of a large text's words never exists, nor its growth, nor its survival through collections.
     */
    public static final class Parts {
        private final String s;
        private final String sep;
        private final boolean guarded;
        /** Splits still allowed; {@code Long.MAX_VALUE} for no limit. */
        private long left;
        /** Where the rest begins. */
        private int i;
        private boolean done;

        private Parts(String s, String sep, long maxsplit) {
            if (sep != null && sep.isEmpty()) {
                throw new ValueError("empty separator");
            }
            this.s = s;
            this.sep = sep;
            this.guarded = sep != null && mayHalvePair(sep);
            this.left = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        }

        /**
         * The next part.
         *
         * @return the part, or {@code null} after the last one
         */
        public String next() {
            if (sep == null) {
                int n = s.length();
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    return null;
                }
                int j = n;
                if (left > 0) {
                    left--;
                    j = i;
                    while (j < n && !isSpace(s.charAt(j))) {
                        j++;
                    }
                }
                // past the last split the rest is kept as it is, trailing whitespace included
                String part = s.substring(i, j);
                i = j;
                return part;
            }
            if (done) {
                return null;
            }
            if (left > 0) {
                int j = indexOf(s, sep, i, guarded);
                if (j >= 0) {
                    left--;
                    String part = s.substring(i, j);
                    i = j + sep.length();
                    return part;
                }
            }
            done = true;
            return s.substring(i);
        }
    }

    /**
     * {@code s.rsplit(sep, maxsplit)}.
     *
     * @param s the string
     * @param sep the separator, or {@code null} for whitespace
     * @param maxsplit the most splits, from the right; negative for no limit
     * @return the parts
     */
    public static PyList<String> rsplit(String s, String sep, long maxsplit) {
        if (maxsplit < 0) {
            return split(s, sep, -1);
        }
        PyList<String> out = new PyList<>();
        if (sep == null) {
            int j = s.length();
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    // the rest is kept as it is, leading whitespace included
                    out.add(s.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) {
                    i--;
                }
                out.add(s.substring(i, j));
                j = i;
            }
        } else {
            if (sep.isEmpty()) {
                throw new ValueError("empty separator");
            }
            boolean guarded = mayHalvePair(sep);
            int j = s.length();
            while (out.size() < maxsplit) {
                int i = lastIndexOf(s, sep, j - sep.length(), guarded);
                if (i < 0) {
                    break;
                }
                out.add(s.substring(i + sep.length(), j));
                j = i;
            }
            out.add(s.substring(0, j));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * {@code s.splitlines()}: splits at Python's line boundaries, dropping them.
     *
     * @param s the string
     * @return the lines
     */
    public static PyList<String> splitlines(String s) {
        return splitlines(s, false);
    }

    /**
     * {@code s.splitlines(keepends)}.
     *
     * @param s the string
     * @param keepends whether to keep line ends
     * @return the lines
     */
    public static PyList<String> splitlines(String s, boolean keepends) {
        PyList<String> out = new PyList<>();
        int i = 0;
        int start = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int eol = -1;
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                eol = i + 2;
            } else if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                    || c == 0x85 || c == 0x2028 || c == 0x2029) {
                eol = i + 1;
            }
            if (eol >= 0) {
                out.add(s.substring(start, keepends ? eol : i));
                start = eol;
                i = eol;
            } else {
                i++;
            }
        }
        if (start < n) {
            out.add(s.substring(start));
        }
        return out;
    }

    /**
     * {@code sep.join(items)}.
     *
     * @param sep the separator
     * @param items the strings
     * @return the joined string
     * @throws TypeError {@code sequence item 0: expected str instance, int found}
     */
    public static String join(String sep, Iterable<?> items) {
        if (items instanceof List<?> list && list instanceof java.util.RandomAccess) {
            return joinList(sep, list);
        }
        // as CPython, take every item before looking at any: a generator runs to its end before a bad item raises
        List<Object> all = new ArrayList<>();
        for (Object o : Py.iterable(items)) {
            all.add(o);
        }
        return joinList(sep, all);
    }

    /**
     * {@link #join} of a list: sized once, so the text is copied once into the builder (a loop that the joins of
     * short texts keep compiled, where the JDK's own join of a long text would start cold); a single item is
     * returned itself, as CPython returns a lone exact str.
     */
    private static String joinList(String sep, List<?> items) {
        int n = items.size();
        long length = (long) sep.length() * Math.max(0, n - 1);
        for (int k = 0; k < n; k++) {
            if (!(items.get(k) instanceof String str)) {
                throw new TypeError("sequence item " + k + ": expected str instance, " + Py.typeName(items.get(k))
                        + " found");
            }
            length += str.length();
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new MemoryError();
        }
        if (n == 1) {
            return (String) items.get(0);
        }
        StringBuilder b = new StringBuilder((int) length);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                b.append(sep);
            }
            b.append((String) items.get(k));
        }
        return b.toString();
    }

    /**
     * {@code s.partition(sep)}.
     *
     * @param s the string
     * @param sep the separator
     * @return (head, sep, tail)
     */
    public static PyTuple partition(String s, String sep) {
        if (sep.isEmpty()) {
            throw new ValueError("empty separator");
        }
        int i = indexOf(s, sep, 0, mayHalvePair(sep));
        return i < 0 ? PyTuple.of(s, "", "") : PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    /**
     * {@code s.rpartition(sep)}.
     *
     * @param s the string
     * @param sep the separator
     * @return (head, sep, tail)
     */
    public static PyTuple rpartition(String s, String sep) {
        if (sep.isEmpty()) {
            throw new ValueError("empty separator");
        }
        int i = lastIndexOf(s, sep, s.length(), mayHalvePair(sep));
        return i < 0 ? PyTuple.of("", "", s) : PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    // ---------------------------------------------------------------- searching

    /*
     * A Python str is a sequence of code points, kept here as UTF-16: an astral character is one code point but two
     * chars, while a lone surrogate (which a str may hold) is one char. A char-wise match may then begin or end
     * inside a pair, where Python sees no such substring. Only a needle that begins with a low surrogate or ends
     * with a high one can match so; the searches below look at the needle once, and only for such a needle look
     * at the ends of each match.
     */

    /** Whether a match of {@code sub} could begin or end inside a surrogate pair. */
    private static boolean mayHalvePair(String sub) {
        int n = sub.length();
        return n > 0 && (Character.isLowSurrogate(sub.charAt(0)) || Character.isHighSurrogate(sub.charAt(n - 1)));
    }

    /** Whether chars [i, i + n) of {@code s}, n > 0, begin and end on code point boundaries. */
    private static boolean whole(String s, int i, int n) {
        int end = i + n;
        return !(i > 0 && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1)))
                && !(end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))
                        && Character.isLowSurrogate(s.charAt(end)));
    }

    /**
     * The first char index at or after {@code from} where {@code sub} matches whole code points, or -1;
     * {@code guarded} as {@link #mayHalvePair} says of {@code sub}.
     */
    private static int indexOf(String s, String sub, int from, boolean guarded) {
        return guarded ? indexOfWhole(s, sub, from) : s.indexOf(sub, from);
    }

    private static int indexOfWhole(String s, String sub, int from) {
        int i = s.indexOf(sub, from);
        while (i >= 0 && !whole(s, i, sub.length())) {
            i = s.indexOf(sub, i + 1);
        }
        return i;
    }

    /** The last char index at or before {@code from} where {@code sub} matches whole code points, or -1. */
    private static int lastIndexOf(String s, String sub, int from, boolean guarded) {
        return guarded ? lastIndexOfWhole(s, sub, from) : s.lastIndexOf(sub, from);
    }

    private static int lastIndexOfWhole(String s, String sub, int from) {
        int i = s.lastIndexOf(sub, from);
        while (i >= 0 && !whole(s, i, sub.length())) {
            i = s.lastIndexOf(sub, i - 1);
        }
        return i;
    }

    /**
     * Python's {@code sub in s}.
     *
     * @param s the string searched
     * @param sub the substring
     * @return whether {@code sub} occurs in {@code s} as a run of its code points
     */
    public static boolean contains(String s, String sub) {
        return indexOf(s, sub, 0, mayHalvePair(sub)) >= 0;
    }

    /** Whether {@code s} begins with {@code p}, its last code point whole (its first begins {@code s}). */
    private static boolean startsWith(String s, String p) {
        int n = p.length();
        return s.startsWith(p) && (n == 0 || !Character.isHighSurrogate(p.charAt(n - 1)) || n == s.length()
                || !Character.isLowSurrogate(s.charAt(n)));
    }

    /** Whether {@code s} ends with {@code p}, its first code point whole (its last ends {@code s}). */
    private static boolean endsWith(String s, String p) {
        int n = p.length();
        int k = s.length() - n;
        return s.endsWith(p) && (n == 0 || !Character.isLowSurrogate(p.charAt(0)) || k == 0
                || !Character.isHighSurrogate(s.charAt(k - 1)));
    }

    private static int cpToChar(String s, long cpIndex) {
        return hasSurrogates(s) ? s.offsetByCodePoints(0, (int) cpIndex) : (int) cpIndex;
    }

    private static long charToCp(String s, int charIndex) {
        return charIndex < 0 || !hasSurrogates(s) ? charIndex : s.codePointCount(0, charIndex);
    }

    /**
     * {@code s.find(sub)}.
     *
     * @param s the string
     * @param sub the substring
     * @return its first index, or -1
     */
    public static long find(String s, String sub) {
        return charToCp(s, indexOf(s, sub, 0, mayHalvePair(sub)));
    }

    /**
     * {@code s.find(sub, start, end)}.
     *
     * @param s the string
     * @param sub the substring
     * @param start the start, or {@code null}
     * @param end the end, or {@code null}
     * @return the first index within [start, end), or -1
     */
    public static long find(String s, String sub, Long start, Long end) {
        Slice sl = Slice.of(len(s), start, end, null);
        if (sl.stop() < sl.start() || start != null && start > len(s)) {
            // CPython finds nothing, not even the empty string, in a range that ends before it starts
            return -1;
        }
        int from = cpToChar(s, sl.start());
        int to = cpToChar(s, Math.max(sl.start(), sl.stop()));
        int i = indexOf(s.substring(0, to), sub, from, mayHalvePair(sub));
        if (i < 0 && sub.isEmpty() && from == to && start != null && start <= len(s)) {
            return sl.start();
        }
        return charToCp(s, i);
    }

    /**
     * {@code s.rfind(sub)}.
     *
     * @param s the string
     * @param sub the substring
     * @return its last index, or -1
     */
    public static long rfind(String s, String sub) {
        return charToCp(s, lastIndexOf(s, sub, s.length(), mayHalvePair(sub)));
    }

    /**
     * {@code s.index(sub)}.
     *
     * @param s the string
     * @param sub the substring
     * @return its first index
     * @throws ValueError {@code substring not found}
     */
    public static long index(String s, String sub) {
        long i = find(s, sub);
        if (i < 0) {
            throw new ValueError("substring not found");
        }
        return i;
    }

    /**
     * {@code s.rindex(sub)}.
     *
     * @param s the string
     * @param sub the substring
     * @return its last index
     * @throws ValueError {@code substring not found}
     */
    public static long rindex(String s, String sub) {
        long i = rfind(s, sub);
        if (i < 0) {
            throw new ValueError("substring not found");
        }
        return i;
    }

    /**
     * {@code s.count(sub)}: non-overlapping occurrences.
     *
     * @param s the string
     * @param sub the substring
     * @return the count
     */
    public static long count(String s, String sub) {
        if (sub.isEmpty()) {
            return len(s) + 1L;
        }
        long n = 0;
        int i = 0;
        if (sub.length() == 1 && !Character.isSurrogate(sub.charAt(0))) {
            // the search for one char is the one the strip and find helpers have already made hot
            char c = sub.charAt(0);
            while ((i = s.indexOf(c, i)) >= 0) {
                n++;
                i++;
            }
            return n;
        }
        boolean guarded = mayHalvePair(sub);
        while ((i = indexOf(s, sub, i, guarded)) >= 0) {
            n++;
            i += sub.length();
        }
        return n;
    }

    /**
     * {@code s.startswith(prefix)}; a {@link PyTuple} of prefixes matches any.
     *
     * @param s the string
     * @param prefix a str or tuple of str
     * @return whether it matches
     * @throws TypeError when prefix is not a str or a tuple of str (CPython's message)
     */
    public static boolean startswith(String s, Object prefix) {
        if (prefix instanceof PyTuple t) {
            for (Object p : t) {
                if (!(p instanceof String str)) {
                    throw new TypeError("tuple for startswith must only contain str, not " + Py.typeName(p));
                }
                if (startsWith(s, str)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof String str)) {
            throw new TypeError("startswith first arg must be str or a tuple of str, not " + Py.typeName(prefix));
        }
        return startsWith(s, str);
    }

    /**
     * {@code s.endswith(suffix)}; a {@link PyTuple} of suffixes matches any.
     *
     * @param s the string
     * @param suffix a str or tuple of str
     * @return whether it matches
     * @throws TypeError when suffix is not a str or a tuple of str (CPython's message)
     */
    public static boolean endswith(String s, Object suffix) {
        if (suffix instanceof PyTuple t) {
            for (Object p : t) {
                if (!(p instanceof String str)) {
                    throw new TypeError("tuple for endswith must only contain str, not " + Py.typeName(p));
                }
                if (endsWith(s, str)) {
                    return true;
                }
            }
            return false;
        }
        if (!(suffix instanceof String str)) {
            throw new TypeError("endswith first arg must be str or a tuple of str, not " + Py.typeName(suffix));
        }
        return endsWith(s, str);
    }

    /**
     * {@code s.replace(old, new)}.
     *
     * @param s the string
     * @param old the text to replace
     * @param repl its replacement
     * @return the result
     */
    public static String replace(String s, String old, String repl) {
        return replace(s, old, repl, -1);
    }

    /**
     * {@code s.replace(old, new, count)}; an empty {@code old} inserts between every character, as in Python.
     *
     * @param s the string
     * @param old the text to replace
     * @param repl its replacement
     * @param count the most replacements, negative for all
     * @return the result
     */
    public static String replace(String s, String old, String repl, long count) {
        long max = count < 0 ? Long.MAX_VALUE : count;
        StringBuilder b = new StringBuilder();
        if (old.isEmpty()) {
            long n = 0;
            int i = 0;
            while (i <= s.length()) {
                if (n < max) {
                    b.append(repl);
                    n++;
                }
                if (i == s.length()) {
                    break;
                }
                int c = s.codePointAt(i);
                b.appendCodePoint(c);
                i += Character.charCount(c);
            }
            return b.toString();
        }
        if (mayHalvePair(old)) {
            return replaceWhole(s, old, repl, max);
        }
        int i = 0;
        long n = 0;
        while (n < max) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            b.append(s, i, j).append(repl);
            i = j + old.length();
            n++;
        }
        return b.append(s, i, s.length()).toString();
    }

    /**
     * {@link #replace} of a needle that could match half of a surrogate pair, apart so that the loop of every
     * other needle stays as short as it was: a guarded search inside that loop measurably slowed it.
     */
    private static String replaceWhole(String s, String old, String repl, long max) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (long n = 0; n < max; n++) {
            int j = indexOfWhole(s, old, i);
            if (j < 0) {
                break;
            }
            b.append(s, i, j).append(repl);
            i = j + old.length();
        }
        return b.append(s, i, s.length()).toString();
    }

    /**
     * {@code s.removeprefix(p)}.
     *
     * @param s the string
     * @param p the prefix
     * @return without it
     */
    public static String removeprefix(String s, String p) {
        return startsWith(s, p) ? s.substring(p.length()) : s;
    }

    /**
     * {@code s.removesuffix(p)}.
     *
     * @param s the string
     * @param p the suffix
     * @return without it
     */
    public static String removesuffix(String s, String p) {
        return !p.isEmpty() && endsWith(s, p) ? s.substring(0, s.length() - p.length()) : s;
    }

    // ---------------------------------------------------------------- case and classification

    /**
     * {@code s.upper()}.
     *
     * @param s the string
     * @return upper case (full Unicode mapping, so ß becomes SS)
     */
    public static String upper(String s) {
        return s.toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * {@code s.lower()}.
     *
     * @param s the string
     * @return lower case
     */
    public static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * {@code s.casefold()}.
     *
     * @param s the string
     * @return the caseless form (lower case, with ß as ss)
     */
    public static String casefold(String s) {
        // Full case folding, as the upper-case mapping lowered again per character (no final-sigma context),
        // except for dotless i, which folds to itself outside Turkic locales.
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x131) {
                b.appendCodePoint(c);
                return;
            }
            String up = Character.toString(c).toUpperCase(java.util.Locale.ROOT);
            up.codePoints().forEach(u -> b.append(Character.toString(u).toLowerCase(java.util.Locale.ROOT)));
        });
        return b.toString();
    }

    /**
     * {@code s.swapcase()}.
     *
     * @param s the string
     * @return with each letter's case swapped
     */
    public static String swapcase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isUpperCase(c)) {
                b.append(lowerAt(s, i, c));
            } else if (Character.isLowerCase(c)) {
                b.append(Character.toString(c).toUpperCase(java.util.Locale.ROOT));
            } else {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** Python's "cased" property: upper, lower or title case, including Other_Uppercase and Other_Lowercase. */
    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** The lower case of the character at {@code i}, with the Greek final sigma rule that Python applies. */
    private static String lowerAt(String s, int i, int c) {
        if (c == 0x3A3) {
            boolean casedBefore = i > 0 && isCased(s.codePointBefore(i));
            int next = i + 1;
            boolean casedAfter = next < s.length() && isCased(s.codePointAt(next));
            return casedBefore && !casedAfter ? "\u03C2" : "\u03C3";
        }
        return Character.toString(c).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The full title case of a character, as Python's: ß becomes "Ss", ﬁ "Fi" and ŉ "ʼN", while ᾳ, whose upper
     * case is "ΑΙ", has a title case of its own, ᾼ. A character with a title case of one character (or that is
     * one) keeps to it; the others take their full upper case up to its first cased character and the rest lowered,
     * which is SpecialCasing's title form for each of them.
     */
    private static String titleFull(int c) {
        int simple = Character.toTitleCase(c);
        String up = simple != c || Character.isTitleCase(c) ? null
                : Character.toString(c).toUpperCase(java.util.Locale.ROOT);
        if (up == null || up.codePointCount(0, up.length()) <= 1) {
            return Character.toString(simple);
        }
        int end = 0;
        while (end < up.length()) {
            int d = up.codePointAt(end);
            end += Character.charCount(d);
            if (isCased(d)) {
                break;
            }
        }
        String rest = up.substring(end).toLowerCase(java.util.Locale.ROOT);
        if (rest.indexOf('\u03b9') >= 0 && java.text.Normalizer.normalize(Character.toString(c),
                java.text.Normalizer.Form.NFD).indexOf('\u0345') >= 0) {
            // a Greek vowel's iota subscript stays the combining ypogegrammeni in title case (ᾲ is "Ὰͅ")
            rest = rest.replace('\u03b9', '\u0345');
        }
        return up.substring(0, end) + rest;
    }

    /**
     * {@code s.capitalize()}.
     *
     * @param s the string
     * @return first character title-cased, the rest lower case
     */
    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        if (first < 0x80) {
            // an ASCII first character title-cases to one character, and the rest lowers as lower() lowers it
            // (in the context of the whole string, as CPython's final sigma rule wants)
            String lower = lower(s);
            char title = first >= 'a' && first <= 'z' ? (char) (first - ('a' - 'A')) : first;
            if (lower == s && title == first) {
                return s;
            }
            return new StringBuilder(lower.length()).append(title).append(lower, 1, lower.length()).toString();
        }
        int c = s.codePointAt(0);
        StringBuilder b = new StringBuilder(titleFull(c));
        for (int i = Character.charCount(c); i < s.length(); ) {
            int d = s.codePointAt(i);
            b.append(lowerAt(s, i, d));
            i += Character.charCount(d);
        }
        return b.toString();
    }


    /**
     * {@code s.title()}.
     *
     * @param s the string
     * @return each word (run of cased letters) capitalised
     */
    public static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            b.append(previousCased ? lowerAt(s, i, c) : titleFull(c));
            previousCased = isCased(c);
            i += Character.charCount(c);
        }
        return b.toString();
    }

    private interface CodePointTest {
        boolean test(int c);
    }

    private static boolean all(String s, CodePointTest t) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!t.test(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * {@code s.isdigit()}.
     *
     * @param s the string
     * @return whether non-empty and all digits
     */
    public static boolean isdigit(String s) {
        return all(s, c -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER
                && Character.getNumericValue(c) >= 0 && Character.getNumericValue(c) <= 9);
    }

    /**
     * {@code s.isdecimal()}.
     *
     * @param s the string
     * @return whether non-empty and all decimal digits
     */
    public static boolean isdecimal(String s) {
        return all(s, Character::isDigit);
    }

    /**
     * {@code s.isnumeric()}.
     *
     * @param s the string
     * @return whether non-empty and all numeric characters
     */
    public static boolean isnumeric(String s) {
        return all(s, c -> {
            int t = Character.getType(c);
            return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER
                    || Character.isIdeographic(c) && Character.getNumericValue(c) >= 0;
        });
    }

    /**
     * {@code s.isalpha()}.
     *
     * @param s the string
     * @return whether non-empty and all letters
     */
    public static boolean isalpha(String s) {
        return all(s, Character::isLetter);
    }

    /**
     * {@code s.isalnum()}.
     *
     * @param s the string
     * @return whether non-empty and all letters or digits
     */
    public static boolean isalnum(String s) {
        return all(s, c -> Character.isLetter(c) || Character.isDigit(c)
                || Character.getType(c) == Character.OTHER_NUMBER || Character.getType(c) == Character.LETTER_NUMBER);
    }

    /**
     * {@code s.isspace()}.
     *
     * @param s the string
     * @return whether non-empty and all whitespace
     */
    public static boolean isspace(String s) {
        return all(s, Strs::isSpace);
    }

    /**
     * {@code s.isascii()}.
     *
     * @param s the string
     * @return whether every character is ASCII (true for "")
     */
    public static boolean isascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code s.isupper()}.
     *
     * @param s the string
     * @return whether it has a cased character and no lower-case one
     */
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
        }
        return cased;
    }

    /**
     * {@code s.islower()}.
     *
     * @param s the string
     * @return whether it has a cased character and no upper-case one
     */
    public static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isLowerCase(c);
        }
        return cased;
    }

    /**
     * {@code s.istitle()}.
     *
     * @param s the string
     * @return whether it is non-empty and in title case
     */
    public static boolean istitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /**
     * {@code s.isidentifier()}.
     *
     * @param s the string
     * @return whether it is a valid Python identifier
     */
    public static boolean isidentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(Character.isLetter(first) || first == '_' || Character.getType(first) == Character.LETTER_NUMBER)) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(c -> Character.isLetterOrDigit(c) || c == '_'
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || Character.getType(c) == Character.CONNECTOR_PUNCTUATION
                || Character.getType(c) == Character.LETTER_NUMBER);
    }

    /**
     * {@code s.isprintable()}.
     *
     * @param s the string
     * @return whether every character is printable (true for "")
     */
    public static boolean isprintable(String s) {
        return s.codePoints().allMatch(Strs::isPrintable);
    }

    // ---------------------------------------------------------------- padding

    private static String pad(String s, long width, String fill, int align) {
        if (fill.codePointCount(0, fill.length()) != 1) {
            throw new TypeError("The fill character must be exactly one character long");
        }
        int n = len(s);
        if (width <= n) {
            return s;
        }
        int total = (int) (width - n);
        int left = align < 0 ? 0 : align > 0 ? total : total / 2 + (total & (int) width & 1);
        return fill.repeat(left) + s + fill.repeat(total - left);
    }

    /**
     * {@code s.center(width, fill)}, placing the odd extra fill character as CPython does.
     *
     * @param s the string
     * @param width the width
     * @param fill one character
     * @return the padded string
     */
    public static String center(String s, long width, String fill) {
        return pad(s, width, fill, 0);
    }

    /**
     * {@code s.center(width)}.
     *
     * @param s the string
     * @param width the width
     * @return the padded string
     */
    public static String center(String s, long width) {
        return pad(s, width, " ", 0);
    }

    /**
     * {@code s.ljust(width, fill)}.
     *
     * @param s the string
     * @param width the width
     * @param fill one character
     * @return the padded string
     */
    public static String ljust(String s, long width, String fill) {
        return pad(s, width, fill, -1);
    }

    /**
     * {@code s.ljust(width)}.
     *
     * @param s the string
     * @param width the width
     * @return the padded string
     */
    public static String ljust(String s, long width) {
        return pad(s, width, " ", -1);
    }

    /**
     * {@code s.rjust(width, fill)}.
     *
     * @param s the string
     * @param width the width
     * @param fill one character
     * @return the padded string
     */
    public static String rjust(String s, long width, String fill) {
        return pad(s, width, fill, 1);
    }

    /**
     * {@code s.rjust(width)}.
     *
     * @param s the string
     * @param width the width
     * @return the padded string
     */
    public static String rjust(String s, long width) {
        return pad(s, width, " ", 1);
    }

    /**
     * {@code s.zfill(width)}: zeros after any sign.
     *
     * @param s the string
     * @param width the width
     * @return the padded string
     */
    public static String zfill(String s, long width) {
        int n = len(s);
        if (width <= n) {
            return s;
        }
        String zeros = "0".repeat((int) (width - n));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    /**
     * {@code s.expandtabs(tabsize)}.
     *
     * @param s the string
     * @param tabsize the tab width
     * @return with tabs expanded
     */
    public static String expandtabs(String s, long tabsize) {
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    int spaces = (int) (tabsize - col % tabsize);
                    b.repeat(' ', spaces);
                    col += spaces;
                }
            } else {
                b.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return b.toString();
    }

    /**
     * {@code str.maketrans(from, to, delete)}: a table mapping the code points of {@code from} to those of
     * {@code to}, and those of {@code delete} to None.
     *
     * @param from the characters to replace
     * @param to their replacements, as long as {@code from}
     * @param delete the characters to delete, or {@code null}
     * @return the table, {ord: ord or None}
     * @throws ValueError {@code the first two maketrans arguments must have equal length}
     */
    public static PyDict<Object, Object> maketrans(String from, String to, String delete) {
        int[] f = from.codePoints().toArray();
        int[] t = to.codePoints().toArray();
        if (f.length != t.length) {
            throw new ValueError("the first two maketrans arguments must have equal length");
        }
        PyDict<Object, Object> table = new PyDict<>();
        for (int k = 0; k < f.length; k++) {
            table.setItem((long) f[k], (long) t[k]);
        }
        if (delete != null) {
            delete.codePoints().forEach(c -> table.setItem((long) c, null));
        }
        return table;
    }

    /**
     * {@code str.maketrans(mapping)}: one-character string keys become code points.
     *
     * @param mapping characters or code points to strings, code points or None
     * @return the table
     */
    public static PyDict<Object, Object> maketrans(PyDict<?, ?> mapping) {
        PyDict<Object, Object> table = new PyDict<>();
        for (var e : mapping.entries()) {
            Object k = e.getKey() instanceof String str ? (Object) Builtins.ord(str) : e.getKey();
            table.setItem(k, e.getValue());
        }
        return table;
    }

    /**
     * {@code s.translate(table)}: each character looked up by code point; absent ones are kept, None deletes,
     * an int or a string replaces.
     *
     * @param s the string
     * @param table the table
     * @return the translated string
     */
    public static String translate(String s, PyDict<?, ?> table) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            Long key = (long) c;
            if (!table.contains(key)) {
                b.appendCodePoint(c);
                return;
            }
            Object v = table.get(key);
            if (v instanceof String str) {
                b.append(str);
            } else if (v != null) {
                b.appendCodePoint((int) Ints.toLong(v));
            }
        });
        return b.toString();
    }

    /**
     * {@code s.format_map(mapping)}.
     *
     * @param s the format string
     * @param mapping the fields by name
     * @return the formatted string
     */
    public static String formatMap(String s, PyDict<?, ?> mapping) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        for (var e : mapping.entries()) {
            fields.put(Py.str(e.getKey()), e.getValue());
        }
        return PyFormat.strFormat(s, java.util.List.of(), fields);
    }

    /**
     * {@code s.encode()} in UTF-8.
     *
     * @param s the string
     * @return the bytes
     */
    public static PyBytes encode(String s) {
        return new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * {@code s.encode(encoding, errors)}.
     *
     * @param s the string
     * @param encoding the codec, as {@link Codecs#encode} accepts it
     * @param errors the error handler
     * @return the bytes
     * @throws UnicodeEncodeError under {@code strict} for characters the codec cannot encode
     * @throws LookupError for an unknown codec or error handler
     */
    public static PyBytes encode(String s, String encoding, String errors) {
        return Codecs.encode(s, encoding, errors);
    }
}
