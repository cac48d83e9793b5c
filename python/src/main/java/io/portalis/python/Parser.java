package io.portalis.python;

import io.portalis.python.ast.Alias;
import io.portalis.python.ast.Arg;
import io.portalis.python.ast.Arguments;
import io.portalis.python.ast.BoolOperator;
import io.portalis.python.ast.CmpOperator;
import io.portalis.python.ast.Comprehension;
import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.ExceptHandler;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.ExprContext;
import io.portalis.python.ast.Keyword;
import io.portalis.python.ast.MatchCase;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Operator;
import io.portalis.python.ast.Pattern;
import io.portalis.python.ast.Stmt;
import io.portalis.python.ast.TypeParam;
import io.portalis.python.ast.UnaryOperator;
import io.portalis.python.ast.WithItem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recursive-descent parser of Python 3.11 that builds the tree CPython's {@code ast.parse} builds, with the
 * same positions, and rejects what CPython rejects with a {@link PythonSyntaxError}.
 *
 * <p>The grammar follows CPython's PEG grammar rule by rule; where that grammar backtracks, this parser looks
 * ahead or parses a common prefix once and decides afterwards (an assignment's targets are parsed as
 * expressions, then checked and turned into targets).
 */
public final class Parser {

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    private final Source src;
    private final Tokenizer tokenizer;
    private final List<Token> tokens = new ArrayList<>();
    /** The bracket nesting after each token of {@link #tokens}, as CPython's tokens record it. */
    private int[] levels = new int[256];
    private RuntimeException tokenizerError;
    private int p;
    private int farthest;
    /** An "unexpected indent" or "unexpected unindent", which CPython reports without reading further. */
    private PythonSyntaxError indentationError;
    private final Strings strings;
    private PythonVersion version = PythonVersion.PY311;
    /** Whether this parser reads an f-string replacement field, which CPython parses inside brackets. */
    private boolean insideFString;

    private Parser(Source src, Tokenizer tokenizer) {
        this.src = src;
        this.tokenizer = tokenizer;
        this.strings = new Strings(src, this);
    }

    /**
     * Parses a module from its bytes, decoding them as CPython does: a UTF-8 byte order mark, else a coding
     * declaration on the first or second line, else UTF-8.
     *
     * @param source the file's bytes
     * @param filename the name to show in errors
     * @return the module, as {@code ast.parse(source)} returns it
     * @throws PythonSyntaxError if CPython would reject the source, or if it nests too deeply for the thread's
     *     stack (where CPython raises {@code MemoryError})
     */
    public static Mod.Module parse(byte[] source, String filename) {
        return parse(source, filename, PythonVersion.PY311);
    }

    /**
     * Parses a module from its bytes with the grammar of the given version; see {@link #parse(byte[], String)}.
     *
     * @param source the file's bytes
     * @param filename the name to show in errors
     * @param version the grammar
     * @return the module
     * @throws PythonSyntaxError if that version of CPython would reject the source, or if it nests too deeply
     *     for the thread's stack
     */
    public static Mod.Module parse(byte[] source, String filename, PythonVersion version) {
        byte[] utf8 = Decoding.toUtf8(source, filename);
        return parseUtf8(utf8, filename, Decoding.declaresEncoding(source), version);
    }

    /**
     * Parses a module from text; a coding declaration in it is ignored, as CPython ignores it in a {@code str}.
     *
     * @param source the source text
     * @param filename the name to show in errors
     * @return the module, as {@code ast.parse(source)} returns it
     * @throws PythonSyntaxError if CPython would reject the source, or if it nests too deeply for the thread's
     *     stack (where CPython raises {@code MemoryError})
     */
    public static Mod.Module parse(String source, String filename) {
        return parseUtf8(Decoding.encodeUtf8(source, filename), filename, true, PythonVersion.PY311);
    }

    private static Mod.Module parseUtf8(byte[] utf8, String filename, boolean charColumns, PythonVersion version) {
        for (byte b : utf8) {
            if (b == 0) {
                throw new PythonSyntaxError("SyntaxError", "source code string cannot contain null bytes", filename,
                        1, 0, 1, 0);
            }
        }
        Source src = new Source(Source.normalizeNewlines(utf8), filename, charColumns);
        Parser parser = new Parser(src, new Tokenizer(src));
        parser.version = version;
        parser.tokenizer.pep701(version == PythonVersion.PY312);
        try {
            return parser.file();
        } catch (StackOverflowError e) {
            // CPython raises MemoryError here; a syntax error keeps the contract that bad input is a syntax error.
            throw new PythonSyntaxError("SyntaxError", "Parser stack overflowed - Python source too complex to parse",
                    filename, 1, 0, 1, 0);
        }
    }

    /** A parser of one f-string replacement field's expression, over bytes {@code [from, to)} of the source. */
    Parser(Source src, int from, int to, int line, PythonVersion version) {
        this(src, new Tokenizer(src, from, to, line));
        this.version = version;
        this.tokenizer.pep701(version == PythonVersion.PY312);
        this.insideFString = true;
    }

    PythonVersion version() {
        return version;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Tokens

    private Token peek() {
        return peek(0);
    }

    private Token peek(int k) {
        int i = p + k;
        if (i < tokens.size()) {
            if (i > farthest) {
                farthest = i;
            }
            return tokens.get(i);
        }
        while (tokens.size() <= i) {
            if (tokenizerError != null) {
                throw tokenizerError;
            }
            try {
                tokens.add(tokenizer.next());
                if (tokens.size() > levels.length) {
                    levels = java.util.Arrays.copyOf(levels, levels.length * 2);
                }
                levels[tokens.size() - 1] = tokenizer.level() + (insideFString ? 1 : 0);
            } catch (PythonSyntaxError e) {
                tokenizerError = e;
                throw e;
            }
        }
        if (i > farthest) {
            farthest = i;
        }
        return tokens.get(i);
    }

    private Token next() {
        Token t = peek();
        p++;
        return t;
    }

    private Token prev() {
        return tokens.get(p - 1);
    }

    private boolean at(TokenType t) {
        return peek().type() == t;
    }

    private boolean atKw(String kw) {
        Token t = peek();
        return t.type() == TokenType.NAME && t.text().equals(kw);
    }

    private boolean accept(TokenType t) {
        if (at(t)) {
            p++;
            return true;
        }
        return false;
    }

    private boolean acceptKw(String kw) {
        if (atKw(kw)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expect(TokenType t) {
        if (!at(t)) {
            throw invalidSyntax();
        }
        return next();
    }

    private Token expectKw(String kw) {
        if (!atKw(kw)) {
            throw invalidSyntax();
        }
        return next();
    }

    private Token expectColon() {
        if (!at(TokenType.COLON)) {
            Token t = peek();
            if (t.type() == TokenType.NEWLINE || t.type() == TokenType.ENDMARKER) {
                Token before = prev();
                throw src.errorSpan("SyntaxError", "expected ':'", before.endLine(), before.end(), before.endLine(),
                        before.end());
            }
            throw invalidSyntax();
        }
        return next();
    }

    /** A ':' that CPython's grammar demands (def, try, else, finally): anything else is "expected ':'". */
    private Token expectForcedColon() {
        if (!at(TokenType.COLON)) {
            throw error(peek(), "expected ':'");
        }
        return next();
    }

    /**
     * "invalid syntax" at the farthest token read, where CPython reports it (an INDENT there means "unexpected
     * indent").
     */
    PythonSyntaxError invalidSyntax() {
        Token t = tokens.get(Math.min(farthest, tokens.size() - 1));
        PythonSyntaxError generic;
        if (t.type() == TokenType.INDENT) {
            generic = new PythonSyntaxError("IndentationError", "unexpected indent", src.filename, t.line(),
                    src.column(t.end()), t.line(), -1);
        } else if (t.type() == TokenType.DEDENT) {
            generic = src.errorAt(t, "unexpected unindent");
            generic = new PythonSyntaxError("IndentationError", "unexpected unindent", src.filename, t.line(),
                    generic.column(), t.line(), -1);
        } else {
            return src.errorAt(t, "invalid syntax");
        }
        indentationError = generic;
        return generic;
    }

    /**
     * CPython tokenizes the rest of the input after a parser error and reports a tokenizer error found there
     * instead; brackets left open at the end win only over an error on a later line than the bracket.
     */
    private PythonSyntaxError preferTokenizerError(PythonSyntaxError generic) {
        if (tokenizerError instanceof PythonSyntaxError e) {
            return e;
        }
        try {
            while (true) {
                Token t = tokenizer.next();
                if (t.type() == TokenType.ENDMARKER) {
                    break;
                }
            }
        } catch (PythonSyntaxError e) {
            if (tokenizer.isStatusError(e)) {
                return generic;
            }
            // CPython compares with the last token it read, which may lie beyond the error.
            boolean later = tokens.get(tokens.size() - 1).line() > e.line();
            return e.msg().endsWith("' was never closed") && !later ? generic : e;
        }
        return generic;
    }

    /** An error at the last token read, where CPython's parser places errors that name no node. */
    PythonSyntaxError errorAtLastToken(String msg) {
        return error(tokens.get(Math.min(farthest, tokens.size() - 1)), msg);
    }

    private PythonSyntaxError error(Token t, String msg) {
        return src.errorAt(t, msg);
    }

    private PythonSyntaxError errorNode(Expr e, String msg) {
        return errorRange(e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset(), msg);
    }

    private PythonSyntaxError errorRange(int line, int col, int endLine, int endCol, String msg) {
        int from = offsetOf(line, col);
        int to = offsetOf(endLine, endCol);
        return src.errorSpan("SyntaxError", msg, line, from, endLine, to);
    }

    /** The byte offset of a (line, column) position, found from a token on that line. */
    private int offsetOf(int line, int col) {
        for (int i = Math.min(farthest, tokens.size() - 1); i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.line() == line) {
                return t.start() - t.col() + col;
            }
            if (t.endLine() == line) {
                return t.end() - t.endCol() + col;
            }
        }
        return col;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Statements

    private Mod.Module file() {
        try {
            List<Stmt> body = new ArrayList<>();
            while (!at(TokenType.ENDMARKER)) {
                statement(body);
            }
            return new Mod.Module(body, List.of());
        } catch (PythonSyntaxError e) {
            throw e == tokenizerError || e == indentationError ? e : preferTokenizerError(e);
        }
    }

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "def" -> {
                    out.add(functionDef(List.of(), t, false));
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of(), t));
                    return;
                }
                case "if" -> {
                    out.add(ifStmt("if"));
                    return;
                }
                case "while" -> {
                    out.add(whileStmt());
                    return;
                }
                case "for" -> {
                    out.add(forStmt(t, false));
                    return;
                }
                case "with" -> {
                    out.add(withStmt(t, false));
                    return;
                }
                case "try" -> {
                    out.add(tryStmt());
                    return;
                }
                case "async" -> {
                    Token n = peek(1);
                    if (n.isName("def")) {
                        p++;
                        out.add(functionDef(List.of(), t, true));
                        return;
                    }
                    if (n.isName("for")) {
                        p++;
                        out.add(forStmt(t, true));
                        return;
                    }
                    if (n.isName("with")) {
                        p++;
                        out.add(withStmt(t, true));
                        return;
                    }
                    throw invalidSyntax();
                }
                case "match" -> {
                    Stmt m = matchStmt();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                }
                default -> {
                }
            }
        } else if (t.type() == TokenType.AT) {
            out.add(decorated());
            return;
        } else if (t.type() == TokenType.INDENT) {
            throw invalidSyntax();
        }
        simpleStatements(out);
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (accept(TokenType.SEMI)) {
                if (at(TokenType.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        expect(TokenType.NEWLINE);
    }

    /** The body of a compound statement after its ':'. */
    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (accept(TokenType.NEWLINE)) {
            if (!at(TokenType.INDENT)) {
                Token t = peek();
                String msg = "expected an indented block after " + what + " on line " + header.line();
                throw src.errorSpan("IndentationError", msg, t.line(), t.start(), t.endLine(), t.end());
            }
            p++;
            do {
                statement(body);
            } while (!at(TokenType.DEDENT) && !at(TokenType.ENDMARKER));
            accept(TokenType.DEDENT);
        } else {
            simpleStatements(body);
        }
        return body;
    }

    /**
     * The end of a compound statement: CPython ends it at the last token read that is not NEWLINE, INDENT or
     * DEDENT, which includes a trailing ';'.
     */
    private Token lastReal() {
        for (int i = p - 1; i > 0; i--) {
            TokenType t = tokens.get(i).type();
            if (t != TokenType.NEWLINE && t != TokenType.INDENT && t != TokenType.DEDENT
                    && t != TokenType.ENDMARKER) {
                return tokens.get(i);
            }
        }
        return tokens.get(0);
    }


    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(TokenType.AT)) {
            decorators.add(namedExpression());
            expect(TokenType.NEWLINE);
        }
        Token t = peek();
        if (t.isName("def")) {
            return functionDef(decorators, t, false);
        }
        if (t.isName("async") && peek(1).isName("def")) {
            p++;
            return functionDef(decorators, t, true);
        }
        if (t.isName("class")) {
            return classDef(decorators, t);
        }
        throw invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators, Token start, boolean async) {
        expectKw("def");
        String name = name();
        List<TypeParam> typeParams = typeParams();
        if (!at(TokenType.LPAR)) {
            throw error(peek(), "expected '('");
        }
        p++;
        Arguments args = parameters(true, TokenType.RPAR);
        expect(TokenType.RPAR);
        Expr returns = null;
        if (accept(TokenType.RARROW)) {
            returns = expression();
        }
        expectForcedColon();
        List<Stmt> body = block("function definition", start);
        if (async) {
            return new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null, typeParams, start.line(),
                    start.col(),
                    lastReal().endLine(),
                lastReal().endCol());
        }
        return new Stmt.FunctionDef(name, args, body, decorators, returns, null, typeParams, start.line(),
                start.col(),
                lastReal().endLine(),
                lastReal().endCol());
    }

    private Stmt classDef(List<Expr> decorators, Token start) {
        expectKw("class");
        String name = name();
        List<TypeParam> typeParams = typeParams();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (accept(TokenType.LPAR)) {
            callArguments(bases, keywords, null);
            expect(TokenType.RPAR);
        }
        expectColon();
        List<Stmt> body = block("class definition", start);
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, typeParams, start.line(), start.col(), lastReal().endLine(),
                lastReal().endCol());
    }

    /** A type parameter list {@code [T: bound, *Ts, **P]} (Python 3.12), or an empty list. */
    private List<TypeParam> typeParams() {
        List<TypeParam> params = new ArrayList<>();
        if (version != PythonVersion.PY312 || !at(TokenType.LSQB)) {
            return params;
        }
        Token open = next();
        if (at(TokenType.RSQB)) {
            throw error(open, "expected '('");
        }
        do {
            if (at(TokenType.RSQB) && !params.isEmpty()) {
                break;
            }
            Token t = peek();
            if (accept(TokenType.STAR) || accept(TokenType.DOUBLESTAR)) {
                String name = name();
                if (at(TokenType.COLON)) {
                    throw error(peek(), t.type() == TokenType.STAR ? "cannot use bound with TypeVarTuple"
                            : "cannot use bound with ParamSpec");
                }
                params.add(t.type() == TokenType.STAR
                        ? new TypeParam.TypeVarTuple(name, t.line(), t.col(), prev().endLine(), prev().endCol())
                        : new TypeParam.ParamSpec(name, t.line(), t.col(), prev().endLine(), prev().endCol()));
            } else {
                String name = name();
                Expr bound = accept(TokenType.COLON) ? expression() : null;
                params.add(new TypeParam.TypeVar(name, bound, t.line(), t.col(), prev().endLine(), prev().endCol()));
            }
        } while (accept(TokenType.COMMA));
        expect(TokenType.RSQB);
        return params;
    }

    /** {@code type X[T] = value} (Python 3.12), where "type" is a soft keyword. */
    private Stmt typeAlias() {
        Token start = next();
        Token n = peek();
        Expr name = new Expr.Name(name(), ExprContext.STORE, n.line(), n.col(), n.endLine(), n.endCol());
        List<TypeParam> params = typeParams();
        expect(TokenType.EQUAL);
        Expr value = expression();
        return new Stmt.TypeAlias(name, params, value, start.line(), start.col(), prev().endLine(), prev().endCol());
    }

    /** Parameters of a def ({@code annotations}) or a lambda, up to the {@code end} token, not consumed. */
    private Arguments parameters(boolean annotations, TokenType end) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean star = false;
        boolean slash = false;
        if (at(TokenType.LPAR) && peek(1).type() == TokenType.NAME) {
            throw error(peek(), annotations ? "Function parameters cannot be parenthesized"
                    : "Lambda expression parameters cannot be parenthesized");
        }
        while (!at(end)) {
            Token t = peek();
            if (t.type() == TokenType.SLASH) {
                if (slash) {
                    throw error(t, "/ may appear only once");
                }
                if (star) {
                    throw error(t, "/ must be ahead of *");
                }
                if (args.isEmpty()) {
                    throw error(t, "at least one argument must precede /");
                }
                p++;
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (t.type() == TokenType.STAR) {
                if (star) {
                    throw error(t, "* argument may appear only once");
                }
                if (kwarg != null) {
                    throw invalidSyntax();
                }
                p++;
                star = true;
                if (at(TokenType.COMMA) || at(end)) {
                    if (at(end) || peek(1).type() == end) {
                        throw error(t, "named arguments must follow bare *");
                    }
                } else {
                    vararg = parameter(annotations, true);
                    if (at(TokenType.EQUAL)) {
                        throw error(peek(), "var-positional argument cannot have default value");
                    }
                }
            } else if (t.type() == TokenType.DOUBLESTAR) {
                if (kwarg != null) {
                    throw invalidSyntax();
                }
                p++;
                kwarg = parameter(annotations, false);
                if (at(TokenType.EQUAL)) {
                    throw error(peek(), "var-keyword argument cannot have default value");
                }
            } else {
                if (kwarg != null) {
                    throw error(t, "arguments cannot follow var-keyword argument");
                }
                Arg a = parameter(annotations, false);
                Expr def = null;
                if (accept(TokenType.EQUAL)) {
                    def = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def != null) {
                        defaults.add(def);
                    } else if (!defaults.isEmpty()) {
                        throw errorRange(a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset(),
                                "non-default argument follows default argument");
                    }
                    args.add(a);
                }
            }
            if (!accept(TokenType.COMMA)) {
                break;
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg parameter(boolean annotations, boolean starAnnotation) {
        Token t = peek();
        String name = name();
        Expr annotation = null;
        if (annotations && accept(TokenType.COLON)) {
            annotation = starAnnotation && at(TokenType.STAR) ? starExpression() : expression();
        }
        Token last = prev();
        return new Arg(name, annotation, null, t.line(), t.col(), last.endLine(), last.endCol());
    }

    private Stmt ifStmt(String keyword) {
        Token start = next();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'" + keyword + "' statement", start);
        List<Stmt> orelse = new ArrayList<>();
        if (atKw("elif")) {
            orelse.add(ifStmt("elif"));
        } else if (atKw("else")) {
            Token e = next();
            expectForcedColon();
            orelse = block("'else' statement", e);
        }
        return new Stmt.If(test, body, orelse, start.line(), start.col(), lastReal().endLine(),
                lastReal().endCol());
    }

    private List<Stmt> elseBlock() {
        if (atKw("else")) {
            Token e = next();
            expectForcedColon();
            return block("'else' statement", e);
        }
        return new ArrayList<>();
    }

    private Stmt whileStmt() {
        Token start = next();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", start);
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(test, body, orelse, start.line(), start.col(), lastReal().endLine(),
                lastReal().endCol());
    }

    private Stmt forStmt(Token start, boolean async) {
        Token forTok = expectKw("for");
        Expr target = starTargets();
        expectKw("in");
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", forTok);
        List<Stmt> orelse = elseBlock();
        if (async) {
            return new Stmt.AsyncFor(target, iter, body, orelse, null, start.line(), start.col(), lastReal().endLine(),
                    lastReal().endCol());
        }
        return new Stmt.For(target, iter, body, orelse, null, start.line(), start.col(), lastReal().endLine(),
                lastReal().endCol());
    }

    private Stmt withStmt(Token start, boolean async) {
        Token withTok = expectKw("with");
        List<WithItem> items = null;
        if (at(TokenType.LPAR)) {
            // "with (a as b, c):" lists items in brackets; "with (a, b) as c:" brackets an expression.
            int mark = p;
            try {
                p++;
                List<WithItem> bracketed = new ArrayList<>();
                do {
                    if (at(TokenType.RPAR)) {
                        break;
                    }
                    bracketed.add(withItem());
                } while (accept(TokenType.COMMA));
                expect(TokenType.RPAR);
                if (at(TokenType.COLON) && !bracketed.isEmpty()) {
                    items = bracketed;
                } else {
                    p = mark;
                }
            } catch (PythonSyntaxError e) {
                if (tokenizerError != null) {
                    throw e;
                }
                p = mark;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(TokenType.COMMA));
        }
        expectColon();
        List<Stmt> body = block("'with' statement", withTok);
        if (async) {
            return new Stmt.AsyncWith(items, body, null, start.line(), start.col(), lastReal().endLine(),
                lastReal().endCol());
        }
        return new Stmt.With(items, body, null, start.line(), start.col(), lastReal().endLine(),
                lastReal().endCol());
    }

    private WithItem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (acceptKw("as")) {
            vars = starTarget();
            TokenType n = peek().type();
            if (n != TokenType.COMMA && n != TokenType.RPAR && n != TokenType.COLON) {
                throw invalidSyntax();
            }
        }
        return new WithItem(e, vars);
    }

    private Stmt tryStmt() {
        Token start = next();
        expectForcedColon();
        List<Stmt> body = block("'try' statement", start);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (atKw("except")) {
            Token e = next();
            boolean isStar = accept(TokenType.STAR);
            if (star != null && star != isStar) {
                throw error(e, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!at(TokenType.COLON) || isStar) {
                type = expression();
                if (at(TokenType.COMMA)) {
                    Token c = peek();
                    throw errorRange(type.lineno(), type.colOffset(), c.endLine(), c.endCol(),
                            "multiple exception types must be parenthesized");
                }
                if (acceptKw("as")) {
                    name = name();
                }
            }
            expectColon();
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", e);
            handlers.add(new ExceptHandler(type, name, hbody, e.line(), e.col(), lastReal().endLine(),
                lastReal().endCol()));
        }
        List<Stmt> orelse = new ArrayList<>();
        if (!handlers.isEmpty()) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = new ArrayList<>();
        if (atKw("finally")) {
            Token f = next();
            expectForcedColon();
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            Token t = peek();
            throw error(t, "expected 'except' or 'finally' block");
        }
        Token end = lastReal();
        int el = end.endLine();
        int ec = end.endCol();
        if (star != null && star) {
            return new Stmt.TryStar(body, handlers, orelse, finalbody, start.line(), start.col(), el, ec);
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, start.line(), start.col(), el, ec);
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    p++;
                    return new Stmt.Pass(t.line(), t.col(), t.endLine(), t.endCol());
                }
                case "break" -> {
                    p++;
                    return new Stmt.Break(t.line(), t.col(), t.endLine(), t.endCol());
                }
                case "continue" -> {
                    p++;
                    return new Stmt.Continue(t.line(), t.col(), t.endLine(), t.endCol());
                }
                case "return" -> {
                    p++;
                    Expr value = atSimpleEnd() ? null : starExpressions();
                    return new Stmt.Return(value, t.line(), t.col(), prev().endLine(), prev().endCol());
                }
                case "raise" -> {
                    p++;
                    Expr exc = null;
                    Expr cause = null;
                    if (!atSimpleEnd()) {
                        exc = expression();
                        if (acceptKw("from")) {
                            cause = expression();
                        }
                    }
                    return new Stmt.Raise(exc, cause, t.line(), t.col(), prev().endLine(), prev().endCol());
                }
                case "global", "nonlocal" -> {
                    p++;
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(name());
                    } while (accept(TokenType.COMMA));
                    Token last = prev();
                    return t.text().equals("global")
                            ? new Stmt.Global(names, t.line(), t.col(), last.endLine(), last.endCol())
                            : new Stmt.Nonlocal(names, t.line(), t.col(), last.endLine(), last.endCol());
                }
                case "del" -> {
                    p++;
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (atSimpleEnd()) {
                            break;
                        }
                        targets.add(toContext(bitwiseOr(), ExprContext.DEL));
                    } while (accept(TokenType.COMMA));
                    if (targets.isEmpty() || !atSimpleEnd()) {
                        throw invalidSyntax();
                    }
                    return new Stmt.Delete(targets, t.line(), t.col(), prev().endLine(), prev().endCol());
                }
                case "assert" -> {
                    p++;
                    Expr test = expression();
                    Expr msg = accept(TokenType.COMMA) ? expression() : null;
                    return new Stmt.Assert(test, msg, t.line(), t.col(), prev().endLine(), prev().endCol());
                }
                case "import" -> {
                    return importName();
                }
                case "type" -> {
                    if (version == PythonVersion.PY312 && peek(1).type() == TokenType.NAME && !peek(1).keyword()
                            && (peek(2).type() == TokenType.EQUAL || peek(2).type() == TokenType.LSQB)) {
                        return typeAlias();
                    }
                }
                case "from" -> {
                    return importFrom();
                }
                default -> {
                }
            }
        }
        return expressionStatement();
    }

    private boolean atSimpleEnd() {
        TokenType t = peek().type();
        return t == TokenType.NEWLINE || t == TokenType.SEMI || t == TokenType.ENDMARKER;
    }

    private Stmt importName() {
        Token t = next();
        List<Alias> names = new ArrayList<>();
        do {
            names.add(alias(true));
        } while (accept(TokenType.COMMA));
        return new Stmt.Import(names, t.line(), t.col(), prev().endLine(), prev().endCol());
    }

    private Alias alias(boolean dotted) {
        Token start = peek();
        StringBuilder name = new StringBuilder(name());
        while (dotted && accept(TokenType.DOT)) {
            name.append('.').append(name());
        }
        String asname = null;
        if (acceptKw("as")) {
            asname = name();
        }
        Token last = prev();
        return new Alias(name.toString(), asname, start.line(), start.col(), last.endLine(), last.endCol());
    }

    private Stmt importFrom() {
        Token t = next();
        int level = 0;
        while (true) {
            if (accept(TokenType.DOT)) {
                level++;
            } else if (accept(TokenType.ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (level == 0 || !atKw("import")) {
            StringBuilder m = new StringBuilder(name());
            while (accept(TokenType.DOT)) {
                m.append('.').append(name());
            }
            module = m.toString();
        }
        expectKw("import");
        List<Alias> names = new ArrayList<>();
        if (at(TokenType.STAR)) {
            Token s = next();
            names.add(new Alias("*", null, s.line(), s.col(), s.endLine(), s.endCol()));
        } else if (accept(TokenType.LPAR)) {
            do {
                if (at(TokenType.RPAR) && !names.isEmpty()) {
                    break;
                }
                names.add(alias(false));
            } while (accept(TokenType.COMMA));
            expect(TokenType.RPAR);
        } else {
            do {
                if (atSimpleEnd() && !names.isEmpty()) {
                    throw error(peek(), "trailing comma not allowed without surrounding parentheses");
                }
                names.add(alias(false));
            } while (accept(TokenType.COMMA));
        }
        return new Stmt.ImportFrom(module, names, level, t.line(), t.col(), prev().endLine(), prev().endCol());
    }

    private Stmt expressionStatement() {
        Token start = peek();
        Expr first;
        if (start.isName("yield")) {
            first = yieldExpression();
        } else {
            first = starExpressions();
        }
        Token t = peek();
        switch (t.type()) {
            case COLON -> {
                // Without an annotation after ':', CPython never looks past the ':' of a bad target.
                boolean validTarget = first instanceof Expr.Name || first instanceof Expr.Attribute
                        || first instanceof Expr.Subscript;
                int seen = farthest;
                if (!startsExpression(peek(1))) {
                    if (!validTarget) {
                        farthest = seen;
                    } else {
                        p++;
                    }
                    throw invalidSyntax();
                }
                p++;
                Expr target = annotationTarget(first, start);
                Expr annotation = expression();
                Expr value = null;
                if (accept(TokenType.EQUAL)) {
                    value = assignedValue();
                }
                int simple = first instanceof Expr.Name && start.type() != TokenType.LPAR ? 1 : 0;
                return new Stmt.AnnAssign(target, annotation, value, simple, start.line(), start.col(),
                        prev().endLine(), prev().endCol());
            }
            case EQUAL -> {
                List<Expr> targets = new ArrayList<>();
                Expr value = first;
                while (accept(TokenType.EQUAL)) {
                    Expr target = value;
                    value = assignedValue();
                    targets.add(assignTarget(target, targets.isEmpty() && !at(TokenType.EQUAL)
                            && isBitwiseOrLevel(value) && !start.isName("yield")));
                }
                return new Stmt.Assign(targets, value, null, start.line(), start.col(), prev().endLine(),
                        prev().endCol());
            }
            case PLUSEQUAL, MINEQUAL, STAREQUAL, ATEQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL,
                 CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASHEQUAL -> {
                if (!(first instanceof Expr.Name || first instanceof Expr.Attribute
                        || first instanceof Expr.Subscript)) {
                    throw errorNode(first, "'" + exprName(first) + "' is an illegal expression for augmented "
                            + "assignment");
                }
                p++;
                Expr target = toContext(first, ExprContext.STORE);
                Expr value = assignedValue();
                return new Stmt.AugAssign(target, augOperator(t.type()), value, start.line(), start.col(),
                        prev().endLine(), prev().endCol());
            }
            default -> {
                if (!atSimpleEnd()) {
                    if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                            && t.type() != TokenType.ERROR && !(t.type() == TokenType.NAME
                            && t.keyword())) {
                        throw errorRange(first.lineno(), first.colOffset(), first.endLineno(),
                                first.endColOffset(), "Missing parentheses in call to '" + n.id()
                                        + "'. Did you mean " + n.id() + "(...)?");
                    }
                    throw invalidSyntax();
                }
                return new Stmt.ExprStmt(first, start.line(), start.col(), prev().endLine(), prev().endCol());
            }
        }
    }

    private Expr assignedValue() {
        return atKw("yield") ? yieldExpression() : starExpressions();
    }

    private Expr annotationTarget(Expr e, Token start) {
        if (e instanceof Expr.Tuple) {
            throw errorNode(e, "only single target (not tuple) can be annotated");
        }
        if (e instanceof Expr.List) {
            throw errorNode(e, "only single target (not list) can be annotated");
        }
        if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
            throw errorNode(e, "illegal target for annotation");
        }
        return toContext(e, ExprContext.STORE);
    }

    /**
     * Turns an assignment's left side into a target. {@code simple} says the statement is {@code a = b} with no
     * further '=': CPython then suspects a mistyped '==' when the left side is an operand that cannot be assigned.
     */
    private Expr assignTarget(Expr e, boolean simple) {
        if (simple && isBitwiseOrLevel(e) && !(e instanceof Expr.Name || e instanceof Expr.Attribute
                || e instanceof Expr.Subscript || e instanceof Expr.Starred)
                && !(e instanceof Expr.Constant c && (c.value() instanceof ConstantValue.NoneValue
                        || c.value() instanceof ConstantValue.BoolValue))) {
            throw errorNode(e, "cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?");
        }
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            throw errorNode(e, "assignment to yield expression not possible");
        }
        return toContext(e, ExprContext.STORE);
    }

    /** Whether an expression is an operand of '|' or tighter, and not a display CPython excludes there. */
    private static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr || e instanceof Expr.Tuple
                || e instanceof Expr.List || e instanceof Expr.GeneratorExp
                || e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT);
    }

    private static Operator augOperator(TokenType t) {
        return switch (t) {
            case PLUSEQUAL -> Operator.ADD;
            case MINEQUAL -> Operator.SUB;
            case STAREQUAL -> Operator.MULT;
            case ATEQUAL -> Operator.MAT_MULT;
            case SLASHEQUAL -> Operator.DIV;
            case PERCENTEQUAL -> Operator.MOD;
            case AMPEREQUAL -> Operator.BIT_AND;
            case VBAREQUAL -> Operator.BIT_OR;
            case CIRCUMFLEXEQUAL -> Operator.BIT_XOR;
            case LEFTSHIFTEQUAL -> Operator.L_SHIFT;
            case RIGHTSHIFTEQUAL -> Operator.R_SHIFT;
            case DOUBLESTAREQUAL -> Operator.POW;
            case DOUBLESLASHEQUAL -> Operator.FLOOR_DIV;
            default -> throw new IllegalArgumentException(t.name());
        };
    }

    /** Rebuilds a target expression with a store or delete context; rejects what cannot be a target. */
    private Expr toContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(),
                    n.endColOffset());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(),
                    a.endLineno(), a.endColOffset());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(),
                    s.endLineno(), s.endColOffset());
            case Expr.Starred s when ctx == ExprContext.STORE -> new Expr.Starred(toContext(s.value(), ctx), ctx,
                    s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case Expr.Tuple t -> new Expr.Tuple(toContexts(t.elts(), ctx), ctx, t.lineno(), t.colOffset(),
                    t.endLineno(), t.endColOffset());
            case Expr.List l -> new Expr.List(toContexts(l.elts(), ctx), ctx, l.lineno(), l.colOffset(),
                    l.endLineno(), l.endColOffset());
            default -> throw errorNode(e, (ctx == ExprContext.DEL ? "cannot delete " : "cannot assign to ")
                    + exprName(e));
        };
    }

    private List<Expr> toContexts(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(toContext(e, ctx));
        }
        return out;
    }

    /** How CPython names an expression in "cannot assign to ..." messages. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> switch (c.value()) {
                case ConstantValue.NoneValue n -> "None";
                case ConstantValue.BoolValue b -> b.value() ? "True" : "False";
                case ConstantValue.EllipsisValue x -> "ellipsis";
                default -> "literal";
            };
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // match statement

    /** A match statement, or null (and nothing consumed) when "match" starts an ordinary statement. */
    private Stmt matchStmt() {
        int mark = p;
        Token start = next();
        Expr subject;
        try {
            if (atSimpleEnd() || at(TokenType.EQUAL) || at(TokenType.DOT) || at(TokenType.COLON)) {
                p = mark;
                return null;
            }
            Token s = peek();
            Expr first = starNamedExpression();
            if (accept(TokenType.COMMA)) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (!at(TokenType.COLON)) {
                    elts.add(starNamedExpression());
                    if (!accept(TokenType.COMMA)) {
                        break;
                    }
                }
                subject = new Expr.Tuple(elts, ExprContext.LOAD, s.line(), s.col(), prev().endLine(), prev().endCol());
            } else {
                if (first instanceof Expr.Starred) {
                    throw invalidSyntax();
                }
                subject = first;
            }
            if (!at(TokenType.COLON) || peek(1).type() != TokenType.NEWLINE) {
                p = mark;
                return null;
            }
        } catch (PythonSyntaxError e) {
            if (tokenizerError != null) {
                throw e;
            }
            p = mark;
            return null;
        }
        p++;
        expect(TokenType.NEWLINE);
        if (!at(TokenType.INDENT)) {
            Token t = peek();
            throw src.errorSpan("IndentationError", "expected an indented block after 'match' statement on line "
                    + start.line(), t.line(), t.start(), t.endLine(), t.end());
        }
        p++;
        List<MatchCase> cases = new ArrayList<>();
        do {
            Token c = peek();
            if (!c.isName("case")) {
                throw invalidSyntax();
            }
            p++;
            Pattern pattern = patterns();
            Expr guard = null;
            if (acceptKw("if")) {
                guard = namedExpression();
            }
            expectColon();
            List<Stmt> body = block("'case' statement", c);
            cases.add(new MatchCase(pattern, guard, body));
        } while (!at(TokenType.DEDENT) && !at(TokenType.ENDMARKER));
        accept(TokenType.DEDENT);
        List<Stmt> lastBody = cases.get(cases.size() - 1).body();
        return new Stmt.Match(subject, cases, start.line(), start.col(), lastReal().endLine(),
                lastReal().endCol());
    }

    private Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!at(TokenType.COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(List.of(first), start.line(), start.col(), prev().endLine(),
                        prev().endCol());
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(TokenType.COMMA)) {
            if (at(TokenType.COLON) || atKw("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(items, start.line(), start.col(), prev().endLine(), prev().endCol());
    }

    private Pattern maybeStarPattern() {
        if (at(TokenType.STAR)) {
            Token s = next();
            String name = name();
            return new Pattern.MatchStar(name.equals("_") ? null : name, s.line(), s.col(), prev().endLine(),
                    prev().endCol());
        }
        return pattern();
    }

    private Pattern pattern() {
        Token start = peek();
        Pattern p0 = orPattern();
        if (acceptKw("as")) {
            Token n = peek();
            String name = name();
            if (name.equals("_")) {
                throw error(n, "cannot use '_' as a target");
            }
            return new Pattern.MatchAs(p0, name, start.line(), start.col(), prev().endLine(), prev().endCol());
        }
        return p0;
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!at(TokenType.VBAR)) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept(TokenType.VBAR)) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(alts, start.line(), start.col(), prev().endLine(), prev().endCol());
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.type()) {
            case NUMBER, MINUS, STRING -> {
                Expr v = literalExpr();
                return new Pattern.MatchValue(v, v.lineno(), v.colOffset(), v.endLineno(), v.endColOffset());
            }
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        p++;
                        return new Pattern.MatchSingleton(new ConstantValue.NoneValue(), t.line(), t.col(),
                                t.endLine(), t.endCol());
                    }
                    case "True", "False" -> {
                        p++;
                        return new Pattern.MatchSingleton(new ConstantValue.BoolValue(t.text().equals("True")),
                                t.line(), t.col(), t.endLine(), t.endCol());
                    }
                    default -> {
                    }
                }
                Expr cls = nameOrAttr();
                if (at(TokenType.LPAR)) {
                    return classPattern(cls, t);
                }
                if (cls instanceof Expr.Name n) {
                    return new Pattern.MatchAs(null, n.id().equals("_") ? null : n.id(), t.line(), t.col(),
                            t.endLine(), t.endCol());
                }
                return new Pattern.MatchValue(cls, cls.lineno(), cls.colOffset(), cls.endLineno(),
                        cls.endColOffset());
            }
            case LPAR -> {
                p++;
                if (accept(TokenType.RPAR)) {
                    return new Pattern.MatchSequence(List.of(), t.line(), t.col(), prev().endLine(),
                            prev().endCol());
                }
                Pattern first = maybeStarPattern();
                if (at(TokenType.RPAR) && !(first instanceof Pattern.MatchStar)) {
                    p++;
                    return first;
                }
                List<Pattern> items = new ArrayList<>();
                items.add(first);
                expect(TokenType.COMMA);
                while (!at(TokenType.RPAR)) {
                    items.add(maybeStarPattern());
                    if (!accept(TokenType.COMMA)) {
                        break;
                    }
                }
                expect(TokenType.RPAR);
                return new Pattern.MatchSequence(items, t.line(), t.col(), prev().endLine(), prev().endCol());
            }
            case LSQB -> {
                p++;
                List<Pattern> items = new ArrayList<>();
                while (!at(TokenType.RSQB)) {
                    items.add(maybeStarPattern());
                    if (!accept(TokenType.COMMA)) {
                        break;
                    }
                }
                expect(TokenType.RSQB);
                return new Pattern.MatchSequence(items, t.line(), t.col(), prev().endLine(), prev().endCol());
            }
            case LBRACE -> {
                return mappingPattern();
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr nameOrAttr() {
        Token t = next();
        if (t.type() != TokenType.NAME || t.keyword()) {
            p--;
            throw invalidSyntax();
        }
        Expr e = new Expr.Name(t.text(), ExprContext.LOAD, t.line(), t.col(), t.endLine(), t.endCol());
        while (accept(TokenType.DOT)) {
            String attr = name();
            e = new Expr.Attribute(e, attr, ExprContext.LOAD, t.line(), t.col(), prev().endLine(), prev().endCol());
        }
        return e;
    }

    /** A literal of a pattern: signed numbers, complex numbers {@code a + bj}, strings. */
    private Expr literalExpr() {
        Token t = peek();
        if (t.type() == TokenType.STRING) {
            Expr s = strings();
            return s;
        }
        Expr real = signedNumber();
        if (at(TokenType.PLUS) || at(TokenType.MINUS)) {
            Token op = next();
            Token n = expect(TokenType.NUMBER);
            Expr imag = number(n);
            return new Expr.BinOp(real, op.type() == TokenType.PLUS ? Operator.ADD : Operator.SUB, imag, t.line(),
                    t.col(), n.endLine(), n.endCol());
        }
        return real;
    }

    private Expr signedNumber() {
        Token t = peek();
        if (accept(TokenType.MINUS)) {
            Token n = expect(TokenType.NUMBER);
            return new Expr.UnaryOp(UnaryOperator.U_SUB, number(n), t.line(), t.col(), n.endLine(), n.endCol());
        }
        return number(expect(TokenType.NUMBER));
    }

    private Pattern mappingPattern() {
        Token t = next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at(TokenType.RBRACE)) {
            if (accept(TokenType.DOUBLESTAR)) {
                rest = name();
                accept(TokenType.COMMA);
                break;
            }
            Token k = peek();
            Expr key;
            if (k.type() == TokenType.NAME && !k.text().equals("None") && !k.text().equals("True")
                    && !k.text().equals("False")) {
                key = nameOrAttr();
                if (key instanceof Expr.Name) {
                    throw invalidSyntax();
                }
            } else if (k.type() == TokenType.NAME) {
                p++;
                key = new Expr.Constant(k.text().equals("None") ? new ConstantValue.NoneValue()
                        : new ConstantValue.BoolValue(k.text().equals("True")), null, k.line(), k.col(),
                        k.endLine(), k.endCol());
            } else {
                key = literalExpr();
            }
            keys.add(key);
            expect(TokenType.COLON);
            values.add(pattern());
            if (!accept(TokenType.COMMA)) {
                break;
            }
        }
        expect(TokenType.RBRACE);
        return new Pattern.MatchMapping(keys, values, rest, t.line(), t.col(), prev().endLine(), prev().endCol());
    }

    private Pattern classPattern(Expr cls, Token start) {
        expect(TokenType.LPAR);
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(TokenType.RPAR)) {
            Token t = peek();
            if (t.type() == TokenType.NAME && !t.keyword() && peek(1).type() == TokenType.EQUAL) {
                kwdAttrs.add(name());
                p++;
                kwdPatterns.add(pattern());
            } else {
                Pattern pat = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorRange(pat.lineno(), pat.colOffset(), pat.endLineno(), pat.endColOffset(),
                            "positional patterns follow keyword patterns");
                }
                patterns.add(pat);
            }
            if (!accept(TokenType.COMMA)) {
                break;
            }
        }
        expect(TokenType.RPAR);
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, start.line(), start.col(),
                prev().endLine(), prev().endCol());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Expressions

    private String name() {
        Token t = peek();
        if (t.type() != TokenType.NAME || t.keyword()) {
            throw invalidSyntax();
        }
        p++;
        return t.text();
    }

    /** star_expressions: a tuple without brackets when there is a comma. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!at(TokenType.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, ExprContext.LOAD, start.line(), start.col(), prev().endLine(), prev().endCol());
    }

    private Expr starExpression() {
        if (at(TokenType.STAR)) {
            Token s = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.LOAD, s.line(), s.col(), prev().endLine(), prev().endCol());
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (at(TokenType.STAR)) {
            Token s = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.LOAD, s.line(), s.col(), prev().endLine(), prev().endCol());
        }
        return namedExpression();
    }

    private boolean startsExpression() {
        return startsExpression(peek());
    }

    private static boolean startsExpression(Token t) {
        return switch (t.type()) {
            case NAME -> !t.keyword() || switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await", "yield" -> true;
                default -> false;
            };
            case NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, STAR, ELLIPSIS -> true;
            default -> false;
        };
    }

    Expr namedExpression() {
        return namedExpression(true);
    }

    /** named_expression; {@code suggestEquals} is false in call arguments, where CPython explains '=' itself. */
    private Expr namedExpression(boolean suggestEquals) {
        Token t = peek();
        // A keyword is no name: CPython does not look past it here, which matters for where errors point.
        if (t.type() == TokenType.NAME && !t.keyword() && peek(1).type() == TokenType.COLONEQUAL) {
            p += 2;
            Expr value = expression();
            Expr target = new Expr.Name(t.text(), ExprContext.STORE, t.line(), t.col(), t.endLine(), t.endCol());
            return new Expr.NamedExpr(target, value, t.line(), t.col(), prev().endLine(), prev().endCol());
        }
        Expr e = expression();
        if (at(TokenType.COLONEQUAL)) {
            throw errorNode(e, "cannot use assignment expressions with " + exprName(e));
        }
        if (suggestEquals && at(TokenType.EQUAL)) {
            checkMistakenEquals(e, t);
        }
        return e;
    }

    /**
     * {@code if x = 1:} and the like: CPython suggests '==' (or ':=' for a name) when a lone '=' follows an
     * operand and another operand follows it, not followed by '=' or ':=' in turn.
     */
    private void checkMistakenEquals(Expr target, Token start) {
        if (!isBitwiseOrLevel(target) || start.type() == TokenType.LSQB || start.type() == TokenType.LPAR
                && target instanceof Expr.Tuple || target instanceof Expr.Constant c
                && (c.value() instanceof ConstantValue.NoneValue || c.value() instanceof ConstantValue.BoolValue)) {
            return;
        }
        int mark = p;
        int seen = farthest;
        p++;
        Expr value;
        try {
            value = bitwiseOr();
        } catch (PythonSyntaxError e) {
            if (tokenizerError != null) {
                throw e;
            }
            p = mark;
            farthest = seen;
            return;
        }
        if (!at(TokenType.EQUAL) && !at(TokenType.COLONEQUAL)) {
            if (target instanceof Expr.Name) {
                throw errorRange(target.lineno(), target.colOffset(), value.endLineno(), value.endColOffset(),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            throw errorNode(target, "cannot assign to " + exprName(target)
                    + " here. Maybe you meant '==' instead of '='?");
        }
        p = mark;
        farthest = seen;
    }

    Expr expression() {
        Token t = peek();
        if (t.isName("lambda")) {
            return lambda();
        }
        int startIndex = p;
        Expr body = disjunction();
        if (startsExpression()) {
            checkMissingComma(startIndex, body);
        }
        return atKw("if") ? conditional(t, body) : body;
    }

    /** {@code body if test else orelse}, at the 'if'. */
    private Expr conditional(Token start, Expr body) {
        p++;
        Expr test = disjunction();
        if (!atKw("else")) {
            throw errorRange(start.line(), start.col(), prev().endLine(), prev().endCol(),
                    "expected 'else' after 'if' expression");
        }
        p++;
        Expr orelse = expression();
        return new Expr.IfExp(test, body, orelse, start.line(), start.col(), prev().endLine(), prev().endCol());
    }

    /**
     * An expression followed by another inside brackets is CPython's "Perhaps you forgot a comma?": valid code
     * never has one expression right after another, so the check costs nothing there.
     */
    private void checkMissingComma(int startIndex, Expr first) {
        Token start = tokens.get(startIndex);
        if (start.type() == TokenType.NAME
                && (isSoftKeyword(start) || tokens.get(startIndex + 1).type() == TokenType.STRING)) {
            return;
        }
        if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))) {
            return;
        }
        int mark = p;
        int seen = farthest;
        Expr second;
        try {
            second = expressionWithoutElseCheck();
        } catch (PythonSyntaxError e) {
            if (tokenizerError != null) {
                throw e;
            }
            p = mark;
            farthest = seen;
            return;
        }
        if (levels[p - 1] > 0) {
            throw errorRange(first.lineno(), first.colOffset(), second.endLineno(), second.endColOffset(),
                    "invalid syntax. Perhaps you forgot a comma?");
        }
        p = mark;
        farthest = seen;
    }

    /** An expression, where an 'if' without 'else' ends it instead of failing: CPython's second operand. */
    private Expr expressionWithoutElseCheck() {
        if (atKw("lambda")) {
            return lambda();
        }
        Token start = peek();
        Expr body = disjunction();
        if (atKw("if")) {
            int mark = p;
            try {
                return conditional(start, body);
            } catch (PythonSyntaxError e) {
                if (tokenizerError != null) {
                    throw e;
                }
                p = mark;
            }
        }
        return body;
    }

    private static boolean isSoftKeyword(Token t) {
        return t.text().equals("match") || t.text().equals("case") || t.text().equals("_");
    }

    private Expr lambda() {
        Token t = next();
        Arguments args = parameters(false, TokenType.COLON);
        expect(TokenType.COLON);
        Expr body = expression();
        return new Expr.Lambda(args, body, t.line(), t.col(), prev().endLine(), prev().endCol());
    }

    private Expr yieldExpression() {
        Token t = next();
        if (acceptKw("from")) {
            Expr v = expression();
            return new Expr.YieldFrom(v, t.line(), t.col(), prev().endLine(), prev().endCol());
        }
        Expr v = startsExpression() ? starExpressions() : null;
        return new Expr.Yield(v, t.line(), t.col(), prev().endLine(), prev().endCol());
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!atKw("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKw("or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(BoolOperator.OR, values, start.line(), start.col(), prev().endLine(),
                prev().endCol());
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!atKw("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKw("and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(BoolOperator.AND, values, start.line(), start.col(), prev().endLine(),
                prev().endCol());
    }

    private Expr inversion() {
        Token t = peek();
        if (t.isName("not")) {
            p++;
            Expr operand = inversion();
            return new Expr.UnaryOp(UnaryOperator.NOT, operand, t.line(), t.col(), prev().endLine(),
                    prev().endCol());
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOperator> ops = null;
        List<Expr> comparators = null;
        while (true) {
            Token t = peek();
            CmpOperator op = switch (t.type()) {
                case EQEQUAL -> CmpOperator.EQ;
                case NOTEQUAL -> CmpOperator.NOT_EQ;
                case LESS -> CmpOperator.LT;
                case LESSEQUAL -> CmpOperator.LT_E;
                case GREATER -> CmpOperator.GT;
                case GREATEREQUAL -> CmpOperator.GT_E;
                case NAME -> switch (t.text()) {
                    case "in" -> CmpOperator.IN;
                    case "is" -> peek(1).isName("not") ? CmpOperator.IS_NOT : CmpOperator.IS;
                    case "not" -> peek(1).isName("in") ? CmpOperator.NOT_IN : null;
                    default -> null;
                };
                default -> null;
            };
            if (op == null) {
                break;
            }
            p += op == CmpOperator.IS_NOT || op == CmpOperator.NOT_IN ? 2 : 1;
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops == null) {
            return left;
        }
        return new Expr.Compare(left, ops, comparators, start.line(), start.col(), prev().endLine(),
                prev().endCol());
    }

    private Expr binOp(Token start, Expr left, Operator op, Expr right) {
        return new Expr.BinOp(left, op, right, start.line(), start.col(), prev().endLine(), prev().endCol());
    }

    /**
     * Python's binary operators by precedence, from the loosest level ({@code |}) to the tightest ({@code *} and its
     * peers, whose operands are unary expressions); every level associates to the left.
     */
    private static final List<Map<TokenType, Operator>> BINARY_LEVELS = List.of(
            new EnumMap<>(Map.of(TokenType.VBAR, Operator.BIT_OR)),
            new EnumMap<>(Map.of(TokenType.CIRCUMFLEX, Operator.BIT_XOR)),
            new EnumMap<>(Map.of(TokenType.AMPER, Operator.BIT_AND)),
            new EnumMap<>(Map.of(TokenType.LEFTSHIFT, Operator.L_SHIFT, TokenType.RIGHTSHIFT, Operator.R_SHIFT)),
            new EnumMap<>(Map.of(TokenType.PLUS, Operator.ADD, TokenType.MINUS, Operator.SUB)),
            new EnumMap<>(Map.of(TokenType.STAR, Operator.MULT, TokenType.SLASH, Operator.DIV,
                    TokenType.DOUBLESLASH, Operator.FLOOR_DIV, TokenType.PERCENT, Operator.MOD,
                    TokenType.AT, Operator.MAT_MULT)));

    /** A {@code bitwise_or} of the grammar: a binary expression at the loosest level. */
    Expr bitwiseOr() {
        return binaryLevel(0);
    }

    private Expr binaryLevel(int level) {
        if (level == BINARY_LEVELS.size()) {
            return factor();
        }
        Token start = peek();
        Expr left = binaryLevel(level + 1);
        Map<TokenType, Operator> operators = BINARY_LEVELS.get(level);
        for (Operator op; (op = operators.get(peek().type())) != null; ) {
            p++;
            left = binOp(start, left, op, binaryLevel(level + 1));
        }
        return left;
    }

    private Expr factor() {
        Token t = peek();
        UnaryOperator op = switch (t.type()) {
            case PLUS -> UnaryOperator.U_ADD;
            case MINUS -> UnaryOperator.U_SUB;
            case TILDE -> UnaryOperator.INVERT;
            default -> null;
        };
        if (op != null) {
            p++;
            Expr operand = factor();
            return new Expr.UnaryOp(op, operand, t.line(), t.col(), prev().endLine(), prev().endCol());
        }
        return power();
    }

    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (accept(TokenType.DOUBLESTAR)) {
            return binOp(start, base, Operator.POW, factor());
        }
        return base;
    }

    private Expr awaitPrimary() {
        Token t = peek();
        if (t.isName("await")) {
            p++;
            Expr v = primary();
            return new Expr.Await(v, t.line(), t.col(), prev().endLine(), prev().endCol());
        }
        return primary();
    }

    private Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            Token t = peek();
            switch (t.type()) {
                case DOT -> {
                    p++;
                    String attr = name();
                    e = new Expr.Attribute(e, attr, ExprContext.LOAD, start.line(), start.col(), prev().endLine(),
                            prev().endCol());
                }
                case LPAR -> {
                    p++;
                    List<Expr> args = new ArrayList<>();
                    List<Keyword> keywords = new ArrayList<>();
                    callArguments(args, keywords, t);
                    expect(TokenType.RPAR);
                    e = new Expr.Call(e, args, keywords, start.line(), start.col(), prev().endLine(),
                            prev().endCol());
                }
                case LSQB -> {
                    p++;
                    Expr slice = slices();
                    expect(TokenType.RSQB);
                    e = new Expr.Subscript(e, slice, ExprContext.LOAD, start.line(), start.col(), prev().endLine(),
                            prev().endCol());
                }
                default -> {
                    return e;
                }
            }
        }
    }

    /**
     * The arguments of a call or class, up to the closing bracket (not consumed); {@code open} is the call's
     * '(' token, whose span a lone generator argument takes, or null for a class.
     */
    private void callArguments(List<Expr> args, List<Keyword> keywords, Token open) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        // CPython reads the whole argument list before reporting a positional argument after keywords.
        String misplaced = null;
        while (!at(TokenType.RPAR)) {
            Token t = peek();
            if (t.type() == TokenType.DOUBLESTAR) {
                p++;
                Expr v = expression();
                keywords.add(new Keyword(null, v, t.line(), t.col(), prev().endLine(), prev().endCol()));
                sawDoubleStar = true;
            } else if (t.type() == TokenType.STAR) {
                p++;
                Expr v = expression();
                Expr starred = new Expr.Starred(v, ExprContext.LOAD, t.line(), t.col(), prev().endLine(),
                        prev().endCol());
                if (sawDoubleStar) {
                    throw errorNode(starred, "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(starred);
            } else if (t.type() == TokenType.NAME && !t.keyword() && peek(1).type() == TokenType.EQUAL) {
                p += 2;
                Expr v = expression();
                keywords.add(new Keyword(t.text(), v, t.line(), t.col(), prev().endLine(), prev().endCol()));
                sawKeyword = true;
            } else {
                Expr e = namedExpression(false);
                if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                    List<Comprehension> gens = comprehensions();
                    boolean alone = args.isEmpty() && keywords.isEmpty() && at(TokenType.RPAR) && open != null;
                    if (!alone) {
                        throw errorRange(e.lineno(), e.colOffset(), prev().endLine(), prev().endCol(),
                                "Generator expression must be parenthesized");
                    }
                    Token close = peek();
                    args.add(new Expr.GeneratorExp(e, gens, open.line(), open.col(), close.endLine(), close.endCol()));
                    continue;
                }
                if (at(TokenType.EQUAL)) {
                    throw errorNode(e, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (misplaced == null && sawDoubleStar) {
                    misplaced = "positional argument follows keyword argument unpacking";
                } else if (misplaced == null && sawKeyword) {
                    misplaced = "positional argument follows keyword argument";
                }
                args.add(e);
            }
            if (!accept(TokenType.COMMA)) {
                break;
            }
        }
        if (misplaced != null) {
            peek();
            throw errorAtLastToken(misplaced);
        }
    }

    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!at(TokenType.COMMA)) {
            if (first instanceof Expr.Starred) {
                return new Expr.Tuple(new ArrayList<>(List.of(first)), ExprContext.LOAD, start.line(), start.col(),
                        prev().endLine(), prev().endCol());
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            if (at(TokenType.RSQB)) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(elts, ExprContext.LOAD, start.line(), start.col(), prev().endLine(), prev().endCol());
    }

    private Expr slice() {
        Token start = peek();
        if (start.type() == TokenType.STAR) {
            return starNamedExpression();
        }
        Expr lower = null;
        if (start.type() != TokenType.COLON) {
            lower = namedExpression();
            if (!at(TokenType.COLON)) {
                return lower;
            }
            if (lower instanceof Expr.NamedExpr) {
                throw invalidSyntax();
            }
        }
        expect(TokenType.COLON);
        Expr upper = null;
        Expr step = null;
        if (!at(TokenType.COLON) && !at(TokenType.COMMA) && !at(TokenType.RSQB)) {
            upper = expression();
        }
        if (accept(TokenType.COLON)) {
            if (!at(TokenType.COMMA) && !at(TokenType.RSQB)) {
                step = expression();
            }
        }
        return new Expr.Slice(lower, upper, step, start.line(), start.col(), prev().endLine(), prev().endCol());
    }

    private Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        p++;
                        return constant(new ConstantValue.NoneValue(), t);
                    }
                    case "True" -> {
                        p++;
                        return constant(new ConstantValue.BoolValue(true), t);
                    }
                    case "False" -> {
                        p++;
                        return constant(new ConstantValue.BoolValue(false), t);
                    }
                    default -> {
                        if (t.keyword()) {
                            throw invalidSyntax();
                        }
                        p++;
                        return new Expr.Name(t.text(), ExprContext.LOAD, t.line(), t.col(), t.endLine(), t.endCol());
                    }
                }
            }
            case NUMBER -> {
                p++;
                return number(t);
            }
            case STRING -> {
                return strings();
            }
            case ELLIPSIS -> {
                p++;
                return constant(new ConstantValue.EllipsisValue(), t);
            }
            case LPAR -> {
                p++;
                return parenthesized(t, TokenType.RPAR);
            }
            case LSQB -> {
                p++;
                return listDisplay(t);
            }
            case LBRACE -> {
                p++;
                return braceDisplay(t);
            }
            default -> throw invalidSyntax();
        }
    }

    private static Expr constant(ConstantValue v, Token t) {
        return new Expr.Constant(v, null, t.line(), t.col(), t.endLine(), t.endCol());
    }

    private Expr number(Token t) {
        String text = src.text(t.start(), t.end()).replace("_", "");
        ConstantValue v;
        char last = text.charAt(text.length() - 1);
        if (last == 'j' || last == 'J') {
            v = new ConstantValue.ImaginaryValue(Double.parseDouble(text.substring(0, text.length() - 1)));
        } else if (text.length() > 1 && text.charAt(0) == '0' && Character.isLetter(text.charAt(1))) {
            int radix = switch (text.charAt(1) | 0x20) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            v = new ConstantValue.IntValue(new BigInteger(text.substring(2), radix));
        } else if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            v = new ConstantValue.FloatValue(Double.parseDouble(text));
        } else {
            v = new ConstantValue.IntValue(text.length() < 18 ? BigInteger.valueOf(Long.parseLong(text))
                    : new BigInteger(text));
        }
        return constant(v, t);
    }

    private Expr strings() {
        int first = p;
        while (at(TokenType.STRING)) {
            p++;
        }
        return strings.concatenate(tokens.subList(first, p));
    }

    /**
     * The inside of brackets after '(' (a group, tuple, generator or yield), closed by {@code close}, which
     * is consumed; also the expression of an f-string replacement field, "bracketed" by its braces.
     */
    Expr parenthesized(Token open, TokenType close) {
        if (at(close)) {
            Token c = next();
            return new Expr.Tuple(new ArrayList<>(), ExprContext.LOAD, open.line(), open.col(), c.endLine(),
                    c.endCol());
        }
        if (atKw("yield")) {
            Expr y = yieldExpression();
            expect(close);
            return y;
        }
        Expr first = starNamedExpression();
        if (atKw("for") || atKw("async") && peek(1).isName("for")) {
            if (first instanceof Expr.Starred) {
                throw errorNode(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> gens = comprehensions();
            Token c = expect(close);
            return new Expr.GeneratorExp(first, gens, open.line(), open.col(), c.endLine(), c.endCol());
        }
        if (at(close)) {
            p++;
            if (first instanceof Expr.Starred) {
                throw errorNode(first, "cannot use starred expression here");
            }
            return first;
        }
        if (!at(TokenType.COMMA)) {
            throw invalidSyntax();
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            if (at(close)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        Token c = expect(close);
        return new Expr.Tuple(elts, ExprContext.LOAD, open.line(), open.col(), c.endLine(), c.endCol());
    }

    private Expr listDisplay(Token open) {
        List<Expr> elts = new ArrayList<>();
        if (!at(TokenType.RSQB)) {
            Expr first = starNamedExpression();
            if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                if (first instanceof Expr.Starred) {
                    throw errorNode(first, "iterable unpacking cannot be used in comprehension");
                }
                List<Comprehension> gens = comprehensions();
                Token c = expect(TokenType.RSQB);
                return new Expr.ListComp(first, gens, open.line(), open.col(), c.endLine(), c.endCol());
            }
            elts.add(first);
            while (accept(TokenType.COMMA)) {
                if (at(TokenType.RSQB)) {
                    break;
                }
                elts.add(starNamedExpression());
            }
        }
        Token c = expect(TokenType.RSQB);
        return new Expr.List(elts, ExprContext.LOAD, open.line(), open.col(), c.endLine(), c.endCol());
    }

    private Expr braceDisplay(Token open) {
        if (at(TokenType.RBRACE)) {
            Token c = next();
            return new Expr.Dict(new ArrayList<>(), new ArrayList<>(), open.line(), open.col(), c.endLine(),
                    c.endCol());
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (accept(TokenType.DOUBLESTAR)) {
            keys.add(null);
            values.add(bitwiseOr());
        } else {
            Token firstToken = peek();
            Expr first = starNamedExpression();
            if (accept(TokenType.COLON)) {
                if (first instanceof Expr.Starred
                        || first instanceof Expr.NamedExpr && firstToken.type() != TokenType.LPAR) {
                    throw invalidSyntax();
                }
                Expr value = dictValue();
                if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                    List<Comprehension> gens = comprehensions();
                    Token c = expect(TokenType.RBRACE);
                    return new Expr.DictComp(first, value, gens, open.line(), open.col(), c.endLine(), c.endCol());
                }
                keys.add(first);
                values.add(value);
            } else {
                // A set.
                if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                    if (first instanceof Expr.Starred) {
                        throw errorNode(first, "iterable unpacking cannot be used in comprehension");
                    }
                    List<Comprehension> gens = comprehensions();
                    Token c = expect(TokenType.RBRACE);
                    return new Expr.SetComp(first, gens, open.line(), open.col(), c.endLine(), c.endCol());
                }
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (accept(TokenType.COMMA)) {
                    if (at(TokenType.RBRACE)) {
                        break;
                    }
                    elts.add(starNamedExpression());
                }
                Token c = expect(TokenType.RBRACE);
                return new Expr.Set(elts, open.line(), open.col(), c.endLine(), c.endCol());
            }
        }
        while (accept(TokenType.COMMA)) {
            if (at(TokenType.RBRACE)) {
                break;
            }
            if (accept(TokenType.DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr key = expression();
                if (!at(TokenType.COLON)) {
                    throw errorNode(key, "':' expected after dictionary key");
                }
                p++;
                keys.add(key);
                values.add(dictValue());
            }
        }
        Token c = expect(TokenType.RBRACE);
        return new Expr.Dict(keys, values, open.line(), open.col(), c.endLine(), c.endCol());
    }

    private Expr dictValue() {
        if (at(TokenType.RBRACE) || at(TokenType.COMMA)) {
            throw error(prev(), "expression expected after dictionary key and ':'");
        }
        return expression();
    }

    private List<Comprehension> comprehensions() {
        List<Comprehension> gens = new ArrayList<>();
        while (true) {
            boolean async = false;
            if (atKw("async") && peek(1).isName("for")) {
                p++;
                async = true;
            } else if (!atKw("for")) {
                break;
            }
            p++;
            Expr target = starTargets();
            expectKw("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptKw("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, async ? 1 : 0));
        }
        return gens;
    }

    /** star_targets: targets of for loops and comprehensions, a tuple without brackets when there is a comma. */
    private Expr starTargets() {
        Token start = peek();
        Expr first = starTarget();
        if (!at(TokenType.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            if (atKw("in") || at(TokenType.EQUAL)) {
                break;
            }
            elts.add(starTarget());
        }
        return new Expr.Tuple(elts, ExprContext.STORE, start.line(), start.col(), prev().endLine(),
                prev().endCol());
    }

    private Expr starTarget() {
        if (at(TokenType.STAR)) {
            Token s = next();
            Expr v = toContext(bitwiseOr(), ExprContext.STORE);
            return new Expr.Starred(v, ExprContext.STORE, s.line(), s.col(), prev().endLine(), prev().endCol());
        }
        return toContext(bitwiseOr(), ExprContext.STORE);
    }

    /** The expression of an f-string replacement field, parsed as CPython does: as if in brackets. */
    Expr fstringExpression(Token open) {
        Expr e = parenthesized(open, TokenType.ENDMARKER);
        if (version == PythonVersion.PY312 && e instanceof Expr.Tuple t && !t.elts().isEmpty()
                && t.lineno() == open.line() && t.colOffset() == open.col()) {
            // CPython 3.12 parses the field as star expressions, not in brackets: a bare tuple spans its elements
            // and a trailing comma only.
            Token last = tokens.get(p - 2);
            Expr first = t.elts().get(0);
            return new Expr.Tuple(t.elts(), t.ctx(), first.lineno(), first.colOffset(), last.endLine(),
                    last.endCol());
        }
        return e;
    }
}
