package io.portalis.pylib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Python's three ways of formatting values: {@code format(value, spec)} (the format-spec mini-language used by
 * f-strings and {@code str.format}), {@code str % args}, and {@code str.format(*args, **kwargs)}.
 *
 * <p>Floats are formatted from their exact binary value, rounded half-even, as CPython does, so
 * {@code f"{2.675:.2f}"} gives {@code 2.67} and {@code f"{0.5:.0f}"} gives {@code 0}. The {@code n} type
 * formats as in CPython's default C locale (no grouping).
 */
public final class PyFormat {
    private PyFormat() {
    }

    /** A parsed format spec: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. */
    private record Spec(int fill, char align, char sign, boolean z, boolean alt, boolean zero, int width,
                        char grouping, int precision, char type) {
    }

    /** Parsed specs by text: f-strings repeat a few constant specs, so most calls skip parsing. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Spec> SPECS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Spec parse(String spec, Object v) {
        Spec cached = SPECS.get(spec);
        if (cached != null) {
            return cached;
        }
        Spec parsed = parseUncached(spec, v);
        if (SPECS.size() < 1024) {
            SPECS.put(spec, parsed);
        }
        return parsed;
    }

    private static Spec parseUncached(String spec, Object v) {
        int i = 0;
        int n = spec.length();
        int fill = ' ';
        char align = 0;
        int first = n > 0 ? spec.codePointAt(0) : 0;
        int firstLen = Character.charCount(first);
        boolean fillGiven = n > firstLen && "<>=^".indexOf(spec.charAt(firstLen)) >= 0;
        if (fillGiven) {
            fill = first;
            align = spec.charAt(firstLen);
            i = firstLen + 1;
        } else if (n > 0 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = 0;
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        boolean z = false;
        if (i < n && spec.charAt(i) == 'z') {
            z = true;
            i++;
        }
        boolean alt = false;
        if (i < n && spec.charAt(i) == '#') {
            alt = true;
            i++;
        }
        boolean zero = false;
        if (i < n && spec.charAt(i) == '0') {
            zero = true;
            i++;
        }
        int width = -1;
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            width = Integer.parseInt(spec.substring(start, i));
        }
        char grouping = 0;
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = spec.charAt(i++);
        }
        int precision = -1;
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw new ValueError("Format specifier missing precision");
            }
            precision = Integer.parseInt(spec.substring(start, i));
        }
        char type = 0;
        if (i < n) {
            type = spec.charAt(i++);
        }
        if (i < n) {
            throw new ValueError("Invalid format specifier '" + spec + "' for object of type '" + Py.typeName(v) + "'");
        }
        if (zero && align == 0) {
            fill = '0';
            align = '=';
        } else if (zero && !fillGiven) {
            // with an explicit alignment, the 0 flag still pads with zeros unless a fill is given too
            fill = '0';
        }
        return new Spec(fill, align, sign, z, alt, zero, width, grouping, precision, type);
    }

    /**
     * Python's {@code format(value, spec)}, as f-strings call it: ints, floats and strings by the mini-language;
     * other values by {@code str} when the spec is empty.
     *
     * @param v the value
     * @param spec the format spec
     * @return the formatted text
     * @throws ValueError for an invalid spec, with CPython's message
     * @throws TypeError {@code unsupported format string passed to NoneType.__format__}
     */
    public static String format(Object v, String spec) {
        if (v instanceof Long l) {
            return formatLong(l, spec, v);
        } else if (v instanceof Double d) {
            return format(d.doubleValue(), spec);
        } else if (v instanceof PyComplex c) {
            return format(c, spec);
        } else if (v instanceof String s) {
            return format(s, spec);
        } else if (v instanceof Boolean b) {
            return spec.isEmpty() ? Py.str(b) : formatInt(b ? BigInteger.ONE : BigInteger.ZERO, spec, v);
        } else if (v instanceof BigInteger b) {
            return formatInt(b, spec, v);
        } else if (spec.isEmpty()) {
            return Py.str(v);
        }
        throw new TypeError("unsupported format string passed to " + Py.typeName(v) + ".__format__");
    }

    /**
     * Typed {@code format(long, spec)}.
     *
     * @param v the value
     * @param spec the spec
     * @return the text
     */
    public static String format(long v, String spec) {
        return formatLong(v, spec, v);
    }

    private static String formatLong(long v, String spec, Object original) {
        if (spec.isEmpty()) {
            return Long.toString(v);
        }
        Spec sp = parse(spec, original);
        if ((sp.type == 0 || sp.type == 'd') && sp.precision < 0 && !sp.z && v != Long.MIN_VALUE) {
            // {n:6d}, {n:,}, {n:>8}: the decimal digits of a long, arranged as formatInt would arrange them
            String sign = signOf(v < 0, sp);
            String digits = Long.toString(Math.abs(v));
            if (sp.grouping == 0 && spacesOnTheLeft(sp)) {
                String text = sign.isEmpty() ? digits : sign.concat(digits);
                return text.length() >= sp.width ? text : " ".repeat(sp.width - text.length()).concat(text);
            }
            return padNumber(sign, digits, "", sp, 3);
        }
        return formatInt(BigInteger.valueOf(v), spec, original);
    }

    /**
     * Typed {@code format(str, spec)}.
     *
     * @param s the value
     * @param spec the spec
     * @return the text
     */
    public static String format(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        Spec sp = parse(spec, s);
        if (sp.type != 0 && sp.type != 's') {
            throw unknownCode(sp.type, s);
        }
        if (sp.sign != 0) {
            throw new ValueError("Sign not allowed in string format specifier");
        }
        if (sp.alt) {
            throw new ValueError("Alternate form (#) not allowed in string format specifier");
        }
        if (sp.grouping != 0) {
            throw new ValueError("Cannot specify '" + sp.grouping + "' with 's'.");
        }
        if (sp.align == '=') {
            throw new ValueError("'=' alignment not allowed in string format specifier");
        }
        String body = sp.precision >= 0 && Strs.len(s) > sp.precision ? Strs.slice(s, 0L, (long) sp.precision, null) : s;
        return pad("", body, sp, '<');
    }

    private static ValueError unknownCode(char type, Object v) {
        return new ValueError("Unknown format code '" + type + "' for object of type '" + Py.typeName(v) + "'");
    }

    private static String formatInt(BigInteger v, String spec, Object original) {
        if (spec.isEmpty()) {
            return Ints.toDecimal(v);
        }
        Spec sp = parse(spec, original);
        char type = sp.type;
        // CPython settles the grouping while it reads the spec, before any other check
        if (sp.grouping != 0 && type != 0 && "deEfFgG%".indexOf(type) < 0
                && !(sp.grouping == '_' && "boxX".indexOf(type) >= 0)) {
            throw new ValueError("Cannot specify '" + sp.grouping + "' with '" + type + "'.");
        }
        if ("eEfFgG%".indexOf(type) >= 0 && type != 0) {
            return format(Ints.toDouble(v), spec);
        }
        if (type != 0 && "dnbcoxX".indexOf(type) < 0) {
            throw unknownCode(type, original);
        }
        if (sp.precision >= 0) {
            throw new ValueError("Precision not allowed in integer format specifier");
        }
        if (sp.z) {
            throw new ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (sp.sign != 0) {
                throw new ValueError("Sign not allowed with integer format specifier 'c'");
            }
            if (sp.alt) {
                throw new ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() >= 64) {
                throw new OverflowError("Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw new OverflowError("%c arg not in range(0x110000)");
            }
            return pad("", Character.toString(v.intValue()), sp, '<');
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = radix == 10 ? Ints.toDecimal(v.abs()) : v.abs().toString(radix);
        String prefix = "";
        if (sp.alt && radix != 10) {
            prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        }
        if (type == 'X') {
            digits = digits.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        String sign = signOf(v.signum() < 0, sp);
        return padNumber(sign + prefix, digits, "", sp, radix == 10 ? 3 : 4);
    }

    /** Whether a number laid out by the spec gets at most spaces on its left: no width, or a plain right alignment. */
    private static boolean spacesOnTheLeft(Spec sp) {
        return sp.width < 0 || !sp.zero && sp.fill == ' ' && (sp.align == 0 || sp.align == '>');
    }

    private static String signOf(boolean negative, Spec sp) {
        if (negative) {
            return "-";
        }
        return sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
    }

    /**
     * Typed {@code format(double, spec)}.
     *
     * @param x the value
     * @param spec the spec
     * @return the text
     */
    public static String format(double x, String spec) {
        if (spec.isEmpty()) {
            return Floats.repr(x);
        }
        Spec sp = parse(spec, x);
        char type = sp.type;
        if (type == 'f' && sp.sign == 0 && !sp.alt && !sp.z && sp.grouping == 0 && sp.precision >= 0
                && Double.isFinite(x) && spacesOnTheLeft(sp)) {
            // The common f-strings {x:.2f} and {x:8.2f}: no sign or grouping to arrange, spaces on the left at most.
            String digits = fixedPoint(Math.abs(x), sp.precision);
            String text = x < 0 || (x == 0 && 1 / x < 0) ? "-".concat(digits) : digits;
            return text.length() >= sp.width ? text : " ".repeat(sp.width - text.length()).concat(text);
        }
        if (type != 0 && "eEfFgGn%".indexOf(type) < 0) {
            throw unknownCode(type, x);
        }
        boolean addDot0 = false;
        int precision = sp.precision;
        if (type == 0) {
            addDot0 = true;
            type = precision < 0 ? 'r' : 'g';
        } else if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = 6;
        }
        boolean percent = type == '%';
        double val = percent ? x * 100 : x;
        if (percent) {
            type = 'f';
        }
        boolean negative = val < 0 || (val == 0 && 1 / val < 0);
        if (sp.z && negative && formatBody(Math.abs(val), type, precision, sp.alt, addDot0).matches("[0.e+E-]*")) {
            negative = false;
        }
        String body = Double.isNaN(val) ? "nan" : formatBody(Math.abs(val), type, precision, sp.alt, addDot0);
        if (Double.isNaN(val)) {
            negative = false;
        }
        if (Character.isUpperCase(type)) {
            body = body.toUpperCase();
        }
        if (percent) {
            body += "%";
        }
        int split = 0;
        while (split < body.length() && Character.isDigit(body.charAt(split))) {
            split++;
        }
        String intPart = body.substring(0, split);
        String rest = body.substring(split);
        if (intPart.isEmpty()) {
            intPart = rest;
            rest = "";
        }
        return padNumber(signOf(negative, sp), intPart, rest, sp, 3);
    }

    /**
     * {@code format(complex, spec)}: both parts formatted as floats (the imaginary one always signed unless the
     * real part is left out), then padded as a whole. Without a presentation type the text is {@code str}'s,
     * parentheses included, with any precision applied as {@code g}.
     *
     * @param c the value
     * @param spec the spec
     * @return the text
     * @throws ValueError for zero padding, {@code '='} alignment or a presentation type floats do not have
     */
    public static String format(PyComplex c, String spec) {
        if (spec.isEmpty()) {
            return c.repr();
        }
        Spec sp = parse(spec, c);
        char type = sp.type;
        if (type != 0 && "eEfFgGn".indexOf(type) < 0) {
            throw unknownCode(type, c);
        }
        if (sp.fill == '0') {
            throw new ValueError("Zero padding is not allowed in complex format specifier");
        }
        if (sp.align == '=') {
            throw new ValueError("'=' alignment flag is not allowed in complex format specifier");
        }
        double re = c.real();
        boolean skipRe = false;
        boolean parens = false;
        int precision = sp.precision;
        if (type == 0) {
            type = precision < 0 ? 'r' : 'g';
            skipRe = re == 0 && 1 / re > 0;
            parens = !skipRe;
        } else if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = 6;
        }
        // the parts are padded as one text, not each to the width
        Spec part = new Spec(sp.fill, sp.align, sp.sign, sp.z, sp.alt, false, -1, sp.grouping, precision, type);
        String text = complexPart(c.imag(), part, !skipRe) + "j";
        if (!skipRe) {
            text = complexPart(re, part, false) + text;
        }
        return pad("", parens ? "(" + text + ")" : text, sp, '>');
    }

    private static String complexPart(double x, Spec sp, boolean forceSign) {
        char type = sp.type;
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        String body;
        if (Double.isNaN(x)) {
            body = "nan";
            negative = false;
        } else if (type == 'r') {
            body = Floats.repr(Math.abs(x));
            body = body.endsWith(".0") ? body.substring(0, body.length() - 2) : body;
        } else {
            body = formatBody(Math.abs(x), type, sp.precision, sp.alt, false);
        }
        if (sp.z && negative && body.matches("[0.e+E-]*")) {
            negative = false;
        }
        if (Character.isUpperCase(type)) {
            body = body.toUpperCase();
        }
        int split = 0;
        while (split < body.length() && Character.isDigit(body.charAt(split))) {
            split++;
        }
        String intPart = split == 0 ? body : body.substring(0, split);
        String rest = split == 0 ? "" : body.substring(split);
        String sign = negative ? "-" : forceSign ? "+" : signOf(false, sp);
        return padNumber(sign, intPart, rest, sp, 3);
    }

    /** The digits of a non-negative float for a presentation type ({@code r} is repr). */
    private static String formatBody(double a, char type, int precision, boolean alt, boolean addDot0) {
        if (Double.isInfinite(a)) {
            return "inf";
        }
        switch (Character.toLowerCase(type)) {
            case 'r' -> {
                return a == 0 ? "0.0" : Floats.repr(a);
            }
            case 'f' -> {
                String s = fixedPoint(a, precision);
                return alt && precision == 0 ? s + "." : s;
            }
            case 'e' -> {
                Floats.Decimal d = significant(a, precision + 1);
                String digits = padRight(d.digits(), precision + 1);
                StringBuilder b = new StringBuilder().append(digits.charAt(0));
                if (precision > 0 || alt) {
                    b.append('.').append(digits, 1, digits.length());
                }
                return b.append(Floats.exponent('e', a == 0 ? 0 : d.point() - 1)).toString();
            }
            default -> {
                int p = precision == 0 ? 1 : precision;
                Floats.Decimal d = significant(a, p);
                int point = a == 0 ? 1 : d.point();
                String digits = alt ? padRight(d.digits(), p) : d.digits();
                boolean useExp = point <= -4 || point > (addDot0 ? p - 1 : p);
                if (useExp) {
                    StringBuilder b = new StringBuilder().append(digits.charAt(0));
                    if (digits.length() > 1 || alt) {
                        b.append('.').append(digits, 1, digits.length());
                    }
                    return b.append(Floats.exponent('e', point - 1)).toString();
                }
                String s = Floats.fixed(digits, point, false);
                if (!s.contains(".") && (addDot0 || alt)) {
                    s += addDot0 ? ".0" : ".";
                }
                return s;
            }
        }
    }

    private static String padRight(String digits, int n) {
        return digits.length() >= n ? digits : digits + "0".repeat(n - digits.length());
    }

    /** {@code a} (non-negative, finite) with {@code precision} decimals, rounded as its exact value would be. */
    private static String fixedPoint(double a, int precision) {
        if (precision < 23) {
            double whole = Floats.scaledRint(a, precision);
            if (!Double.isNaN(whole)) {
                return scaled((long) whole, precision);
            }
        }
        if (a != 0) {
            Floats.Decimal shortest = Floats.shortest(a);
            Floats.Decimal r = Floats.roundShortest(a, shortest, shortest.point() + precision);
            if (r != null) {
                String digits = r.digits();
                int point = r.point();
                StringBuilder b = new StringBuilder(Math.max(point, 1) + precision + 1);
                if (point <= 0) {
                    b.append('0');
                } else {
                    for (int k = 0; k < point; k++) {
                        b.append(k < digits.length() ? digits.charAt(k) : '0');
                    }
                }
                if (precision > 0) {
                    b.append('.');
                    for (int k = 0; k < precision; k++) {
                        int idx = point + k;
                        b.append(idx >= 0 && idx < digits.length() ? digits.charAt(idx) : '0');
                    }
                }
                return b.toString();
            }
        }
        return new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code n * 10**-precision} ({@code n >= 0}) with exactly {@code precision} decimals. */
    private static String scaled(long n, int precision) {
        String digits = Long.toString(n);
        if (precision == 0) {
            return digits;
        }
        int point = digits.length() - precision;
        StringBuilder b = new StringBuilder(Math.max(point, 1) + precision + 1);
        if (point <= 0) {
            b.append("0.");
            b.repeat('0', -point);
            return b.append(digits).toString();
        }
        return b.append(digits, 0, point).append('.').append(digits, point, digits.length()).toString();
    }

    /** {@code a} rounded half-even to {@code p} significant digits, trailing zeros dropped. */
    private static Floats.Decimal significant(double a, int p) {
        if (a == 0) {
            return new Floats.Decimal("0", 1);
        }
        Floats.Decimal fast = Floats.roundShortest(a, Floats.shortest(a), p);
        if (fast != null) {
            return fast;
        }
        BigDecimal bd = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
        String unscaled = bd.unscaledValue().toString();
        int point = unscaled.length() - bd.scale();
        int end = unscaled.length();
        while (end > 1 && unscaled.charAt(end - 1) == '0') {
            end--;
        }
        return new Floats.Decimal(unscaled.substring(0, end), point);
    }

    /** Inserts a separator every {@code group} digits from the right, padding with zeros up to {@code minWidth}. */
    private static String group(String digits, char sep, int group, int minWidth) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        int k = digits.length() - 1;
        while (k >= 0 || b.length() < minWidth) {
            if (count == group) {
                b.append(sep);
                count = 0;
                if (k < 0 && b.length() >= minWidth) {
                    // Never leave a separator first: CPython adds one more zero instead.
                    b.append('0');
                    break;
                }
            }
            b.append(k >= 0 ? digits.charAt(k) : '0');
            k--;
            count++;
        }
        return b.reverse().toString();
    }

    /**
     * Whether every char of {@code s} passes {@code test}: a loop, where a stream would initialize the JDK's stream
     * classes in a program's first format.
     */
    private static boolean allChars(String s, java.util.function.IntPredicate test) {
        for (int i = 0; i < s.length(); i++) {
            if (!test.test(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String padNumber(String lead, String intPart, String rest, Spec sp, int groupSize) {
        if (sp.grouping == 0 && sp.width <= 0) {
            return lead.isEmpty() ? (rest.isEmpty() ? intPart : intPart.concat(rest)) : lead + intPart + rest;
        }
        boolean digitsOnly = sp.grouping != 0 && !intPart.isEmpty()
                && allChars(intPart, Character::isLetterOrDigit);
        if (sp.fill == '0' && sp.align == '=' && sp.width > 0) {
            int min = sp.width - lead.length() - rest.length();
            String grouped = sp.grouping != 0 && digitsOnly && groupable(intPart, groupSize)
                    ? group(intPart, sp.grouping, groupSize, min)
                    : "0".repeat(Math.max(0, min - intPart.length())) + intPart;
            return lead + grouped + rest;
        }
        String grouped = sp.grouping != 0 && digitsOnly && groupable(intPart, groupSize)
                ? group(intPart, sp.grouping, groupSize, 0) : intPart;
        return pad(lead, grouped + rest, sp, '>');
    }

    /** Digits to group: decimal ones, or hex ones in groups of four (not a float's {@code inf} or {@code nan}). */
    private static boolean groupable(String intPart, int groupSize) {
        return Character.isDigit(intPart.charAt(0)) || groupSize == 4;
    }

    private static String pad(String lead, String body, Spec sp, char defaultAlign) {
        int len = Strs.len(lead) + Strs.len(body);
        if (sp.width <= len) {
            return lead + body;
        }
        int total = sp.width - len;
        String fill = Character.toString(sp.fill);
        char align = sp.align == 0 ? defaultAlign : sp.align;
        return switch (align) {
            case '<' -> lead + body + fill.repeat(total);
            case '^' -> fill.repeat(total / 2) + lead + body + fill.repeat(total - total / 2);
            case '=' -> lead + fill.repeat(total) + body;
            default -> fill.repeat(total) + lead + body;
        };
    }

    // ---------------------------------------------------------------- printf-style

    /**
     * Python's {@code fmt % args}: a tuple supplies several values, a dict supplies {@code %(name)s} fields,
     * anything else is the single value.
     *
     * @param fmt the format string
     * @param args the value, tuple of values, or mapping
     * @return the formatted string
     * @throws TypeError {@code not enough arguments for format string} and the other CPython errors
     */
    public static String percent(String fmt, Object args) {
        return percent(fmt, args, false);
    }

    /**
     * Python's {@code fmt % args} for a {@code bytes} or {@code bytearray} format: the same directives as for
     * {@code str}, where {@code %s} and {@code %b} take bytes-like values, {@code %r} and {@code %a} give
     * {@code ascii()} of the value and {@code %c} takes an int in {@code range(256)} or a single byte.
     *
     * @param fmt the format, a {@link PyBytes} or {@link PyByteArray}
     * @param args the value, tuple of values, or mapping
     * @return the formatted bytes, of the format's type
     * @throws TypeError {@code %b requires a bytes-like object, ...} and the errors of {@link #percent(String, Object)}
     */
    public static Object percentBytes(Object fmt, Object args) {
        boolean array = fmt instanceof PyByteArray;
        byte[] data = array ? ((PyByteArray) fmt).bytes() : ((PyBytes) fmt).toByteArray();
        byte[] out = percent(new String(data, StandardCharsets.ISO_8859_1), args, true)
                .getBytes(StandardCharsets.ISO_8859_1);
        return array ? new PyByteArray(out) : new PyBytes(out);
    }

    private static String percent(String fmt, Object args, boolean bytes) {
        List<Object> values = args instanceof PyTuple t ? t : List.of(args == null ? NONE : args);
        PyDict<?, ?> mapping = args instanceof PyDict<?, ?> d ? d : null;
        StringBuilder out = new StringBuilder();
        int next = 0;
        int n = fmt.length();
        int i = 0;
        boolean usedMapping = false;
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int specStart = i - 1;
            if (i >= n) {
                throw new ValueError("incomplete format");
            }
            Object key = null;
            boolean keyed = false;
            if (fmt.charAt(i) == '(') {
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '(') {
                        depth++;
                    } else if (fmt.charAt(j) == ')') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw new ValueError("incomplete format key");
                }
                key = bytes ? new PyBytes(fmt.substring(i + 1, j - 1).getBytes(StandardCharsets.ISO_8859_1))
                        : fmt.substring(i + 1, j - 1);
                keyed = true;
                i = j;
                if (mapping == null) {
                    throw new TypeError("format requires a mapping");
                }
                usedMapping = true;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                i++;
                width = (int) Ints.toLong(argAt(values, next++));
                if (width < 0) {
                    flags.append('-');
                    width = -width;
                }
            } else {
                int s = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    width = Integer.parseInt(fmt.substring(s, i));
                }
            }
            int precision = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    i++;
                    precision = (int) Ints.toLong(argAt(values, next++));
                } else {
                    int s = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    precision = i > s ? Integer.parseInt(fmt.substring(s, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw new ValueError("incomplete format");
            }
            char type = fmt.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            Object v;
            if (keyed) {
                v = mapping.getItem(key);
            } else {
                v = argAt(values, next++);
                if (v == NONE) {
                    v = null;
                }
            }
            out.append(percentOne(type, v, flags.toString(), width, precision, specStart, bytes));
        }
        // CPython skips this check when the argument is a mapping-like object (it has __getitem__: a dict, list,
        // bytearray, range, or bytes for a str format), even though only a dict can supply %(name)s fields.
        boolean mappingLike = args instanceof PyDict || args instanceof PyList || args instanceof PyByteArray
                || args instanceof PyBytes && !bytes || args instanceof PyRange;
        if (!usedMapping && !mappingLike && next < values.size()) {
            throw new TypeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        return out.toString();
    }

    /** Stands for None inside the immutable single-value list. */
    private static final Object NONE = new Object();

    private static Object argAt(List<Object> values, int k) {
        if (k >= values.size()) {
            throw new TypeError("not enough arguments for format string");
        }
        return values.get(k);
    }

    private static String percentOne(char type, Object v, String flags, int width, int precision, int index,
            boolean bytes) {
        boolean left = flags.indexOf('-') >= 0;
        boolean zero = flags.indexOf('0') >= 0 && !left;
        String sign = flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        String alt = flags.indexOf('#') >= 0 ? "#" : "";
        String align = left ? "<" : "";
        String w = width >= 0 ? String.valueOf(width) : "";
        if (bytes && "sbrac".indexOf(type) >= 0) {
            return percentBytesOne(type, v, left, w, precision);
        }
        switch (type) {
            case 's', 'r', 'a' -> {
                String s = type == 's' ? Py.str(v) : type == 'r' ? Py.repr(v) : Builtins.ascii(v);
                if (precision >= 0 && Strs.len(s) > precision) {
                    s = Strs.slice(s, 0L, (long) precision, null);
                }
                return format(s, (left ? "<" : ">") + w);
            }
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                Object n = v;
                if (v instanceof Double d) {
                    n = Floats.toInt(d);
                } else if (!Ints.isInt(v)) {
                    String what = type == 'd' || type == 'i' || type == 'u' ? "a real number" : "an integer";
                    throw new TypeError("%" + type + " format: " + what + " is required, not " + Py.typeName(v));
                }
                char t = type == 'i' || type == 'u' ? 'd' : type;
                String spec = align + sign + alt + (zero ? "0" : "") + w + t;
                return format(Ints.isInt(n) && !(n instanceof Boolean) ? n : Ints.normalize(Ints.big(n)), spec);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                if (!(v instanceof Double || Ints.isInt(v))) {
                    throw new TypeError("must be real number, not " + Py.typeName(v));
                }
                double d = v instanceof Double x ? x : Ints.toDouble(Ints.big(v));
                String spec = align + sign + alt + (zero ? "0" : "") + w + "." + (precision < 0 ? 6 : precision) + type;
                return format(d, spec);
            }
            case 'c' -> {
                String ch;
                if (v instanceof String s && Strs.len(s) == 1) {
                    ch = s;
                } else if (Ints.isInt(v)) {
                    ch = Character.toString((int) Ints.toLong(v));
                } else {
                    throw new TypeError("%c requires int or char");
                }
                return format(ch, (left ? "<" : ">") + w);
            }
            default -> throw new ValueError("unsupported format character '" + type + "' (0x"
                    + Integer.toHexString(type) + ") at index " + (index + 1 + (flags.length())));
        }
    }

    /** One {@code %s %b %r %a %c} directive of a bytes format, as a string of chars 0..255. */
    private static String percentBytesOne(char type, Object v, boolean left, String w, int precision) {
        String s;
        if (type == 'r' || type == 'a') {
            s = Builtins.ascii(v);
        } else if (type == 'c') {
            if (Ints.isInt(v)) {
                long c = Ints.toLong(v);
                if (c < 0 || c > 255) {
                    throw new OverflowError("%c arg not in range(256)");
                }
                s = String.valueOf((char) c);
            } else if (latin1(v) instanceof String one && one.length() == 1) {
                s = one;
            } else {
                throw new TypeError("%c requires an integer in range(256) or a single byte");
            }
        } else {
            s = latin1(v);
            if (s == null) {
                throw new TypeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                        + Py.typeName(v) + "'");
            }
        }
        if (precision >= 0 && s.length() > precision && type != 'c') {
            s = s.substring(0, precision);
        }
        return format(s, (left ? "<" : ">") + w);
    }

    /** The bytes of a bytes-like value as chars 0..255, or null when {@code v} is not bytes-like. */
    private static String latin1(Object v) {
        if (v instanceof PyBytes b) {
            return new String(b.toByteArray(), StandardCharsets.ISO_8859_1);
        }
        if (v instanceof PyByteArray b) {
            return new String(b.bytes(), StandardCharsets.ISO_8859_1);
        }
        return null;
    }

    // ---------------------------------------------------------------- str.format

    /**
     * Python's {@code fmt.format(*args, **kwargs)}: fields {@code {}}, {@code {0}}, {@code {name}},
     * {@code {0.attr}}, {@code {0[key]}}, conversions {@code !r !s !a}, specs after {@code :} with nested fields,
     * and {@code {{}}/{@code }}} escapes.
     *
     * @param fmt the format string
     * @param args the positional arguments
     * @param kwargs the keyword arguments, or {@code null}
     * @return the formatted string
     * @throws IndexError {@code Replacement index 1 out of range for positional args tuple}
     * @throws KeyError for a missing keyword
     * @throws ValueError for malformed format strings, with CPython's messages
     */
    public static String strFormat(String fmt, List<?> args, Map<String, ?> kwargs) {
        return strFormat(fmt, args, kwargs, TYPED_FIELDS);
    }

    /**
     * How a replacement field reaches into its value: {@code {0.attr}} and {@code {0[key]}}.
     */
    public interface FieldAccess {
        /**
         * {@code getattr(value, name)}.
         *
         * @param value the value
         * @param name the attribute
         * @return the attribute's value
         * @throws AttributeError when there is none
         */
        Object attr(Object value, String name);

        /**
         * {@code value[key]}.
         *
         * @param value the container
         * @param key an int or a str
         * @return the item
         */
        Object item(Object value, Object key);
    }

    /** Attributes of the values that define them in Java ({@link PyObject#getAttr}), items as {@link Py#getItem}. */
    private static final FieldAccess TYPED_FIELDS = new FieldAccess() {
        @Override
        public Object attr(Object value, String name) {
            if (!(value instanceof PyObject o)) {
                throw new AttributeError("'" + Py.typeName(value) + "' object has no attribute '" + name + "'");
            }
            return o.getAttr(name);
        }

        @Override
        public Object item(Object value, Object key) {
            return Py.getItem(value, key);
        }
    };

    /**
     * {@link #strFormat(String, List, Map)} with the attribute and item lookups of the caller: the dynamic runtime
     * passes its own, which know every attribute of built-in values ({@code "{0.real}".format(4)},
     * {@code {x.__class__.__name__}}) and of a program's classes.
     *
     * @param fmt the format string
     * @param args the positional arguments
     * @param kwargs the keyword arguments, or {@code null}
     * @param fields how fields reach into their values
     * @return the formatted string
     * @throws IndexError {@code Replacement index 1 out of range for positional args tuple}
     * @throws KeyError for a missing keyword
     * @throws ValueError for malformed format strings, with CPython's messages
     */
    public static String strFormat(String fmt, List<?> args, Map<String, ?> kwargs, FieldAccess fields) {
        int[] auto = {0};
        return strFormat(fmt, args, kwargs, auto, 2, fields);
    }

    private static String strFormat(String fmt, List<?> args, Map<String, ?> kwargs, int[] auto, int depth,
            FieldAccess fields) {
        if (depth < 0) {
            throw new ValueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw new ValueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int j = i + 1;
            int nest = 1;
            while (j < n) {
                char d = fmt.charAt(j);
                if (d == '{') {
                    nest++;
                } else if (d == '}') {
                    nest--;
                    if (nest == 0) {
                        break;
                    }
                }
                j++;
            }
            if (j >= n) {
                throw new ValueError(i + 1 >= n ? "Single '{' encountered in format string"
                        : "expected '}' before end of string");
            }
            String field = fmt.substring(i + 1, j);
            i = j + 1;
            String name = field;
            String spec = "";
            char conv = 0;
            int colon = indexOutsideBrackets(field, ':');
            if (colon >= 0) {
                name = field.substring(0, colon);
                spec = field.substring(colon + 1);
            }
            int bang = indexOutsideBrackets(name, '!');
            if (bang >= 0) {
                String cv = name.substring(bang + 1);
                if (cv.length() != 1) {
                    throw new ValueError("expected ':' after conversion specifier");
                }
                conv = cv.charAt(0);
                name = name.substring(0, bang);
            }
            Object v = resolveField(name, args, kwargs, auto, fields);
            if (conv == 'r') {
                v = Py.repr(v);
            } else if (conv == 's') {
                v = Py.str(v);
            } else if (conv == 'a') {
                v = Builtins.ascii(v);
            } else if (conv != 0) {
                throw new ValueError("Unknown conversion specifier " + conv);
            }
            if (spec.indexOf('{') >= 0) {
                spec = strFormat(spec, args, kwargs, auto, depth - 1, fields);
            }
            out.append(format(v, spec));
        }
        return out.toString();
    }

    private static int indexOutsideBrackets(String s, char target) {
        int depth = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == target && depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static Object resolveField(String name, List<?> args, Map<String, ?> kwargs, int[] auto,
            FieldAccess fields) {
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        Object v;
        if (first.isEmpty()) {
            if (auto[0] < 0) {
                throw new ValueError("cannot switch from manual field specification to automatic field numbering");
            }
            v = positional(args, auto[0]++);
        } else if (allChars(first, Character::isDigit)) {
            if (auto[0] > 0) {
                throw new ValueError("cannot switch from automatic field numbering to manual field specification");
            }
            auto[0] = -1;
            v = positional(args, Integer.parseInt(first));
        } else {
            if (kwargs == null || !kwargs.containsKey(first)) {
                throw new KeyError(first);
            }
            v = kwargs.get(first);
        }
        while (k < name.length()) {
            char c = name.charAt(k);
            if (c == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') {
                    e++;
                }
                v = fields.attr(v, name.substring(k + 1, e));
                k = e;
            } else if (c == '[') {
                int e = name.indexOf(']', k);
                if (e < 0) {
                    throw new ValueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, e);
                Object index = !key.isEmpty() && allChars(key, Character::isDigit) ? (Object) Long.parseLong(key)
                        : key;
                v = fields.item(v, index);
                k = e + 1;
            } else {
                throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return v;
    }

    private static Object positional(List<?> args, int index) {
        if (index >= args.size()) {
            throw new IndexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }
}
