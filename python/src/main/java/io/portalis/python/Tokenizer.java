package io.portalis.python;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Splits a {@link Source} into tokens as CPython 3.11's tokenizer does: INDENT and DEDENT from indentation
 * (tabs to multiples of 8, checked against tabs of size 1), NEWLINE only outside brackets and after a logical
 * line, implicit and explicit line joining, string tokens whole (the parser decodes them), numbers checked.
 * Errors carry CPython's messages and offsets.
 */
final class Tokenizer {

    private static final int MAX_INDENT = 100;
    private static final int MAX_LEVEL = 200;
    private static final boolean[] KEYWORD_INITIALS = new boolean[128];

    static {
        for (String k : Parser.KEYWORDS) {
            KEYWORD_INITIALS[k.charAt(0)] = true;
        }
    }

    private final Source src;
    private final byte[] buf;
    private final int limit;
    private final boolean fstringExpr;
    /** Whether f-strings are read as PEP 701 (Python 3.12) has them: replacement fields are tokenized. */
    private boolean pep701;
    private int pos;
    private int line;
    private int lineStart;
    private boolean atLineStart;

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentDepth;
    private int pendingIndents;
    private int pendingDedents;

    private final byte[] parens = new byte[MAX_LEVEL];
    private final int[] parenLines = new int[MAX_LEVEL];
    private final int[] parenOffsets = new int[MAX_LEVEL];
    private int level;
    /**
     * The last error that CPython's tokenizer signals by a status rather than an exception (bad dedent, tabs,
     * too deep, line continuation, end of input): those do not replace a parser error found earlier.
     */
    private PythonSyntaxError statusError;

    Tokenizer(Source src) {
        this.src = src;
        this.buf = src.buf;
        this.limit = buf.length;
        this.fstringExpr = false;
        this.line = 1;
        this.atLineStart = true;
    }

    /**
     * A tokenizer of the expression of an f-string replacement field, bytes {@code [from, to)} of the source, as
     * if inside brackets; it ends with an ENDMARKER one byte wide at {@code to}.
     */
    Tokenizer(Source src, int from, int to, int line) {
        this.src = src;
        this.buf = src.buf;
        this.limit = to;
        this.fstringExpr = true;
        this.pos = from;
        this.line = line;
        this.lineStart = src.lineStart(from);
        this.atLineStart = false;
    }

    /** Reads f-strings as Python 3.12 does (PEP 701) when {@code on}, as 3.11 does otherwise. */
    void pep701(boolean on) {
        pep701 = on;
    }

    /**
     * The end of the string literal whose prefix starts at {@code start} and whose quote is at {@code quotePos},
     * for a literal that this tokenizer's source is known to hold whole.
     */
    int stringEnd(int start, int quotePos) {
        return string(start, quotePos).end();
    }

    int level() {
        return level;
    }

    /** Whether {@code e} is an error CPython's tokenizer signals by a status, which a parser error outranks. */
    boolean isStatusError(PythonSyntaxError e) {
        return e == statusError;
    }

    private PythonSyntaxError status(PythonSyntaxError e) {
        statusError = e;
        return e;
    }

    /** Returns the next token; after ENDMARKER, ENDMARKER again. */
    Token next() {
        if (pendingDedents > 0) {
            pendingDedents--;
            return new Token(TokenType.DEDENT, pos, pos, line, pos - lineStart, line, pos - lineStart, null);
        }
        if (pendingIndents > 0) {
            pendingIndents--;
            int s = lineStart;
            return new Token(TokenType.INDENT, s, pos, line, 0, line, pos - lineStart, null);
        }
        if (atLineStart) {
            atLineStart = false;
            Token t = lineIndentation();
            if (t != null) {
                return t;
            }
        }
        return token();
    }

    /** Measures the indentation of a new line; returns an INDENT or DEDENT token or null. */
    private Token lineIndentation() {
        while (true) {
            int col = 0;
            int altcol = 0;
            while (pos < limit) {
                byte c = buf[pos];
                if (c == ' ') {
                    col++;
                    altcol++;
                } else if (c == '\t') {
                    col = (col / 8 + 1) * 8;
                    altcol++;
                } else if (c == '\f') {
                    col = 0;
                    altcol = 0;
                } else {
                    break;
                }
                pos++;
            }
            if (pos >= limit) {
                return null;
            }
            byte c = buf[pos];
            if (c == '#' || c == '\n' || level > 0) {
                // Blank lines, comment lines and lines inside brackets do not change the indentation.
                if (c == '\n' && level == 0) {
                    pos++;
                    line++;
                    lineStart = pos;
                    continue;
                }
                if (c == '#' && level == 0) {
                    skipComment();
                    if (pos < limit) {
                        pos++;
                        line++;
                        lineStart = pos;
                    }
                    continue;
                }
                return null;
            }
            if (c == '\\' && pos + 1 < limit && buf[pos + 1] != '\n') {
                // CPython reads a backslash in the indentation as a line continuation before it indents.
                throw status(new PythonSyntaxError("SyntaxError",
                        "unexpected character after line continuation character", src.filename, line,
                        src.column(pos + 1) + 1, line, 0));
            }
            // The indentation before a line continuation is the line's: CPython measures it the same way.
            return compareIndent(col, altcol);
        }
    }

    private Token compareIndent(int col, int altcol) {
        int top = indents[indentDepth];
        int altTop = altIndents[indentDepth];
        if (col == top) {
            if (altcol != altTop) {
                throw tabError();
            }
            return null;
        }
        if (col > top) {
            if (indentDepth + 1 >= MAX_INDENT) {
                throw status(src.errorBefore("IndentationError", "too many levels of indentation", line, pos));
            }
            if (altcol <= altTop) {
                throw tabError();
            }
            indentDepth++;
            indents[indentDepth] = col;
            altIndents[indentDepth] = altcol;
            return new Token(TokenType.INDENT, lineStart, pos, line, 0, line, pos - lineStart, null);
        }
        int dedents = 0;
        while (indentDepth > 0 && col < indents[indentDepth]) {
            indentDepth--;
            dedents++;
        }
        if (col != indents[indentDepth]) {
            // CPython points past the end of the line.
            int lineEnd = pos;
            while (lineEnd < limit && buf[lineEnd] != '\n') {
                lineEnd++;
            }
            throw status(new PythonSyntaxError("IndentationError",
                    "unindent does not match any outer indentation level", src.filename, line,
                    src.column(Math.min(limit, lineEnd + 1) - 1) + 1, line, -1));
        }
        if (altcol != altIndents[indentDepth]) {
            throw tabError();
        }
        pendingDedents = dedents - 1;
        return new Token(TokenType.DEDENT, pos, pos, line, pos - lineStart, line, pos - lineStart, null);
    }

    private PythonSyntaxError tabError() {
        return status(new PythonSyntaxError("TabError", "inconsistent use of tabs and spaces in indentation",
                src.filename, line, 1, line, 0));
    }

    private void skipComment() {
        while (pos < limit && buf[pos] != '\n') {
            pos++;
        }
    }

    private Token make(TokenType type, int start) {
        return new Token(type, start, pos, line, start - lineStart, line, pos - lineStart, null);
    }

    private Token token() {
        while (true) {
            // Skip spaces, comments and line continuations.
            while (pos < limit) {
                byte c = buf[pos];
                if (c == ' ' || c == '\t' || c == '\f') {
                    pos++;
                } else if (c == '#') {
                    skipComment();
                } else if (c == '\\') {
                    if (pos + 1 >= limit) {
                        throw status(new PythonSyntaxError("SyntaxError", "unexpected EOF while parsing",
                                src.filename, line, src.chars(lineStart, pos) + 1, line, src.chars(lineStart, pos) + 1));
                    }
                    if (buf[pos + 1] != '\n') {
                        int col = src.column(pos + 1) + 1;
                        throw status(new PythonSyntaxError("SyntaxError",
                                "unexpected character after line continuation character", src.filename, line, col,
                                line, 0));
                    }
                    if (pos + 2 >= limit && !fstringExpr) {
                        int col = src.column(pos + 1) + 1;
                        throw status(new PythonSyntaxError("SyntaxError", "unexpected EOF while parsing",
                                src.filename, line, col, line, col));
                    }
                    pos += 2;
                    line++;
                    lineStart = pos;
                } else {
                    break;
                }
            }
            if (pos >= limit) {
                return endOfInput();
            }
            int start = pos;
            int c = buf[pos] & 0xff;
            if (c == '\n') {
                pos++;
                if (level > 0 || fstringExpr) {
                    line++;
                    lineStart = pos;
                    continue;
                }
                Token t = new Token(TokenType.NEWLINE, start, pos, line, start - lineStart, line, pos - lineStart,
                        null);
                line++;
                lineStart = pos;
                atLineStart = true;
                return t;
            }
            if (isIdentStart(c)) {
                return nameOrString(start);
            }
            if (c >= '0' && c <= '9' || c == '.' && pos + 1 < limit && isDigit(buf[pos + 1])) {
                return number(start);
            }
            if (c == '"' || c == '\'') {
                return string(start, start);
            }
            return operator(start, c);
        }
    }

    private Token endOfInput() {
        if (fstringExpr) {
            return new Token(TokenType.ENDMARKER, pos, pos + 1, line, pos - lineStart, line, pos - lineStart + 1, null);
        }
        if (level > 0) {
            int i = level - 1;
            throw unclosed(i);
        }
        // CPython leaves the end of input on the last line, at its final newline.
        int last = Math.max(0, pos - 1);
        int lastLine = line > 1 ? line - 1 : 1;
        int col = last - src.lineStart(last);
        if (indentDepth > 0) {
            indentDepth--;
            return new Token(TokenType.DEDENT, last, last, lastLine, col, lastLine, col, null);
        }
        return new Token(TokenType.ENDMARKER, last, last, lastLine, col, lastLine, col, null);
    }

    PythonSyntaxError unclosed(int i) {
        int col = src.column(parenOffsets[i]) + 1;
        return new PythonSyntaxError("SyntaxError", "'" + (char) parens[i] + "' was never closed", src.filename,
                parenLines[i], col, parenLines[i], col);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isIdentStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128;
    }

    private static boolean isIdentChar(int c) {
        return isIdentStart(c) || c >= '0' && c <= '9';
    }

    private Token nameOrString(int start) {
        boolean ascii = true;
        while (pos < limit) {
            int c = buf[pos] & 0xff;
            if (!isIdentChar(c)) {
                break;
            }
            ascii &= c < 128;
            pos++;
        }
        if (pos < limit && (buf[pos] == '"' || buf[pos] == '\'') && isStringPrefix(start, pos)) {
            return string(start, pos);
        }
        String name;
        if (ascii) {
            name = asciiName(start, pos);
        } else {
            name = checkIdentifier(start, pos);
        }
        return new Token(TokenType.NAME, start, pos, line, start - lineStart, line, pos - lineStart, name,
                mayBeKeyword(start, pos) && Parser.KEYWORDS.contains(name));
    }

    /**
     * Whether {@code buf[from, to)} has a keyword's length and first letter: most names (self, _private, s...)
     * fail this and skip hashing the name to look it up.
     */
    private boolean mayBeKeyword(int from, int to) {
        int n = to - from;
        int first = buf[from] & 0xff;
        return n >= 2 && n <= 8 && first < 128 && KEYWORD_INITIALS[first];
    }

    private String asciiName(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** Validates a non-ASCII identifier as CPython does and returns it NFKC-normalized. */
    private String checkIdentifier(int start, int end) {
        String bad = Utf8.check(buf, start, end);
        if (bad != null) {
            // CPython points at the end of the name.
            int col = src.column(end);
            throw new PythonSyntaxError("SyntaxError", "(unicode error) " + bad, src.filename, line, col, line, col);
        }
        String s = src.text(start, end);
        int i = 0;
        int offset = start;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean ok = i == 0 ? isXidStart(cp) : isXidContinue(cp);
            if (!ok) {
                pos = offset + new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                throw invalidCharacter(cp, pos);
            }
            offset += new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            i += Character.charCount(cp);
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static boolean isXidStart(int cp) {
        return cp == '_' || Character.isUnicodeIdentifierStart(cp) && cp != 0x2E2F;
    }

    private static boolean isXidContinue(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && cp != 0x2E2F;
    }

    private PythonSyntaxError invalidCharacter(int cp, int after) {
        int type = Character.getType(cp);
        boolean printable = !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SPACE_SEPARATOR);
        String msg = printable
                ? String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp)
                : String.format("invalid non-printable character U+%04X", cp);
        return src.errorBefore("SyntaxError", msg, line, after);
    }

    private boolean isStringPrefix(int from, int to) {
        int n = to - from;
        if (n > 2) {
            return false;
        }
        boolean r = false;
        boolean b = false;
        boolean f = false;
        boolean u = false;
        for (int i = from; i < to; i++) {
            switch (buf[i] | 0x20) {
                case 'r' -> {
                    if (r) {
                        return false;
                    }
                    r = true;
                }
                case 'b' -> {
                    if (b) {
                        return false;
                    }
                    b = true;
                }
                case 'f' -> {
                    if (f) {
                        return false;
                    }
                    f = true;
                }
                case 'u' -> {
                    if (u) {
                        return false;
                    }
                    u = true;
                }
                default -> {
                    return false;
                }
            }
        }
        if (u) {
            return n == 1;
        }
        return !(b && f);
    }

    private Token string(int start, int quotePos) {
        byte quote = buf[quotePos];
        pos = quotePos + 1;
        int startLine = line;
        int startCol = start - lineStart;
        boolean triple = pos + 1 < limit && buf[pos] == quote && buf[pos + 1] == quote;
        if (triple) {
            pos += 2;
        }
        if (pep701 && isFString(start, quotePos)) {
            fstringBody(start, quote, triple, isRaw(start, quotePos), startLine);
            return new Token(TokenType.STRING, start, pos, startLine, startCol, line, pos - lineStart, null);
        }
        while (true) {
            if (pos >= limit) {
                if (fstringExpr) {
                    throw new PythonSyntaxError("SyntaxError", "f-string: unterminated string", src.filename,
                            startLine, startCol + 1, startLine, startCol + 1);
                }
                String msg = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
                int ls = src.lineStart(start);
                int col = src.chars(ls, start) + 1;
                throw new PythonSyntaxError("SyntaxError", msg + " (detected at line " + (line - (triple ? 1 : 0))
                        + ")", src.filename, startLine, col, startLine, col);
            }
            byte c = buf[pos];
            if (c == quote) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (pos + 2 < limit && buf[pos + 1] == quote && buf[pos + 2] == quote) {
                    pos += 3;
                    break;
                }
                pos++;
            } else if (c == '\\') {
                pos++;
                if (pos < limit) {
                    if (buf[pos] == '\n') {
                        line++;
                        lineStart = pos + 1;
                    }
                    pos++;
                }
            } else if (c == '\n') {
                if (!triple) {
                    int ls = src.lineStart(start);
                    int col = src.chars(ls, start) + 1;
                    throw new PythonSyntaxError("SyntaxError", "unterminated string literal (detected at line "
                            + line + ")", src.filename, startLine, col, startLine, col);
                }
                pos++;
                line++;
                lineStart = pos;
            } else {
                pos++;
            }
        }
        return new Token(TokenType.STRING, start, pos, startLine, startCol, line, pos - lineStart, null);
    }

    private boolean isFString(int start, int quotePos) {
        for (int i = start; i < quotePos; i++) {
            if ((buf[i] | 0x20) == 'f') {
                return true;
            }
        }
        return false;
    }

    private boolean isRaw(int start, int quotePos) {
        for (int i = start; i < quotePos; i++) {
            if ((buf[i] | 0x20) == 'r') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads an f-string's body after its opening quote as PEP 701 has it: text up to a replacement field, whose
     * expression is read token by token (so that it may hold strings in the same quotes, comments, backslashes and
     * line breaks), then its format spec, which is text with fields again. Leaves {@code pos} after the closing
     * quote.
     */
    private void fstringBody(int start, byte quote, boolean triple, boolean raw, int startLine) {
        while (true) {
            if (pos >= limit) {
                throw unterminatedFString(start, triple, startLine);
            }
            byte c = buf[pos];
            if (c == quote
                    && (!triple || pos + 2 < limit && buf[pos + 1] == quote && buf[pos + 2] == quote)) {
                pos += triple ? 3 : 1;
                return;
            }
            if (c == '\\') {
                // A backslash keeps the next character from ending the string, also in a raw f-string, but not
                // from opening or closing a replacement field.
                pos++;
                if (pos < limit && buf[pos] != '{' && buf[pos] != '}') {
                    if (buf[pos] == '\n') {
                        line++;
                        lineStart = pos + 1;
                    } else if (!raw && buf[pos] == 'N' && pos + 1 < limit && buf[pos + 1] == '{') {
                        // \N{NAME} is an escape, not a replacement field.
                        while (pos < limit && buf[pos] != '}' && buf[pos] != quote && buf[pos] != '\n') {
                            pos++;
                        }
                        continue;
                    }
                    pos++;
                }
            } else if (c == '\n') {
                if (!triple) {
                    throw unterminatedFString(start, false, startLine);
                }
                pos++;
                line++;
                lineStart = pos;
            } else if (c == '{' && pos + 1 < limit && buf[pos + 1] == '{') {
                pos += 2;
            } else if (c == '{') {
                pos++;
                replacementField(start, triple, startLine);
            } else {
                pos++;
            }
        }
    }

    /**
     * Reads a replacement field's expression after its '{': up to its closing '}' (consumed) or to the ':' of
     * its format spec (consumed, the spec's text and closing '}' being left to the caller).
     */
    private void replacementField(int start, boolean triple, int startLine) {
        int depth = 0;
        while (true) {
            if (pos >= limit) {
                throw unterminatedFString(start, triple, startLine);
            }
            byte c = buf[pos];
            if (c == '\'' || c == '"') {
                int prefix = pos;
                while (prefix > 0 && "rRbBfFuU".indexOf(buf[prefix - 1]) >= 0) {
                    prefix--;
                }
                if (prefix > 0 && isIdentifierByte(buf[prefix - 1])) {
                    prefix = pos;
                }
                string(prefix, pos);
                continue;
            }
            if (c == '#') {
                while (pos < limit && buf[pos] != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '}') {
                if (depth == 0) {
                    pos++;
                    return;
                }
                depth--;
            } else if (c == ':' && depth == 0) {
                pos++;
                formatSpec(start, triple, startLine);
                return;
            }
            pos++;
        }
    }

    /** Reads a format spec after its ':' up to and including the '}' that closes its replacement field. */
    private void formatSpec(int start, boolean triple, int startLine) {
        while (true) {
            if (pos >= limit || buf[pos] == '\n' && !triple) {
                throw unterminatedFString(start, triple, startLine);
            }
            byte c = buf[pos];
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
            if (c == '{') {
                replacementField(start, triple, startLine);
            } else if (c == '}') {
                return;
            }
        }
    }

    private static boolean isIdentifierByte(byte b) {
        return b < 0 || b == '_' || b >= '0' && b <= '9' || (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
    }

    private PythonSyntaxError unterminatedFString(int start, boolean triple, int startLine) {
        int ls = src.lineStart(start);
        int col = src.chars(ls, start) + 1;
        String msg = triple ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal";
        return new PythonSyntaxError("SyntaxError", msg + " (detected at line " + line + ")", src.filename,
                startLine, col, startLine, col);
    }

    private Token number(int start) {
        int c = buf[pos];
        if (c == '0' && pos + 1 < limit && "xXoObB".indexOf(buf[pos + 1]) >= 0) {
            char kind = (char) (buf[pos + 1] | 0x20);
            pos += 2;
            String name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            boolean any = false;
            while (true) {
                if (pos < limit && buf[pos] == '_') {
                    pos++;
                }
                if (pos < limit && isRadixDigit(buf[pos], kind)) {
                    any = true;
                    while (pos < limit && isRadixDigit(buf[pos], kind)) {
                        pos++;
                    }
                } else {
                    break;
                }
            }
            if (pos < limit && (kind == 'o' || kind == 'b') && isDigit(buf[pos])) {
                throw src.errorBefore("SyntaxError", "invalid digit '" + (char) buf[pos] + "' in " + name
                        + " literal", line, pos + 1);
            }
            if (!any || pos < limit && buf[pos - 1] == '_') {
                throw src.errorBefore("SyntaxError", "invalid " + name + " literal", line, pos);
            }
            verifyEnd(name);
            return make(TokenType.NUMBER, start);
        }
        boolean isFloat = false;
        if (c != '.') {
            decimals("decimal");
            // Leading zeros: "0_0" is fine, "07" is not.
            if (buf[start] == '0') {
                boolean allZero = true;
                for (int i = start; i < pos; i++) {
                    if (buf[i] != '0' && buf[i] != '_') {
                        allZero = false;
                        break;
                    }
                }
                boolean more = pos < limit && (buf[pos] == '.' || buf[pos] == 'e' || buf[pos] == 'E'
                        || buf[pos] == 'j' || buf[pos] == 'J');
                if (!allZero && !more) {
                    int zerosEnd = start;
                    while (zerosEnd < pos && (buf[zerosEnd] == '0' || buf[zerosEnd] == '_')) {
                        zerosEnd++;
                    }
                    int ls = lineStart;
                    throw new PythonSyntaxError("SyntaxError", "leading zeros in decimal integer literals are not "
                            + "permitted; use an 0o prefix for octal integers", src.filename, line,
                            src.chars(ls, start) + 1, line, src.chars(ls, zerosEnd) + 1);
                }
            }
        }
        if (pos < limit && buf[pos] == '.') {
            isFloat = true;
            pos++;
            if (pos < limit && isDigit(buf[pos])) {
                decimals("decimal");
            }
        }
        if (pos < limit && (buf[pos] == 'e' || buf[pos] == 'E')) {
            int save = pos;
            pos++;
            if (pos < limit && (buf[pos] == '+' || buf[pos] == '-')) {
                pos++;
                if (pos >= limit || !isDigit(buf[pos])) {
                    throw src.errorBefore("SyntaxError", "invalid decimal literal", line, pos);
                }
            } else if (pos >= limit || !isDigit(buf[pos])) {
                pos = save;
                verifyEnd("decimal");
                return make(TokenType.NUMBER, start);
            }
            decimals("decimal");
            isFloat = true;
        }
        if (pos < limit && (buf[pos] == 'j' || buf[pos] == 'J')) {
            pos++;
            verifyEnd("imaginary");
        } else {
            verifyEnd("decimal");
        }
        return make(TokenType.NUMBER, start);
    }

    private void decimals(String name) {
        while (true) {
            while (pos < limit && isDigit(buf[pos])) {
                pos++;
            }
            if (pos < limit && buf[pos] == '_') {
                pos++;
                if (pos >= limit || !isDigit(buf[pos])) {
                    throw src.errorBefore("SyntaxError", "invalid " + name + " literal", line, pos);
                }
            } else {
                return;
            }
        }
    }

    private static boolean isRadixDigit(byte b, char kind) {
        return switch (kind) {
            case 'x' -> b >= '0' && b <= '9' || (b | 0x20) >= 'a' && (b | 0x20) <= 'f';
            case 'o' -> b >= '0' && b <= '7';
            default -> b == '0' || b == '1';
        };
    }

    /** A number directly followed by a name is an error, except before the keywords CPython still tolerates. */
    private void verifyEnd(String kind) {
        if (pos >= limit) {
            return;
        }
        int c = buf[pos] & 0xff;
        boolean tolerated = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> pos + 1 < limit && (buf[pos + 1] == 'f' || buf[pos + 1] == 'n' || buf[pos + 1] == 's');
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (!tolerated && isIdentChar(c)) {
            throw src.errorBefore("SyntaxError", "invalid " + kind + " literal", line, pos);
        }
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (pos + 1 + i >= limit || buf[pos + 1 + i] != rest.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private Token operator(int start, int c) {
        int c1 = pos + 1 < limit ? buf[pos + 1] & 0xff : -1;
        int c2 = pos + 2 < limit ? buf[pos + 2] & 0xff : -1;
        TokenType t = switch (c) {
            case '(' -> TokenType.LPAR;
            case ')' -> TokenType.RPAR;
            case '[' -> TokenType.LSQB;
            case ']' -> TokenType.RSQB;
            case '{' -> TokenType.LBRACE;
            case '}' -> TokenType.RBRACE;
            case ',' -> TokenType.COMMA;
            case ';' -> TokenType.SEMI;
            case '~' -> TokenType.TILDE;
            case ':' -> c1 == '=' ? TokenType.COLONEQUAL : TokenType.COLON;
            case '+' -> c1 == '=' ? TokenType.PLUSEQUAL : TokenType.PLUS;
            case '-' -> c1 == '=' ? TokenType.MINEQUAL : c1 == '>' ? TokenType.RARROW : TokenType.MINUS;
            case '*' -> c1 == '*' ? (c2 == '=' ? TokenType.DOUBLESTAREQUAL : TokenType.DOUBLESTAR)
                    : c1 == '=' ? TokenType.STAREQUAL : TokenType.STAR;
            case '/' -> c1 == '/' ? (c2 == '=' ? TokenType.DOUBLESLASHEQUAL : TokenType.DOUBLESLASH)
                    : c1 == '=' ? TokenType.SLASHEQUAL : TokenType.SLASH;
            case '|' -> c1 == '=' ? TokenType.VBAREQUAL : TokenType.VBAR;
            case '&' -> c1 == '=' ? TokenType.AMPEREQUAL : TokenType.AMPER;
            case '^' -> c1 == '=' ? TokenType.CIRCUMFLEXEQUAL : TokenType.CIRCUMFLEX;
            case '%' -> c1 == '=' ? TokenType.PERCENTEQUAL : TokenType.PERCENT;
            case '@' -> c1 == '=' ? TokenType.ATEQUAL : TokenType.AT;
            case '=' -> c1 == '=' ? TokenType.EQEQUAL : TokenType.EQUAL;
            case '!' -> c1 == '=' ? TokenType.NOTEQUAL : TokenType.ERROR;
            case '<' -> c1 == '<' ? (c2 == '=' ? TokenType.LEFTSHIFTEQUAL : TokenType.LEFTSHIFT)
                    : c1 == '=' ? TokenType.LESSEQUAL : c1 == '>' ? TokenType.NOTEQUAL : TokenType.LESS;
            case '>' -> c1 == '>' ? (c2 == '=' ? TokenType.RIGHTSHIFTEQUAL : TokenType.RIGHTSHIFT)
                    : c1 == '=' ? TokenType.GREATEREQUAL : TokenType.GREATER;
            case '.' -> c1 == '.' && c2 == '.' ? TokenType.ELLIPSIS : TokenType.DOT;
            default -> TokenType.ERROR;
        };
        if (t == TokenType.NOTEQUAL && c == '<') {
            // "<>" is only valid under the Barry-as-FLUFL future import.
            t = TokenType.ERROR;
            pos += 2;
            return make(t, start);
        }
        if (t == TokenType.ERROR) {
            if (c >= 128 || c < 32 && c != '\t' || c == 0x7f) {
                throw invalidAt(start);
            }
            pos++;
            return make(t, start);
        }
        pos += t.text.length();
        switch (t) {
            case LPAR, LSQB, LBRACE -> {
                if (level >= MAX_LEVEL) {
                    throw src.errorBefore("SyntaxError", "too many nested parentheses", line, pos);
                }
                parens[level] = (byte) c;
                parenLines[level] = line;
                parenOffsets[level] = start;
                level++;
            }
            case RPAR, RSQB, RBRACE -> {
                if (level == 0) {
                    throw src.errorBefore("SyntaxError", (fstringExpr ? "f-string: " : "") + "unmatched '"
                            + (char) c + "'", line, pos);
                }
                level--;
                int open = parens[level];
                if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
                    String msg = parenLines[level] != line
                            ? "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                    + (char) open + "' on line " + parenLines[level]
                            : "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                    + (char) open + "'";
                    throw src.errorBefore("SyntaxError", msg, line, pos);
                }
            }
            default -> {
            }
        }
        return make(t, start);
    }

    private PythonSyntaxError invalidAt(int start) {
        int c = buf[start] & 0xff;
        if (c < 128) {
            pos = start + 1;
            return invalidCharacter(c, pos);
        }
        String s = src.text(start, Math.min(limit, start + 4));
        int cp = s.codePointAt(0);
        int after = start + new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return invalidCharacter(cp, after);
    }
}
