package io.portalis.python;

import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.Expr;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes string literals and joins implicitly concatenated ones into one {@link Expr.Constant} or
 * {@link Expr.JoinedStr}, as CPython 3.11 does: every part of an f-string takes the position of the whole
 * concatenation, while the expressions inside replacement fields keep their own positions.
 */
final class Strings {

    /** How deep replacement fields may nest in format specs: 3.11 allows a field in a spec but no deeper. */
    private static final int MAX_NESTING = 2;
    /** The same for 3.12, which allows one level more. */
    private static final int MAX_NESTING_PEP_701 = 3;

    private final Source src;
    private final Parser parser;
    /**
     * Whether two escapes of the literal being decoded produced a high and a low surrogate side by side: Python
     * keeps them as two code points, while in a Java string they read as one character.
     */
    private boolean escapedSurrogates;
    /** Where the string being parsed starts, and its line: the base from which lines of its parts are counted. */
    private int baseOffset;
    private int baseLine;

    Strings(Source src, Parser parser) {
        this.src = src;
        this.parser = parser;
    }

    /** The parts of one string token. */
    private record Literal(Token token, boolean raw, boolean bytes, boolean fstring, boolean u, int contentStart,
            int contentEnd) {
    }

    private Literal literal(Token t) {
        byte[] b = src.buf;
        int i = t.start();
        boolean raw = false;
        boolean bytes = false;
        boolean fstring = false;
        boolean u = false;
        while (b[i] != '"' && b[i] != '\'') {
            switch (b[i] | 0x20) {
                case 'r' -> raw = true;
                case 'b' -> bytes = true;
                case 'f' -> fstring = true;
                default -> u = true;
            }
            i++;
        }
        int quote = 1;
        if (t.end() - i >= 6 && b[i + 1] == b[i] && b[i + 2] == b[i]) {
            quote = 3;
        }
        return new Literal(t, raw, bytes, fstring, u, i + quote, t.end() - quote);
    }

    Expr concatenate(List<Token> tokens) {
        escapedSurrogates = false;
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        List<Literal> parts = new ArrayList<>(tokens.size());
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (Token t : tokens) {
            Literal l = literal(t);
            parts.add(l);
            anyBytes |= l.bytes;
            anyStr |= !l.bytes;
            anyF |= l.fstring;
        }
        if (anyBytes && anyStr) {
            throw parser.errorAtLastToken("cannot mix bytes and nonbytes literals");
        }
        int line = first.line();
        int col = first.col();
        int endLine = last.endLine();
        int endCol = last.endCol();
        if (anyBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Literal l : parts) {
                decodeBytes(l, out);
            }
            return new Expr.Constant(new ConstantValue.BytesValue(out.toByteArray()), null, line, col, endLine,
                    endCol);
        }
        if (!anyF) {
            StringBuilder out = new StringBuilder();
            for (Literal l : parts) {
                decodeStr(l, l.contentStart, l.contentEnd, out);
            }
            return new Expr.Constant(new ConstantValue.StrValue(out.toString(), escapedSurrogates),
                    parts.get(0).u ? "u" : null, line, col, endLine, endCol);
        }
        baseOffset = first.start();
        baseLine = first.line();
        Joined joined = new Joined(line, col, endLine, endCol, null);
        for (Literal l : parts) {
            if (l.fstring) {
                int[] cursor = {l.contentStart};
                fstring(l, cursor, 0, joined);
            } else {
                decodeStr(l, l.contentStart, l.contentEnd, joined.text);
                joined.mark(l.token.start(), l.token.end());
            }
        }
        return joined.finish();
    }

    /** The values of a JoinedStr being built: literal text is merged until a replacement field comes. */
    private final class Joined {
        final List<Expr> values = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final int line;
        final int col;
        final int endLine;
        final int endCol;
        /** The position of replacement fields: the whole concatenation, also inside format specs. */
        final Joined whole;
        /** The bytes of the source that the literal text so far comes from, where PEP 701 places it. */
        int runStart = -1;
        int runEnd;

        Joined(int line, int col, int endLine, int endCol, Joined whole) {
            this.line = line;
            this.col = col;
            this.endLine = endLine;
            this.endCol = endCol;
            this.whole = whole == null ? this : whole;
        }

        /**
         * Ends the literal text so far. CPython 3.11 places text that a replacement field follows at the whole
         * string, and the text that ends a format spec at the spec's own string token.
         */
        void mark(int from, int to) {
            if (runStart < 0) {
                runStart = from;
            }
            runEnd = to;
        }

        void flush(boolean atEnd) {
            if (pep701()) {
                if (!text.isEmpty()) {
                    values.add(new Expr.Constant(new ConstantValue.StrValue(text.toString(), escapedSurrogates), null,
                            lineAt(runStart), columnAt(runStart), lineAt(runEnd), columnAt(runEnd)));
                }
                text.setLength(0);
                escapedSurrogates = false;
                runStart = -1;
            } else if (!text.isEmpty()) {
                Joined at = atEnd ? this : whole;
                values.add(new Expr.Constant(new ConstantValue.StrValue(text.toString(), escapedSurrogates), null,
                        at.line, at.col, at.endLine, at.endCol));
                text.setLength(0);
                escapedSurrogates = false;
            }
        }

        void add(Expr e) {
            flush(false);
            values.add(e);
        }

        Expr.JoinedStr finish() {
            flush(true);
            return new Expr.JoinedStr(values, line, col, endLine, endCol);
        }
    }

    /**
     * Parses f-string content from {@code cursor[0]} up to the literal's end (level 0) or to the '}' closing a
     * format spec (level 1), adding to {@code joined}.
     */
    private void fstring(Literal l, int[] cursor, int level, Joined joined) {
        byte[] b = src.buf;
        int end = l.contentEnd;
        while (true) {
            // The literal part.
            int s = cursor[0];
            int litStart = s;
            boolean doubled = false;
            // A backslash before a field's brace stays a backslash: it escapes nothing.
            boolean backslashBeforeField = false;
            while (s < end) {
                int ch = b[s++];
                backslashBeforeField = false;
                if (!l.raw && ch == '\\' && s < end) {
                    ch = b[s++];
                    backslashBeforeField = true;
                    if (ch == 'N') {
                        if (s < end && b[s++] == '{') {
                            while (s < end && b[s++] != '}') {
                                // skip the character name
                            }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (level == 0) {
                        if (s < end && b[s] == ch) {
                            doubled = true;
                            break;
                        }
                        if (ch == '}') {
                            throw parser.errorAtLastToken("f-string: single '}' is not allowed");
                        }
                    }
                    s--;
                    break;
                }
            }
            if (s > litStart) {
                if (l.raw) {
                    checkUtf8(litStart, s);
                    joined.text.append(src.text(litStart, s));
                } else if (backslashBeforeField && !doubled && s < end && (b[s] == '{' || b[s] == '}')) {
                    decodeStr(l, litStart, s - 1, joined.text);
                    joined.text.append('\\');
                } else {
                    decodeStr(l, litStart, s, joined.text);
                }
                joined.mark(litStart, doubled ? s + 1 : s);
            }
            if (doubled) {
                cursor[0] = s + 1;
                continue;
            }
            cursor[0] = s;
            if (s >= end || b[s] == '}') {
                break;
            }
            if (level >= (pep701() ? MAX_NESTING_PEP_701 : MAX_NESTING)) {
                throw parser.errorAtLastToken("f-string: expressions nested too deeply");
            }
            replacementField(l, cursor, level, joined);
        }
        if (level == 0 && cursor[0] < end) {
            throw parser.errorAtLastToken("f-string: unexpected end of string");
        }
        if (level != 0 && (cursor[0] >= end || b[cursor[0]] != '}')) {
            throw parser.errorAtLastToken("f-string: expecting '}'");
        }
    }

    private void replacementField(Literal l, int[] cursor, int level, Joined joined) {
        byte[] b = src.buf;
        int end = l.contentEnd;
        int brace = cursor[0];
        int s = brace + 1;
        int exprStart = s;
        int quote = 0;
        int quoteLen = 0;
        byte[] stack = new byte[200];
        int depth = 0;
        for (; s < end; s++) {
            int ch = b[s];
            if (pep701()) {
                if (ch == '\'' || ch == '"') {
                    s = stringEnd(s, end, l, brace) - 1;
                    continue;
                }
                if (ch == '#') {
                    while (s + 1 < end && b[s + 1] != '\n') {
                        s++;
                    }
                    continue;
                }
            } else if (ch == '\\') {
                throw parser.errorAtLastToken("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (quoteLen == 3) {
                        if (s + 2 < end && b[s + 1] == ch && b[s + 2] == ch) {
                            s += 2;
                            quote = 0;
                        }
                    } else {
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (s + 2 < end && b[s + 1] == ch && b[s + 2] == ch) {
                    quoteLen = 3;
                    s += 2;
                } else {
                    quoteLen = 1;
                }
                quote = ch;
                continue;
            }
            if (ch == '[' || ch == '(' || ch == '{') {
                if (depth >= stack.length) {
                    throw parser.errorAtLastToken("f-string: too many nested parenthesis");
                }
                stack[depth++] = (byte) ch;
                continue;
            }
            if (ch == '#') {
                throw parser.errorAtLastToken("f-string expression part cannot include '#'");
            }
            if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (s + 1 < end) {
                    int next = b[s + 1];
                    if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                        s++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            }
            if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw parser.errorAtLastToken("f-string: unmatched '" + (char) ch + "'");
                }
                int open = stack[--depth];
                if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}')) {
                    throw parser.errorAtLastToken("f-string: closing parenthesis '" + (char) ch
                            + "' does not match opening parenthesis '" + (char) open + "'");
                }
            }
        }
        int exprEnd = s;
        if (quote != 0) {
            throw parser.errorAtLastToken("f-string: unterminated string");
        }
        if (depth > 0) {
            throw parser.errorAtLastToken("f-string: unmatched '" + (char) stack[depth - 1] + "'");
        }
        if (s >= end) {
            throw parser.errorAtLastToken("f-string: expecting '}'");
        }
        Expr value = compile(l, brace, exprStart, exprEnd);
        String debugText = null;
        if (b[s] == '=') {
            s++;
            while (s < end && (b[s] == ' ' || b[s] == '\t' || b[s] == '\n' || b[s] == '\f' || b[s] == '\r'
                    || b[s] == 0x0b)) {
                s++;
            }
            if (s >= end) {
                throw parser.errorAtLastToken("f-string: expecting '}'");
            }
            debugText = src.text(exprStart, s);
        }
        int debugEnd = s;
        int conversion = -1;
        if (b[s] == '!') {
            s++;
            if (s >= end) {
                throw parser.errorAtLastToken("f-string: expecting '}'");
            }
            conversion = b[s] & 0xff;
            s++;
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                if (pep701()) {
                    throw parser.errorAtLastToken("f-string: invalid conversion character '" + (char) conversion
                            + "': expected 's', 'r', or 'a'");
                }
                throw parser.errorAtLastToken("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (s < end && b[s] == ':') {
            s++;
            if (s >= end) {
                throw parser.errorAtLastToken("f-string: expecting '}'");
            }
            // CPython 3.11 places a format spec and its literal text at the string token holding it; 3.12 at the
            // spec itself, from its ':' to the closing '}'.
            Token t = l.token;
            Joined spec = new Joined(t.line(), t.col(), t.endLine(), t.endCol(), joined.whole);
            int[] c = {s};
            fstring(l, c, level + 1, spec);
            int colon = s - 1;
            s = c[0];
            if (pep701()) {
                spec.flush(true);
                if (!spec.values.isEmpty() && spec.values.get(spec.values.size() - 1) instanceof Expr.FormattedValue) {
                    // CPython 3.12 ends a spec that ends with a field with an empty string.
                    spec.values.add(new Expr.Constant(new ConstantValue.StrValue("", false), null, lineAt(s),
                            columnAt(s), lineAt(s), columnAt(s)));
                }
                formatSpec = new Expr.JoinedStr(spec.values, lineAt(colon), columnAt(colon), lineAt(s), columnAt(s));
            } else {
                formatSpec = spec.finish();
            }
        }
        if (s >= end || b[s] != '}') {
            throw parser.errorAtLastToken("f-string: expecting '}'");
        }
        s++;
        cursor[0] = s;
        if (debugText != null) {
            joined.text.append(debugText);
            joined.mark(exprStart, debugEnd);
            if (formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        Joined w = joined.whole;
        if (pep701()) {
            joined.add(new Expr.FormattedValue(value, conversion, formatSpec, lineAt(brace), columnAt(brace),
                    lineAt(s), columnAt(s)));
        } else {
            joined.add(new Expr.FormattedValue(value, conversion, formatSpec, w.line, w.col, w.endLine, w.endCol));
        }
    }

    private boolean pep701() {
        return parser.version() == PythonVersion.PY312;
    }

    /** The line of a byte of the string being parsed. */
    private int lineAt(int offset) {
        int line = baseLine;
        byte[] b = src.buf;
        for (int i = baseOffset; i < offset; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The AST column of a byte: its UTF-8 offset in its line. */
    private int columnAt(int offset) {
        return offset - src.lineStart(offset);
    }

    /**
     * The end of the string literal whose quote is at {@code quote} inside a replacement field ending by
     * {@code end}, its prefix letters being those just before the quote; the tokenizer has checked it already.
     */
    private int stringEnd(int quote, int end, Literal l, int brace) {
        byte[] b = src.buf;
        int prefix = quote;
        while (prefix > brace + 1 && "rRbBfFuU".indexOf(b[prefix - 1]) >= 0) {
            prefix--;
        }
        int before = prefix > 0 ? b[prefix - 1] : ' ';
        if (before < 0 || before == '_' || Character.isLetterOrDigit(before)) {
            prefix = quote;
        }
        Tokenizer t = new Tokenizer(src, prefix, end, lineAt(prefix));
        t.pep701(true);
        return t.stringEnd(prefix, quote);
    }

    /** Parses a replacement field's expression in place, so that its nodes get their true positions. */
    private Expr compile(Literal l, int brace, int from, int to) {
        byte[] b = src.buf;
        boolean blank = true;
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\f' && b[i] != '\r') {
                blank = false;
                break;
            }
        }
        if (blank) {
            throw parser.errorAtLastToken(pep701() ? "f-string: valid expression required before '}'"
                    : "f-string: empty expression not allowed");
        }
        int line = l.token.line();
        for (int i = l.token.start(); i < brace; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        int braceCol = brace - src.lineStart(brace);
        Token open = new Token(TokenType.LPAR, brace, brace + 1, line, braceCol, line, braceCol + 1, null);
        Parser sub = new Parser(src, from, to, line, parser.version());
        try {
            return sub.fstringExpression(open);
        } catch (PythonSyntaxError e) {
            // 3.12 reads the field with the rest of the source, so its errors are those of any expression.
            if (e.msg().startsWith("f-string") || pep701()) {
                throw e;
            }
            // CPython counts the columns of these errors from the replacement field's brace.
            int shift = e.line() == line ? src.column(brace) : 0;
            throw new PythonSyntaxError(e.kind(), "f-string: " + e.msg(), e.filename(), e.line(),
                    Math.max(1, e.column() - shift), e.endLine(), Math.max(1, e.endColumn() - shift));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Escapes

    private void decodeStr(Literal l, int from, int to, StringBuilder out) {
        checkUtf8(from, to);
        String text = src.text(from, to);
        if (l.raw || text.indexOf('\\') < 0) {
            out.append(text);
            return;
        }
        int n = text.length();
        int escapedHighEnd = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= n) {
                throw unicodeError(text, i, i, "\\ at end of string");
            }
            int escape = i;
            char e = text.charAt(++i);
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i + 1 < n && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '7'; k++) {
                        v = v * 8 + text.charAt(++i) - '0';
                    }
                    out.append((char) v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = hex(text, i + 1, digits);
                    if (v < 0) {
                        int valid = 0;
                        while (valid < digits && i + 1 + valid < n
                                && Character.digit(text.charAt(i + 1 + valid), 16) >= 0) {
                            valid++;
                        }
                        throw unicodeError(text, escape, i + valid, "truncated \\"
                                + (e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape");
                    }
                    if (v > 0x10FFFF) {
                        throw unicodeError(text, escape, i + digits, "illegal Unicode character");
                    }
                    if (v >= 0xDC00 && v <= 0xDFFF && out.length() == escapedHighEnd) {
                        escapedSurrogates = true;
                    }
                    out.appendCodePoint(v);
                    if (v >= 0xD800 && v <= 0xDBFF) {
                        escapedHighEnd = out.length();
                    }
                    i += digits;
                }
                case 'N' -> {
                    int close = text.indexOf('}', i);
                    if (i + 1 >= n || text.charAt(i + 1) != '{' || close < 0) {
                        throw unicodeError(text, escape, i, "malformed \\N character escape");
                    }
                    String name = text.substring(i + 2, close);
                    int cp = UnicodeNames.lookup(name);
                    if (cp < 0) {
                        throw unicodeError(text, escape, close, "unknown Unicode character name");
                    }
                    out.appendCodePoint(cp);
                    i = close;
                }
                default -> out.append('\\').append(e);
            }
        }
    }

    private void checkUtf8(int from, int to) {
        String bad = Utf8.check(src.buf, from, to);
        if (bad != null) {
            throw parser.errorAtLastToken("(unicode error) " + bad);
        }
    }

    private static int hex(String s, int from, int digits) {
        if (from + digits > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + digits; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0 || s.charAt(i) > 127) {
                return -1;
            }
            v = v * 16 + d;
            if (v < 0) {
                return Integer.MAX_VALUE;
            }
        }
        return v;
    }

    private void decodeBytes(Literal l, ByteArrayOutputStream out) {
        byte[] b = src.buf;
        for (int i = l.contentStart; i < l.contentEnd; i++) {
            if (b[i] < 0) {
                Token t = l.token;
                throw src.errorSpan("SyntaxError", "bytes can only contain ASCII literal characters", t.line(),
                        t.start(), t.endLine(), t.end());
            }
        }
        if (l.raw) {
            out.write(b, l.contentStart, l.contentEnd - l.contentStart);
            return;
        }
        String text = new String(b, l.contentStart, l.contentEnd - l.contentStart, StandardCharsets.ISO_8859_1);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i + 1 >= n) {
                throw valueError("\\ at end of string");
            }
            char e = text.charAt(++i);
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i + 1 < n && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '7'; k++) {
                        v = v * 8 + text.charAt(++i) - '0';
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int v = hex(text, i + 1, 2);
                    if (v < 0) {
                        throw valueError("invalid \\x escape at position " + (i - 1));
                    }
                    out.write(v);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
    }

    /**
     * CPython's error for a bad escape between characters {@code first} and {@code last} of a literal's text.
     * CPython decodes escapes after writing each non-ASCII character as a ten-byte {@code \\UXXXXXXXX}, so
     * its positions count those ten.
     */
    private PythonSyntaxError unicodeError(String text, int first, int last, String detail) {
        int from = escapedPosition(text, first);
        int to = from + (last - first);
        String where = from == to ? "byte in position " + from : "bytes in position " + from + "-" + to;
        return parser.errorAtLastToken("(unicode error) 'unicodeescape' codec can't decode " + where + ": "
                + detail);
    }

    private static int escapedPosition(String text, int index) {
        int pos = 0;
        for (int i = 0; i < index; ) {
            int cp = text.codePointAt(i);
            pos += cp < 0x80 ? 1 : 10;
            i += Character.charCount(cp);
        }
        return pos;
    }

    private PythonSyntaxError valueError(String detail) {
        return parser.errorAtLastToken("(value error) " + detail);
    }
}
