package io.portalis.pylib.stdlib;

import io.portalis.pylib.Floats;
import io.portalis.pylib.Ints;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyObject;
import io.portalis.pylib.RecursionError;
import io.portalis.pylib.Sys;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.ValueError;
import java.lang.ref.SoftReference;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Python's {@code json} module: {@code dumps} with CPython's exact output (separators, {@code indent},
 * {@code sort_keys}, {@code ensure_ascii}, float repr, {@code NaN}/{@code Infinity}) and {@code loads} producing
 * pylib values ({@link PyDict}, {@link PyList}, {@code String}, {@code Long}/{@code BigInteger}, {@code Double},
 * {@code Boolean}, {@code null}), failing with {@link JSONDecodeError} and CPython's messages.
 */
public final class JsonModule {
    private JsonModule() {
    }

    /**
     * The options of {@code json.dumps}; {@link #DEFAULT} is {@code json.dumps(obj)}.
     *
     * @param indent the text of one indentation level, or {@code null} for a single line
     * @param sortKeys whether to sort dict keys
     * @param itemSeparator between items; {@code null} means CPython's default ({@code ", "}, or {@code ","} with indent)
     * @param keySeparator between key and value ({@code ": "} by default)
     * @param ensureAscii whether to escape non-ASCII characters as {@code \\uXXXX}
     * @param allowNan whether NaN and infinities are written (as {@code NaN}, {@code Infinity}) rather than refused
     * @param fallback {@code default=}: turns a value JSON cannot hold into one it can, or {@code null}
     * @param skipKeys whether a dict item whose key is not a str, int, float, bool or None is left out rather than
     *     refused
     * @param checkCircular whether a container met again inside itself is refused as a circular reference; without
     *     the check, such a value nests until the encoder's depth limit (a RecursionError, as CPython's)
     */
    public record Options(String indent, boolean sortKeys, String itemSeparator, String keySeparator,
                          boolean ensureAscii, boolean allowNan, Function<Object, Object> fallback, boolean skipKeys,
                          boolean checkCircular) {
        /** {@code json.dumps}'s defaults. */
        public static final Options DEFAULT = new Options(null, false, null, ": ", true, true, null, false, true);

        /**
         * Sets {@code indent} to a number of spaces.
         *
         * @param n spaces per level; zero or less puts each item on its own line without indentation
         * @return these options with {@code indent=n}
         */
        public Options withIndent(int n) {
            return withIndent(" ".repeat(Math.max(0, n)));
        }

        /**
         * Sets {@code indent} to a string.
         *
         * @param unit the text of one level, or {@code null} for a single line
         * @return these options with {@code indent=unit}
         */
        public Options withIndent(String unit) {
            return new Options(unit, sortKeys, itemSeparator, keySeparator, ensureAscii, allowNan, fallback,
                    skipKeys, checkCircular);
        }

        /**
         * Sets {@code sort_keys}.
         *
         * @param sort whether to sort keys
         * @return these options with {@code sort_keys=sort}
         */
        public Options withSortKeys(boolean sort) {
            return new Options(indent, sort, itemSeparator, keySeparator, ensureAscii, allowNan, fallback,
                    skipKeys, checkCircular);
        }

        /**
         * Sets {@code separators}.
         *
         * @param item the item separator
         * @param key the key separator
         * @return these options with {@code separators=(item, key)}
         */
        public Options withSeparators(String item, String key) {
            return new Options(indent, sortKeys, item, key, ensureAscii, allowNan, fallback, skipKeys, checkCircular);
        }

        /**
         * Sets {@code ensure_ascii}.
         *
         * @param ascii whether to escape non-ASCII
         * @return these options with {@code ensure_ascii=ascii}
         */
        public Options withEnsureAscii(boolean ascii) {
            return new Options(indent, sortKeys, itemSeparator, keySeparator, ascii, allowNan, fallback,
                    skipKeys, checkCircular);
        }

        /**
         * Sets {@code allow_nan}.
         *
         * @param allow whether NaN and infinities are written
         * @return these options with {@code allow_nan=allow}
         */
        public Options withAllowNan(boolean allow) {
            return new Options(indent, sortKeys, itemSeparator, keySeparator, ensureAscii, allow, fallback,
                    skipKeys, checkCircular);
        }

        /**
         * Sets {@code default}.
         *
         * @param f called with each value JSON cannot hold; its result is written instead (it may raise)
         * @return these options with {@code default=f}
         */
        public Options withDefault(Function<Object, Object> f) {
            return new Options(indent, sortKeys, itemSeparator, keySeparator, ensureAscii, allowNan, f, skipKeys,
                    checkCircular);
        }

        /**
         * Sets {@code skipkeys} and {@code check_circular}.
         *
         * @param skip whether items with keys JSON cannot hold are left out
         * @param check whether circular references are looked for
         * @return these options with {@code skipkeys=skip, check_circular=check}
         */
        public Options withKeysAndCycles(boolean skip, boolean check) {
            return new Options(indent, sortKeys, itemSeparator, keySeparator, ensureAscii, allowNan, fallback, skip,
                    check);
        }
    }

    /**
     * {@code json.dumps(obj)}.
     *
     * @param obj the value
     * @return the JSON text
     * @throws TypeError for values JSON cannot hold
     */
    public static String dumps(Object obj) {
        return dumps(obj, Options.DEFAULT);
    }

    /**
     * {@code json.dumps(obj, ...)} with options.
     *
     * @param obj the value
     * @param options the options
     * @return the JSON text
     * @throws TypeError {@code Object of type set is not JSON serializable}, or for bad key types
     * @throws ValueError {@code Circular reference detected}, or NaN when not allowed
     */
    public static String dumps(Object obj, Options options) {
        String item = options.itemSeparator != null ? options.itemSeparator : options.indent != null ? "," : ", ";
        Encoder e = new Encoder(options, item);
        try {
            e.write(obj, 0);
            return e.text();
        } finally {
            e.release();
        }
    }

    /**
     * The buffer of the last {@code dumps}, kept for the next: a program that encodes documents repeatedly would
     * otherwise grow a buffer from nothing each time, copying its text over and over.
     */
    private static final AtomicReference<SoftReference<byte[]>> ENCODER_SPARE = new AtomicReference<>();

    /**
     * A kept array of at least {@code length} elements, or a new one. Arrays are softly held, so that memory
     * pressure frees them, and taken with a swap, so that concurrent calls never share one.
     */
    private static <A> A takeSpare(AtomicReference<SoftReference<A>> slot, int length, IntFunction<A> create) {
        SoftReference<A> spare = slot.getAndSet(null);
        A b = spare != null ? spare.get() : null;
        return b != null && Array.getLength(b) >= length ? b : create.apply(length);
    }

    /** Keeps an array for the next call, unless it is too large to keep. */
    private static <A> void offerSpare(AtomicReference<SoftReference<A>> slot, A b) {
        if (Array.getLength(b) <= MAX_SPARE) {
            slot.set(new SoftReference<>(b));
        }
    }

    /**
     * Writes a value's JSON text into one growing byte array, one byte per character, so that no value makes a
     * string of its own on the way (numbers are written digit by digit, strings escaped as they are copied) and
     * the text, most often Latin-1 and then kept so by {@code String}, is made by one copy. A character beyond
     * Latin-1 (only {@code ensure_ascii=False} or the separators write one) is written as its {@code \\uXXXX}
     * escape and its place noted; the text puts the character back there.
     */
    private static final class Encoder implements BiConsumer<Object, Object> {
        private final Options o;
        private final String itemSep;
        /** The bytes of {@link #itemSep} when it is Latin-1, written without a look at each character. */
        private final byte[] itemSepBytes;
        private final boolean ascii;
        private byte[] buf;
        private int len;
        /** Where each escape standing for a character beyond Latin-1 starts in {@link #buf}, in order. */
        private int[] wide = new int[0];
        private int wideCount;
        /**
         * The containers being written, outermost first: a value already on this path would be written inside
         * itself. Documents are shallow, so a scan of the path costs less than a set of them.
         */
        private Object[] path = new Object[16];
        private int depth;
        /** Str keys written so far, at a slot chosen by their hash (a later key with the same slot replaces one). */
        private final String[] memoKeys = new String[KEY_MEMO_SIZE];
        /** The text written for each of {@link #memoKeys}: the quoted, escaped key and the key separator. */
        private final byte[][] memoTexts = new byte[KEY_MEMO_SIZE][];
        /** The level of the dict whose items {@link #accept} is given. */
        private int itemLevel;
        /** Whether the next item {@link #accept} is given is its dict's first. */
        private boolean firstItem;

        Encoder(Options o, String itemSep) {
            this.o = o;
            this.itemSep = itemSep;
            this.itemSepBytes = latin1(itemSep);
            this.ascii = o.ensureAscii;
            buf = takeSpare(ENCODER_SPARE, 256, byte[]::new);
        }

        String text() {
            if (wideCount == 0) {
                return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
            }
            char[] out = new char[len - 5 * wideCount];
            int j = 0;
            int k = 0;
            for (int w = 0; w < wideCount; w++) {
                for (int stop = wide[w]; k < stop; k++) {
                    out[j++] = (char) (buf[k] & 0xff);
                }
                int code = 0;
                for (k += 2; k < wide[w] + 6; k++) {
                    code = code * 16 + Character.digit(buf[k], 16);
                }
                out[j++] = (char) code;
            }
            for (; k < len; k++) {
                out[j++] = (char) (buf[k] & 0xff);
            }
            return new String(out);
        }

        /** Offers the buffer to the next call. */
        void release() {
            offerSpare(ENCODER_SPARE, buf);
        }

        /** Makes room for {@code extra} more bytes. */
        private void reserve(int extra) {
            if (len + extra > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
            }
        }

        private void put(char c) {
            reserve(1);
            buf[len++] = (byte) c;
        }

        /** Writes text that may hold any character, such as a separator. */
        private void put(String s) {
            int n = s.length();
            reserve(n);
            for (int k = 0; k < n; k++) {
                char c = s.charAt(k);
                if (c <= 0xff) {
                    buf[len++] = (byte) c;
                } else {
                    putWide(c);
                    reserve(n - k);
                }
            }
        }

        /** A text's bytes when all its characters are Latin-1, else null. */
        private static byte[] latin1(String text) {
            for (int k = 0; k < text.length(); k++) {
                if (text.charAt(k) > 0xff) {
                    return null;
                }
            }
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }

        private void putItemSeparator() {
            byte[] sep = itemSepBytes;
            if (sep == null) {
                put(itemSep);
                return;
            }
            reserve(sep.length);
            for (byte x : sep) {
                buf[len++] = x;
            }
        }

        /** Writes a character beyond Latin-1 as its escape, noting the place for {@link #text}. */
        private void putWide(char c) {
            if (wideCount == wide.length) {
                wide = Arrays.copyOf(wide, Math.max(8, wideCount * 2));
            }
            wide[wideCount++] = len;
            putEscape(c);
        }

        /** Writes {@code \\uXXXX} for a character. */
        private void putEscape(char c) {
            reserve(6);
            byte[] b = buf;
            int p = len;
            b[p++] = '\\';
            b[p++] = 'u';
            b[p++] = (byte) HEX[c >>> 12];
            b[p++] = (byte) HEX[c >>> 8 & 0xf];
            b[p++] = (byte) HEX[c >>> 4 & 0xf];
            b[p++] = (byte) HEX[c & 0xf];
            len = p;
        }

        private void put(long v) {
            reserve(20);
            len = Floats.writeDecimal(v, buf, len);
        }

        private void newline(int level) {
            put('\n');
            for (int k = 0; k < level; k++) {
                put(o.indent);
            }
        }

        void write(Object v, int level) {
            // the exact classes a decoded document holds, tested by identity before the general switch, which
            // tries each case in turn
            Class<?> type = v == null ? null : v.getClass();
            if (type == String.class) {
                string((String) v);
            } else if (type == PyDict.class) {
                dict((PyDict<?, ?>) v, level);
            } else if (type == Long.class) {
                put(((Long) v).longValue());
            } else if (type == PyList.class) {
                list((PyList<?>) v, level);
            } else if (type == Double.class) {
                putFloat((Double) v);
            } else if (type == Boolean.class) {
                // a pattern switch finds its case by a search over the case types, on every value it is given
                putBytes((Boolean) v ? TRUE : FALSE);
            } else if (type == null) {
                putBytes(NULL);
            } else {
                writeOther(v, level);
            }
        }

        /** Writes bytes as they are. */
        private void putBytes(byte[] text) {
            reserve(text.length);
            System.arraycopy(text, 0, buf, len, text.length);
            len += text.length;
        }

        /**
         * Writes a value whose class {@link #write} does not test by identity: never None, a bool, a str, a float or
         * an int that fits a {@code long}.
         */
        private void writeOther(Object v, int level) {
            if (v instanceof PyDict<?, ?> d) {
                dict(d, level);
            } else if (v instanceof List<?> l) {
                list(l, level);
            } else if (v instanceof BigInteger x) {
                put(x.toString());
            } else {
                if (o.fallback == null) {
                    throw new TypeError("Object of type " + Py.typeName(v) + " is not JSON serializable");
                }
                // CPython marks the value while its replacement is written, so a default that returns its
                // argument is reported as circular
                enter(v);
                write(o.fallback.apply(v), level);
                leave();
            }
        }

        /** Writes a float as CPython's encoder does: its repr, or the refusal or name of NaN and infinities. */
        private void putFloat(double x) {
            if (Double.isFinite(x)) {
                reserve(Floats.REPR_ROOM);
                len = Floats.writeRepr(x, buf, len);
            } else {
                put(floatText(x));
            }
        }

        private String floatText(double x) {
            if (Double.isFinite(x)) {
                return Floats.repr(x);
            }
            if (!o.allowNan) {
                throw new ValueError("Out of range float values are not JSON compliant");
            }
            return Double.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
        }

        private void enter(Object container) {
            if (depth >= NESTING_LIMIT) {
                // CPython's C encoder recurses and stops at the recursion limit; every container says "object"
                throw new RecursionError("maximum recursion depth exceeded while encoding a JSON object");
            }
            for (int k = 0; o.checkCircular && k < depth; k++) {
                if (path[k] == container) {
                    throw new ValueError("Circular reference detected");
                }
            }
            if (depth == path.length) {
                path = Arrays.copyOf(path, depth * 2);
            }
            path[depth++] = container;
        }

        private void leave() {
            path[--depth] = null;
        }

        private void list(List<?> l, int level) {
            if (l.isEmpty()) {
                put("[]");
                return;
            }
            enter(l);
            put('[');
            // by index, reading the size again after each item as CPython does, so that a default= that changes
            // the list sees its change written rather than an error
            if (l instanceof PyList<?> pl && pl.isLongs()) {
                // ints held unboxed are written without a box each
                for (int k = 0; k < pl.size(); k++) {
                    separate(k, level);
                    put(pl.longAt(k));
                }
            } else {
                for (int k = 0; k < l.size(); k++) {
                    separate(k, level);
                    write(l.get(k), level + 1);
                }
            }
            if (o.indent != null) {
                newline(level);
            }
            put(']');
            leave();
        }

        /** What goes before item {@code k} of a container at {@code level}. */
        private void separate(int k, int level) {
            if (k > 0) {
                putItemSeparator();
            }
            if (o.indent != null) {
                newline(level + 1);
            }
        }

        private void dict(PyDict<?, ?> d, int level) {
            if (d.len() == 0) {
                put("{}");
                return;
            }
            enter(d);
            put('{');
            boolean none;
            if (o.sortKeys || o.fallback != null) {
                // CPython's encoder takes a dict's items before it writes them, so that a default= that changes
                // the dict changes nothing written and raises nothing
                List<Map.Entry<?, ?>> items = new ArrayList<>(d.len());
                for (Map.Entry<?, ?> e : d.entries()) {
                    items.add(e);
                }
                if (o.sortKeys) {
                    items.sort((x, y) -> Py.compare(x.getKey(), y.getKey()));
                }
                boolean first = true;
                for (Map.Entry<?, ?> e : items) {
                    first &= !item(e.getKey(), e.getValue(), level, first);
                }
                none = first;
            } else {
                // the encoder is the one callback of every dict, so that the call per item stays monomorphic and
                // no callback is made per dict
                int outerLevel = itemLevel;
                boolean outerFirst = firstItem;
                itemLevel = level;
                firstItem = true;
                d.forEachItem(this);
                none = firstItem;
                itemLevel = outerLevel;
                firstItem = outerFirst;
            }
            if (o.indent != null) {
                if (none) {
                    // every key skipped: CPython's encoder has written the first item's line all the same
                    newline(level + 1);
                }
                newline(level);
            }
            put('}');
            leave();
        }

        /** Writes an item of the dict being walked by {@code forEachItem}. */
        @Override
        public void accept(Object k, Object value) {
            boolean first = firstItem;
            firstItem = false;
            if (!item(k, value, itemLevel, first)) {
                firstItem = first;
            }
        }

        /** Writes an item, or nothing for a key skipped by {@code skipkeys}; returns whether it wrote it. */
        private boolean item(Object k, Object value, int level, boolean first) {
            String text = null;
            if (!(k instanceof String) && (text = keyText(k)) == null) {
                return false;
            }
            if (!first) {
                putItemSeparator();
            }
            if (o.indent != null) {
                newline(level + 1);
            }
            if (text == null) {
                memoizedKey((String) k);
            } else {
                string(text);
                put(o.keySeparator);
            }
            write(value, level + 1);
            return true;
        }

        /**
         * Writes a str key and the key separator from the text written for it before in this call, as CPython's
         * encoder memoizes keys: a document's dicts repeat a few keys many times.
         */
        private void memoizedKey(String key) {
            // a key is looked for at its slot and the few after it, so that two keys of one dict sharing a slot
            // do not push each other out on every dict; a new key takes the first free one, or its own slot
            int home = key.hashCode() & (KEY_MEMO_SIZE - 1);
            int free = home;
            for (int probe = 0; probe < KEY_MEMO_PROBES; probe++) {
                int slot = (home + probe) & (KEY_MEMO_SIZE - 1);
                String known = memoKeys[slot];
                if (known == null) {
                    free = slot;
                    break;
                }
                if (known == key || known.equals(key)) {
                    byte[] text = memoTexts[slot];
                    reserve(text.length);
                    System.arraycopy(text, 0, buf, len, text.length);
                    len += text.length;
                    return;
                }
            }
            int from = len;
            int wideBefore = wideCount;
            string(key);
            put(o.keySeparator);
            // a text with a character beyond Latin-1 is not kept, since its place must be noted each time
            if (wideCount == wideBefore) {
                memoKeys[free] = key;
                memoTexts[free] = Arrays.copyOfRange(buf, from, len);
            }
        }

        /** The text of a key that is not a str; for a key JSON cannot hold, null with skipkeys, else the error. */
        private String keyText(Object k) {
            if (k instanceof String s) {
                return s;
            } else if (k instanceof Double x) {
                return floatText(x);
            } else if (k instanceof Boolean x) {
                return x ? "true" : "false";
            } else if (k == null) {
                return "null";
            } else if (Ints.isInt(k)) {
                return Py.str(k);
            } else if (o.skipKeys) {
                return null;
            }
            throw new TypeError("keys must be str, int, float, bool or None, not " + Py.typeName(k));
        }

        /**
         * Writes a str quoted and escaped: most strs are short and need no escape, so their characters are copied
         * as they are looked at, up to the first that needs one.
         */
        private void string(String s) {
            int n = s.length();
            int limit = ascii ? 0x7e : 0xff;
            reserve(n + 2);
            byte[] b = buf;
            int p = len;
            b[p++] = '"';
            int k = 0;
            for (; k < n; k++) {
                char c = s.charAt(k);
                if (c < 0x20 || c == '"' || c == '\\' || c > limit) {
                    break;
                }
                b[p++] = (byte) c;
            }
            len = p;
            for (; k < n; k++) {
                char c = s.charAt(k);
                if (c >= 0x20 && c != '"' && c != '\\' && c <= limit) {
                    put(c);
                    continue;
                }
                if (c > 0xff && !ascii) {
                    putWide(c);
                    continue;
                }
                char escaped = switch (c) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    case '\t' -> 't';
                    case '\b' -> 'b';
                    case '\f' -> 'f';
                    default -> 0;
                };
                if (escaped == 0) {
                    putEscape(c);
                } else {
                    put('\\');
                    put(escaped);
                }
            }
            put('"');
        }
    }

    /** The slots of the encoder's memo of keys, a power of two. */
    private static final int KEY_MEMO_SIZE = 64;
    /** The slots of the key memos a key is looked for in, from its own on. */
    private static final int KEY_MEMO_PROBES = 4;

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    /**
     * How deeply containers may nest in a document read or written: CPython's decoder and encoder recurse once per
     * level and raise {@code RecursionError} at the interpreter's recursion limit (its frames below the call count
     * too, so its threshold is a few levels lower), where this iterative-stack Java code would otherwise go on.
     */
    private static final int NESTING_LIMIT = (int) Sys.getrecursionlimit();

    /** The largest array kept between calls, in elements (8 MiB of chars, 4 MiB of bytes). */
    private static final int MAX_SPARE = 1 << 22;

    // ---------------------------------------------------------------- loads

    /**
     * {@code json.loads(s)}.
     *
     * @param s the JSON text
     * @return the value
     * @throws JSONDecodeError with CPython's message and position
     */
    public static Object loads(String s) {
        Parser p = new Parser(s);
        p.skipSpace();
        Object v = p.value();
        p.skipSpace();
        if (p.pos != p.n) {
            throw p.fail("Extra data", p.pos);
        }
        return v;
    }

    /**
     * A recursive-descent decoder over the document's characters as one byte each ({@link #latin1}): a Latin-1
     * document, the common one, is then copied as it is rather than widened into a char array, an array read costs
     * less than {@code String.charAt}, which checks the string's encoding and bounds on each call, and a str
     * without escapes is one {@code substring} of the document, a copy of its bytes.
     * The items of the containers being read wait on one stack, so that each list and dict is made at its final
     * size once its closing bracket is found.
     */
    private static final class Parser {
        /** What {@link #number} returns for an int held in {@link #intValue}. */
        private static final Object INT = new Object();
        /** 10**0 to 10**22, the powers of ten that a double holds exactly. */
        private static final double[] POWERS_OF_TEN = new double[23];

        static {
            double p = 1.0;
            for (int k = 0; k < POWERS_OF_TEN.length; k++) {
                POWERS_OF_TEN[k] = p;
                p *= 10.0;
            }
        }

        private final String s;
        /**
         * The document's characters, one byte each: {@code ?} stands for a character beyond Latin-1. That is a
         * character of a str or an error wherever it is, as {@code ?} is, and a str's text is taken from
         * {@link #s}, so that reading bytes decides everything as reading the characters would.
         */
        private final byte[] c;
        private final int n;
        private int pos;
        /**
         * Keys decoded so far, at a slot chosen by their first two bytes (a later key with the same slot replaces
         * one): the first place a key is looked for.
         */
        private final String[] recentKeys = new String[256];
        /** The document's bytes of each of {@link #recentKeys}. */
        private final byte[][] recentKeyBytes = new byte[256][];
        /**
         * Keys decoded so far, at a slot chosen by their hash: where a key is looked for next, so that a document
         * with more keys sharing their first two bytes than {@link #recentKeys} keeps still finds them.
         */
        private final String[] hashedKeys = new String[256];
        /** The document's bytes of each of {@link #hashedKeys}, or null for a key holding a {@code ?}. */
        private final byte[][] hashedKeyBytes = new byte[256][];
        /** The items read so far of the open containers, innermost last; a dict's as key, value, key, value. */
        private Object[] stack = new Object[64];
        private int top;
        /** The containers open at the current position. */
        private int depth;
        /** The int {@link #number} read when it returned {@link #INT}. */
        private long intValue;
        /** The ints read so far of the innermost array, while every item of it is an int that fits a long. */
        private long[] ints = new long[16];

        Parser(String s) {
            this.s = s;
            this.n = s.length();
            this.c = latin1(s);
        }

        /**
         * A document's characters one byte each, {@code ?} for a character beyond Latin-1. A Latin-1 string keeps
         * its characters so, and hands out a copy of them; another is encoded here, since the JDK's encoder writes
         * one {@code ?} for two chars of a surrogate pair, where the parser needs one byte per char.
         */
        private static byte[] latin1(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
            if (bytes.length == s.length()) {
                return bytes;
            }
            bytes = new byte[s.length()];
            for (int k = 0; k < bytes.length; k++) {
                char ch = s.charAt(k);
                bytes[k] = (byte) (ch <= 0xff ? ch : '?');
            }
            return bytes;
        }

        /** Character {@code i} of a document read by {@link #latin1}. */
        private static char at(byte[] c, int i) {
            return (char) (c[i] & 0xff);
        }

        /** The error for a Java char index of the document, at Python's character index. */
        JSONDecodeError fail(String msg, int at) {
            return new JSONDecodeError(msg, s, JSONDecodeError.pythonIndex(s, at));
        }

        void skipSpace() {
            byte[] c = this.c;
            int i = pos;
            // JSON's four whitespace characters are all at or below the space
            while (i < n && at(c, i) <= ' ') {
                char ch = at(c, i);
                if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
                    break;
                }
                i++;
            }
            pos = i;
        }

        private void push(Object x) {
            if (top == stack.length) {
                stack = Arrays.copyOf(stack, top * 2);
            }
            stack[top++] = x;
        }

        Object value() {
            if (pos >= n) {
                throw fail("Expecting value", pos);
            }
            switch (at(c, pos)) {
                case '"' -> {
                    pos++;
                    return string();
                }
                case '{' -> {
                    pos++;
                    return object();
                }
                case '[' -> {
                    pos++;
                    return array();
                }
                case 'n' -> {
                    return literal("null", null);
                }
                case 't' -> {
                    return literal("true", Boolean.TRUE);
                }
                case 'f' -> {
                    return literal("false", Boolean.FALSE);
                }
                case 'N' -> {
                    return literal("NaN", Double.NaN);
                }
                case 'I' -> {
                    return literal("Infinity", Double.POSITIVE_INFINITY);
                }
                case '-' -> {
                    if (pos + 1 < n && at(c, pos + 1) == 'I') {
                        return literal("-Infinity", Double.NEGATIVE_INFINITY);
                    }
                    return boxedNumber();
                }
                default -> {
                    return boxedNumber();
                }
            }
        }

        /** {@link #number} with an int boxed. */
        private Object boxedNumber() {
            Object v = number();
            return v == INT ? Long.valueOf(intValue) : v;
        }

        /** The value of a literal word at the current position, or the error for a value that is not there. */
        private Object literal(String word, Object value) {
            int end = pos + word.length();
            if (end > n) {
                throw fail("Expecting value", pos);
            }
            // the first character chose the word; the rest are compared in the document's array
            for (int k = 1; k < word.length(); k++) {
                if (at(c, pos + k) != word.charAt(k)) {
                    throw fail("Expecting value", pos);
                }
            }
            pos = end;
            return value;
        }

        /**
         * Reads a number in one pass over its characters: an int that fits a long is left in {@link #intValue}
         * and {@link #INT} returned, so that a caller holding ints unboxed makes no box; any other number is
         * returned as its value.
         */
        private Object number() {
            byte[] c = this.c;
            int start = pos;
            int i = pos;
            boolean negative = at(c, i) == '-';
            if (negative) {
                i++;
            }
            // the digits before and after the point as one integer, while there are at most 19 from the first
            // non-zero one on
            long mantissa = 0;
            int significant = 0;
            if (i < n && at(c, i) == '0') {
                i++;
            } else if (i < n && at(c, i) >= '1' && at(c, i) <= '9') {
                int intStart = i;
                while (i < n && isAsciiDigit(at(c, i))) {
                    mantissa = mantissa * 10 + (at(c, i) - '0');
                    i++;
                }
                significant = i - intStart;
            } else {
                throw fail("Expecting value", start);
            }
            int intEnd = i;
            int fracDigits = 0;
            if (i + 1 < n && at(c, i) == '.' && isAsciiDigit(at(c, i + 1))) {
                i++;
                while (i < n && isAsciiDigit(at(c, i))) {
                    char ch = at(c, i);
                    if (significant > 0 || ch != '0') {
                        mantissa = mantissa * 10 + (ch - '0');
                        significant++;
                    }
                    i++;
                    fracDigits++;
                }
            }
            int exponent = 0;
            boolean exponentFits = true;
            boolean hasExponent = false;
            if (i < n && (at(c, i) == 'e' || at(c, i) == 'E')) {
                int j = i + 1;
                boolean negativeExp = j < n && at(c, j) == '-';
                if (j < n && (at(c, j) == '+' || at(c, j) == '-')) {
                    j++;
                }
                if (j < n && isAsciiDigit(at(c, j))) {
                    int expDigits = j;
                    while (j < n && isAsciiDigit(at(c, j))) {
                        exponent = exponent * 10 + (at(c, j) - '0');
                        j++;
                    }
                    // more digits than this could overflow the int; such exponents take the exact routine
                    exponentFits = j - expDigits <= 4;
                    exponent = negativeExp ? -exponent : exponent;
                    hasExponent = true;
                    i = j;
                }
            }
            pos = i;
            if (fracDigits == 0 && !hasExponent) {
                if (significant <= 18) {
                    intValue = negative ? -mantissa : mantissa;
                    return INT;
                }
                return Ints.normalize(new BigInteger(s.substring(start, i)));
            }
            if (significant > 19 || !exponentFits) {
                return Double.parseDouble(s.substring(start, i));
            }
            double x;
            if (mantissa == 0) {
                x = 0.0;
            } else {
                exponent -= fracDigits;
                if (significant <= 15 && exponent >= -22 && exponent <= 22) {
                    // Clinger's fast path: the digits and the power of ten are both exact doubles, so one
                    // correctly rounded operation gives the correctly rounded value
                    x = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
                } else {
                    x = Floats.fromDecimal(mantissa, exponent);
                    if (Double.isNaN(x)) {
                        return Double.parseDouble(s.substring(start, i));
                    }
                }
            }
            return negative ? -x : x;
        }

        private static boolean isAsciiDigit(char ch) {
            return ch >= '0' && ch <= '9';
        }

        /**
         * {@link #string} for a dict key: a key seen before comes back as the same {@code String}, whose hash is
         * already known, as CPython's decoder memoizes keys; most documents repeat a few keys many times. A key is
         * looked for first by its first two bytes, which tell most documents' few keys apart, and a kept key's
         * bytes are compared with the document's there, up to the closing quote, so that a known key is read in
         * one pass; then by its hash.
         */
        private String key() {
            byte[] c = this.c;
            int from = pos;
            if (from + 1 >= n) {
                return string();
            }
            int mask = recentKeys.length - 1;
            int home = (c[from] * 31 + c[from + 1]) & mask;
            int slot = home;
            // more places than the hashed keys have: keys sharing their first two bytes are common, and a place
            // that holds another key most often fails at the byte after its length
            for (int probe = 0; probe < 2 * KEY_MEMO_PROBES; probe++) {
                int at = (home + probe) & mask;
                byte[] known = recentKeyBytes[at];
                if (known == null) {
                    slot = at;
                    break;
                }
                int end = from + known.length;
                if (end < n && c[end] == '"' && sameBytes(c, from, known)) {
                    pos = end + 1;
                    return recentKeys[at];
                }
            }
            return hashedKey(slot);
        }

        /** {@link #key} when its first place does not hold the key: {@code slot} is where it is to be kept there. */
        private String hashedKey(int slot) {
            byte[] c = this.c;
            int from = pos;
            int mask = hashedKeys.length - 1;
            int hash = 0;
            int i = from;
            char ch = 0;
            while (i < n && (ch = at(c, i)) != '"' && ch != '\\' && ch >= 0x20) {
                hash = 31 * hash + ch;
                i++;
            }
            if (i >= n || ch != '"' || i == from) {
                return string();
            }
            int length = i - from;
            pos = i + 1;
            int hashHome = (hash ^ hash >>> 16) & mask;
            int hashSlot = hashHome;
            for (int probe = 0; probe < KEY_MEMO_PROBES; probe++) {
                int at = (hashHome + probe) & mask;
                String known = hashedKeys[at];
                if (known == null) {
                    hashSlot = at;
                    break;
                }
                // the hash computed here is String's own, which a kept key has cached; the characters are compared
                // in the document's text, where a '?' byte may be another character
                if (known.hashCode() == hash && known.length() == length && s.regionMatches(from, known, 0, length)) {
                    if (hashedKeyBytes[at] != null) {
                        recentKeys[slot] = known;
                        recentKeyBytes[slot] = hashedKeyBytes[at];
                    }
                    return known;
                }
            }
            String key = s.substring(from, i);
            byte[] bytes = Arrays.copyOfRange(c, from, i);
            // a ? may stand for a character beyond Latin-1: such keys are not kept by their bytes, so that bytes
            // equal to a kept key's are its characters
            for (byte b : bytes) {
                if (b == '?') {
                    bytes = null;
                    break;
                }
            }
            hashedKeys[hashSlot] = key;
            hashedKeyBytes[hashSlot] = bytes;
            if (bytes != null) {
                recentKeys[slot] = key;
                recentKeyBytes[slot] = bytes;
            }
            return key;
        }

        /** Whether the document holds {@code known}'s bytes from {@code from} on (a kept key: short). */
        private static boolean sameBytes(byte[] c, int from, byte[] known) {
            for (int k = 0; k < known.length; k++) {
                if (c[from + k] != known[k]) {
                    return false;
                }
            }
            return true;
        }

        private String string() {
            byte[] c = this.c;
            int start = pos - 1;
            StringBuilder b = null;
            while (true) {
                // the characters up to the next quote, backslash or control character are taken whole; most
                // strings hold no escape, and end at the first quote found
                int run = pos;
                int i = run;
                char ch = 0;
                while (i < n && (ch = at(c, i)) != '"' && ch != '\\' && ch >= 0x20) {
                    i++;
                }
                pos = i;
                if (pos >= n) {
                    throw fail("Unterminated string starting at", start);
                }
                pos++;
                if (ch == '"' && b == null) {
                    // CPython's empty str is one object too
                    return pos - 1 == run ? "" : s.substring(run, pos - 1);
                }
                if (b == null) {
                    b = new StringBuilder(pos - run + 16);
                }
                b.append(s, run, pos - 1);
                if (ch == '"') {
                    return b.toString();
                }
                if (ch < 0x20) {
                    throw fail("Invalid control character at", pos - 1);
                }
                if (pos >= n) {
                    throw fail("Unterminated string starting at", start);
                }
                char e = at(c, pos++);
                switch (e) {
                    case '"' -> b.append('"');
                    case '\\' -> b.append('\\');
                    case '/' -> b.append('/');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        // CPython wants a character after the four digits before it reads them
                        if (pos + 4 >= n) {
                            throw fail("Invalid \\uXXXX escape", pos - 1);
                        }
                        int code = 0;
                        for (int k = 0; k < 4; k++) {
                            int digit = at(c, pos + k) < 0x80 ? Character.digit(at(c, pos + k), 16) : -1;
                            if (digit < 0) {
                                throw fail("Invalid \\uXXXX escape", pos - 1);
                            }
                            code = code * 16 + digit;
                        }
                        b.append((char) code);
                        pos += 4;
                    }
                    default -> throw fail("Invalid \\escape", pos - 2);
                }
            }
        }

        /** Counts one more open container, failing as CPython's recursive decoder does past its limit. */
        private void enter(String what) {
            if (++depth > NESTING_LIMIT) {
                throw new RecursionError("maximum recursion depth exceeded while decoding a JSON " + what
                        + " from a unicode string");
            }
        }

        private PyList<Object> array() {
            enter("array");
            try {
                return arrayItems();
            } finally {
                depth--;
            }
        }

        private PyDict<Object, Object> object() {
            enter("object");
            try {
                return objectItems();
            } finally {
                depth--;
            }
        }

        private PyList<Object> arrayItems() {
            skipSpace();
            if (pos < n && at(c, pos) == ']') {
                pos++;
                return new PyList<>();
            }
            // while every item is an int that fits a long the items are held unboxed, as the list will hold them;
            // the first other item moves them to the stack as boxes
            int count = 0;
            while (true) {
                skipSpace();
                char ch = pos < n ? at(c, pos) : 0;
                if (ch >= '0' && ch <= '9' || ch == '-' && pos + 1 < n && at(c, pos + 1) != 'I') {
                    Object v = number();
                    if (v != INT) {
                        int base = boxInts(count);
                        push(v);
                        return objectArrayItems(base);
                    }
                    if (count == ints.length) {
                        ints = Arrays.copyOf(ints, count * 2);
                    }
                    ints[count++] = intValue;
                } else {
                    // the ints leave their array before the item is read: a nested array uses it
                    int base = boxInts(count);
                    push(value());
                    return objectArrayItems(base);
                }
                skipSpace();
                if (pos < n && at(c, pos) == ']') {
                    pos++;
                    return PyList.ofLongs(ints, count);
                }
                if (pos >= n || at(c, pos) != ',') {
                    throw fail("Expecting ',' delimiter", pos);
                }
                pos++;
            }
        }

        /** Pushes the first {@code count} of {@link #ints} as boxes; returns where they start on the stack. */
        private int boxInts(int count) {
            int base = top;
            for (int k = 0; k < count; k++) {
                push(ints[k]);
            }
            return base;
        }

        /** The rest of an array whose items read so far are on the stack from {@code base}. */
        private PyList<Object> objectArrayItems(int base) {
            while (true) {
                skipSpace();
                if (pos < n && at(c, pos) == ']') {
                    pos++;
                    PyList<Object> out = PyList.ofItems(stack, base, top - base);
                    // the slots above base keep their references until reused: the parser is short-lived
                    top = base;
                    return out;
                }
                if (pos >= n || at(c, pos) != ',') {
                    throw fail("Expecting ',' delimiter", pos);
                }
                pos++;
                skipSpace();
                push(value());
            }
        }

        private PyDict<Object, Object> objectItems() {
            skipSpace();
            if (pos < n && at(c, pos) == '}') {
                pos++;
                return new PyDict<>();
            }
            int base = top;
            while (true) {
                skipSpace();
                if (pos >= n || at(c, pos) != '"') {
                    throw fail("Expecting property name enclosed in double quotes", pos);
                }
                pos++;
                push(key());
                skipSpace();
                if (pos >= n || at(c, pos) != ':') {
                    throw fail("Expecting ':' delimiter", pos);
                }
                pos++;
                skipSpace();
                push(value());
                skipSpace();
                if (pos < n && at(c, pos) == '}') {
                    pos++;
                    PyDict<Object, Object> out = PyDict.ofStrItems(stack, base, (top - base) / 2);
                    top = base;
                    return out;
                }
                if (pos >= n || at(c, pos) != ',') {
                    throw fail("Expecting ',' delimiter", pos);
                }
                pos++;
            }
        }
    }

    /**
     * Python's {@code json.JSONDecodeError}, a {@link ValueError}: the message names the problem and its place as
     * {@code Expecting value: line 1 column 1 (char 0)}; the attributes {@code msg}, {@code doc}, {@code pos},
     * {@code lineno} and {@code colno} give its parts.
     */
    public static final class JSONDecodeError extends ValueError implements PyObject {
        private final String msg;
        private final String doc;
        private final int pos;
        private final int lineno;
        private final int colno;

        /**
         * Creates the error for a position in a document.
         *
         * @param msg what was wrong
         * @param doc the document
         * @param pos the character index, counting a character beyond the BMP as one, as Python does
         */
        public JSONDecodeError(String msg, String doc, int pos) {
            this(msg, doc, pos, lineOf(doc, charIndex(doc, pos)), columnOf(doc, charIndex(doc, pos)));
        }

        private JSONDecodeError(String msg, String doc, int pos, int lineno, int colno) {
            super(msg + ": line " + lineno + " column " + colno + " (char " + pos + ")");
            this.msg = msg;
            this.doc = doc;
            this.pos = pos;
            this.lineno = lineno;
            this.colno = colno;
        }

        private static int lineOf(String doc, int pos) {
            int n = 1;
            for (int k = 0; k < pos && k < doc.length(); k++) {
                if (doc.charAt(k) == '\n') {
                    n++;
                }
            }
            return n;
        }

        /** The column of a Java char index, counting characters as Python does. */
        private static int columnOf(String doc, int pos) {
            int from = doc.lastIndexOf('\n', pos - 1) + 1;
            int end = Math.max(from, Math.min(pos, doc.length()));
            return doc.codePointCount(from, end) + (pos - end) + 1;
        }

        /** The Java char index of a Python character index (a position past the end stays as far past it). */
        private static int charIndex(String doc, int pos) {
            int k = 0;
            int count = 0;
            while (k < doc.length() && count < pos) {
                k += Character.charCount(doc.codePointAt(k));
                count++;
            }
            return k + (pos - count);
        }

        /** The Python character index of a Java char index. */
        static int pythonIndex(String doc, int pos) {
            int end = Math.min(pos, doc.length());
            return doc.codePointCount(0, end) + (pos - end);
        }

        /**
         * The error's own attributes.
         *
         * @param name {@code msg}, {@code doc}, {@code pos}, {@code lineno} or {@code colno}
         * @return the attribute's value
         * @throws io.portalis.pylib.AttributeError for any other name
         */
        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "msg" -> msg;
                case "doc" -> doc;
                case "pos" -> (long) pos;
                case "lineno" -> (long) lineno;
                case "colno" -> (long) colno;
                default -> PyObject.super.getAttr(name);
            };
        }

        /** The class's {@code __name__}, which messages about the value name. */
        @Override
        public String pyTypeName() {
            return "JSONDecodeError";
        }

        /** As CPython writes it, with the class's plain name: {@code JSONDecodeError('Expecting value: ...')}. */
        @Override
        public String repr() {
            return "JSONDecodeError(" + Py.repr(args().get(0)) + ")";
        }

        @Override
        public String pythonTypeName() {
            return "json.decoder.JSONDecodeError";
        }
    }
}
