package io.portalis.translator;

import io.portalis.python.ast.Arg;
import io.portalis.python.ast.Arguments;
import io.portalis.python.ast.BoolOperator;
import io.portalis.python.ast.CmpOperator;
import io.portalis.python.ast.Comprehension;
import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.ExceptHandler;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Keyword;
import io.portalis.python.ast.Located;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Node;
import io.portalis.python.ast.Operator;
import io.portalis.python.ast.Stmt;
import io.portalis.python.ast.WithItem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lowers one Python module to one Java class: module variables become static fields, module-level functions
 * static methods (called directly where the call can be bound at translation time), nested functions, methods
 * and lambdas {@code PyFunction} values whose bodies are Java lambdas, and values whose type is not known flow
 * as {@code Object} through pylib's dynamic operations.
 *
 * <p>Constructs it cannot translate faithfully are recorded as {@link Diagnostic}s, never approximated.
 */
final class ModuleEmitter {
    /**
     * An emitted Java expression and its static Java type: O(bject), B(oolean), L(ong), D(ouble), S(tring). An int
     * computed with checked {@code long} arithmetic also has its {@code dynamic} form, exact whatever its size, for
     * when the value goes where a dynamic value is expected anyway (a print, a container, an untyped variable).
     */
    private record J(String code, char type, String dynamic) {
        J(String code, char type) {
            this(code, type, null);
        }

        /** The value as an {@code Object} expression (Java boxes a typed one). */
        String obj() {
            return dynamic != null ? dynamic : code;
        }
    }

    private static final Set<String> BUILTIN_VALUES = Set.of("None", "True", "False", "__name__");
    /** The module class's field holding what {@code globals()} returns. */
    private static final String GLOBALS = "globals$";
    private static final Set<String> UNSUPPORTED_BUILTINS = Set.of("eval", "exec", "compile", "globals", "locals",
            "open", "__import__", "memoryview", "breakpoint", "help",
            "aiter", "anext", "super", "object", "Ellipsis");

    private final String file;
    private final String className;
    private final Map<Node, Scope> scopes;
    private final Scope module;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final JavaWriter methods = new JavaWriter();
    private final LoopBodies loopBodies = new LoopBodies();
    /** Set while emitting the version of a range loop's body whose counter is past 64 bits ({@link RangeLoops}). */
    private boolean countersPastLong;
    /**
     * Set while a comparison that may call a class's method is emitted for its truth: its dynamic comparisons then
     * test the truth of the method's result, after CPython's order of methods (Py's boolean forms do not ask a
     * subclass first, and take identity for equality).
     */
    private boolean truthOfValues;
    /** Asks the next comprehension for its version whose first range does not fit in 64 bits. */
    private boolean dynamicFirstRange;
    /** The copies of the enclosing function's locals the comprehension being emitted reads (ByValue). */
    private Map<String, J> byValue = Map.of();
    /** Set while emitting the checked version of int arithmetic that {@link SmallInts} also emits unchecked. */
    private boolean checkedInts;
    /**
     * The expressions that may fall back to their exact version ({@link IntermediateInts}): whole values of
     * statements (a typed local's assignment, a return, a condition), where Java's operand stack is empty. javac
     * cannot compile a switch expression holding a try while other operands wait on the stack.
     */
    private final Set<Expr> exactRoots = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** A list method call being emitted through its call site ({@link #bySite}). */
    private Expr.Call bySite;
    private final Set<String> builtinTypes = new TreeSet<>();
    private final Set<String> builtinFunctionValues = new TreeSet<>();
    private final Set<String> moduleFields = new LinkedHashSet<>();
    private final Map<String, Stmt.FunctionDef> direct = new LinkedHashMap<>();
    private final Set<String> defaultArrays = new LinkedHashSet<>();
    /** The inline-cache sites of attribute accesses, method calls and class calls: field name to declaration. */
    private final Map<String, String> sites = new LinkedHashMap<>();
    private final Map<Expr.Attribute, String> readSites = new IdentityHashMap<>();
    /** The names of the static methods that hold method bodies. */
    private final Set<String> methodNames = new java.util.HashSet<>();
    private int counter;
    /** Whether the generated code calls {@code MathModule} directly. */
    private boolean usesMath;
    private final GlobalBindings bindings;
    private final GlobalsUse globalsUse;
    private final TypeInference inference;
    private final InstanceLayouts layouts;
    /** The typed reads of attributes at a layout's fixed slot, so that a store of the same attribute goes there. */
    private final Map<Expr, InstanceLayouts.Slot> layoutPeeks = new IdentityHashMap<>();
    private final NestedFunctions nested;
    private final Metaclasses metaclasses;
    private final MethodDispatch dispatch;
    /** The index of the module's top-level statement being emitted. */
    private int top = -1;

    ModuleEmitter(String file, Mod.Module m) {
        this.file = file;
        this.scopes = ScopeBuilder.build(m);
        this.module = scopes.get(m);
        this.globalsUse = new GlobalsUse(m);
        this.bindings = new GlobalBindings(m, globalsUse);
        String cls = Names.moduleClass(file);
        Set<String> globalNames = new LinkedHashSet<>(module.assigned);
        collectGlobals(module, globalNames);
        while (globalNames.contains(cls)) {
            cls = cls + "_";
        }
        this.className = cls;
        this.dispatch = new MethodDispatch(cls, m.body());
        moduleFields.addAll(globalNames);
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.FunctionDef f && f.decoratorList().isEmpty() && module.boundOnce(f.name())
                    && !globalsUse.mayRebind(f.name())) {
                direct.put(f.name(), f);
            }
        }
        this.nested = new NestedFunctions(m, scopes);
        this.inference = new TypeInference(m, scopes, moduleFields, direct, nested);
        this.layouts = new InstanceLayouts(m, inference.attributeHints(), moduleFields::contains);
        this.metaclasses = new Metaclasses(m, py -> module.boundOnce(py) && !globalsUse.mayRebind(py));
    }

    private static void collectGlobals(Scope s, Set<String> out) {
        for (Scope c : s.children) {
            for (String g : c.globals) {
                if (c.assigned.contains(g)) {
                    out.add(g);
                }
            }
            collectGlobals(c, out);
        }
    }

    /** The module's static types. */
    TypeInference inference() {
        return inference;
    }

    /** The scope of a function or class definition of the module. */
    Scope scope(Node node) {
        return scopes.get(node);
    }

    String className() {
        return className;
    }

    List<Diagnostic> errors() {
        return errors;
    }

    private String fresh(String base) {
        return base + "$" + (++counter);
    }

    private void unsupported(Located node, String construct) {
        errors.add(new Diagnostic(node.lineno(), node.colOffset() + 1, construct));
    }

    private static final J NONE = new J("null", 'O');

    /** A fresh temporary declared at the top of the current Java body. */
    private String temp(Ctx ctx) {
        String t = fresh("t");
        ctx.body().temps.add(t);
        return t;
    }

    private static void declareTemps(Ctx ctx, JavaWriter w) {
        for (String t : ctx.temps) {
            w.line("Object " + t + " = null;");
        }
        FloatAttrs.declareTemps(ctx, w);
        IntAttrs.declareTemps(ctx, w);
    }

    // =================================================================== module

    String emit(Mod.Module m) {
        DictWrites.in(m.body()).forEach(n -> unsupported(n, "a write through an object's '__dict__'"));
        ModuleAttributes.lacking(m, py -> module.boundOnce(py) && !globalsUse.mayRebind(py),
                (a, name) -> unsupported(a, "'" + name + "'"));
        Ctx ctx = new Ctx(module, null, null);
        JavaWriter body = new JavaWriter();
        body.line(SourceLines.frame("<module>"));
        for (top = 0; top < m.body().size(); top++) {
            if (!emitStmt(m.body().get(top), ctx, body)) {
                break;
            }
        }

        JavaWriter w = new JavaWriter();
        w.line("import io.portalis.pylib.*;");
        w.line("import io.portalis.pylib.dyn.*;");
        if (usesMath) {
            w.line("import io.portalis.pylib.stdlib.MathModule;");
        }
        w.line("import java.util.LinkedHashMap;");
        w.line("import java.util.Map;");
        w.blank();
        w.line("/** Translated from " + file.replace("*/", "* /") + ". */");
        w.open("public final class " + className);
        for (String g : moduleFields) {
            w.line("static Object " + Names.java(g) + " = Rt.UNBOUND;");
        }
        for (String d : defaultArrays) {
            w.line("static Object[] " + d + ";");
        }
        for (String t : builtinTypes) {
            w.line("static final PyType " + Names.java(t) + " = Types.named(" + Names.literal(t) + ");");
        }
        for (String f : builtinFunctionValues) {
            w.line("static final Builtin " + Names.java(f) + " = Builtin.of(" + Names.literal(f) + ");");
        }
        sites.values().forEach(w::line);
        dispatch.fields(w);
        if (globalsUse.called) {
            declareModuleGlobals(w);
        }
        w.blank();
        w.line("private " + className + "() {");
        w.line("}");
        dispatch.methods(methods);
        w.append(methods);
        w.blank();
        w.line("/** Runs the module's code, as importing it as {@code __main__} does. */");
        w.open("public static void run()");
        declareTemps(ctx, w);
        w.append(body);
        w.close();
        w.blank();
        w.line("/**");
        w.line(" * Runs the program as {@code python3 " + file.replace("*/", "* /") + " ARGS...} does.");
        w.line(" *");
        w.line(" * @param args the command-line arguments after the script name");
        w.line(" */");
        w.open("public static void main(String[] args)");
        w.line("PyList<String> argv = PyList.of(" + Names.literal(file) + ");");
        w.line("argv.addAll(java.util.List.of(args));");
        w.line("Sys.argv = argv;");
        // not ClassName::run: a module named like the parameter or the local (args.py, argv.py) would name them
        w.line("Traceback.exitWith(() -> run());");
        w.close();
        w.close();
        return SourceLines.resolve(w.toString(), className, file);
    }

    // =================================================================== statements

    /** Emits statements; stops after one that cannot complete normally (Java rejects unreachable code). */
    private boolean emitBlock(List<Stmt> stmts, Ctx ctx, JavaWriter w) {
        for (Stmt s : stmts) {
            if (!emitStmt(s, ctx, w)) {
                return false;
            }
        }
        return true;
    }

    private boolean emitStmt(Stmt st, Ctx ctx, JavaWriter w) {
        w.line(SourceLines.line(st.lineno()));
        switch (st) {
            case Stmt.ExprStmt e -> {
                if (e.value() instanceof Expr.Constant) {
                    return true;
                }
                if (e.value() instanceof Expr.Call c && c.func() instanceof Expr.Attribute a
                        && a.attr().equals("append") && c.args().size() == 1 && c.keywords().isEmpty()
                        && !(c.args().get(0) instanceof Expr.Starred) && simpleLocal(a.value(), ctx)) {
                    // appending to a list, the usual way to build one: no method lookup by name
                    String list = expr(a.value(), ctx).obj();
                    String l = fresh("list");
                    w.open("if (" + list + " instanceof PyList " + l + ")");
                    w.line(l + ".append(" + expr(c.args().get(0), ctx).obj() + ");");
                    w.reopen("else");
                    w.line(call(c, ctx).code() + ";");
                    w.close();
                    return true;
                }
                if (e.value() instanceof Expr.Call c && ListCalls.moveItem(c) && simpleLocal(receiverOf(c), ctx)
                        && moveItem(c, ctx, w)) {
                    return true;
                }
                if (e.value() instanceof Expr.Call c && ListCalls.insert(c) && simpleLocal(receiverOf(c), ctx)
                        && inference.type(c.args().get(0), ctx.scope, ctx.types) == 'L') {
                    J at = expr(c.args().get(0), ctx);
                    if (at.type() == 'L' && at.dynamic() == null) {
                        String l = fresh("list");
                        w.open("if (" + expr(receiverOf(c), ctx).obj() + " instanceof PyList " + l + ")");
                        w.line(l + ".insert(" + at.code() + ", " + expr(c.args().get(1), ctx).obj() + ");");
                        w.reopen("else");
                        w.line(call(c, ctx).code() + ";");
                        w.close();
                        return true;
                    }
                }
                J v = expr(e.value(), ctx);
                // a checked call of a module function is a conditional expression, not a statement
                if ((e.value() instanceof Expr.Call || e.value() instanceof Expr.Yield
                        || e.value() instanceof Expr.YieldFrom) && !v.code().startsWith("(")) {
                    w.line(v.code() + ";");
                } else {
                    w.line("Rt.discard(" + v.obj() + ");");
                }
                return true;
            }
            case Stmt.Assign a -> {
                if (a.targets().size() == 1 && speculated(a.targets().get(0), ctx)) {
                    specAssign((Expr.Name) a.targets().get(0), a.value(), null, ctx, w);
                } else if (a.targets().size() == 1
                        && ListEmission.sliceOfSelf(a.targets().get(0), a.value(), ctx.scope, ctx.types)) {
                    sliceOfSelf((Expr.Subscript) a.targets().get(0), (Expr.Subscript) a.value(), ctx, w);
                } else if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Attribute at
                        && storeFloat(at, a.value(), ctx, w)) {
                    return true;
                } else if (DictUpdates.counting(a, ctx.scope) instanceof DictUpdates.Counting u) {
                    J delta = expr(u.delta(), ctx);
                    w.line("DictCalls.addGet" + (delta.type() == 'L' ? "Long(" : "(") + expr(u.dict(), ctx).obj()
                            + ", " + site("MethodSite", "call", "get") + ", " + expr(u.key(), ctx).obj() + ", "
                            + expr(u.dflt(), ctx).obj() + ", " + (delta.type() == 'L' ? delta.code() : delta.obj())
                            + ");");
                } else if (DictUpdates.peeked(a, ctx.scope) instanceof DictUpdates.Peeked u) {
                    J delta = expr(u.delta(), ctx);
                    String key = u.key() instanceof Expr.Attribute ka
                            ? readSite(ka) + ".peek(" + expr(ka.value(), ctx).obj() + ")" : expr(u.key(), ctx).obj();
                    w.open("if (!DictCalls.addPeeked" + (delta.type() == 'L' ? "Long(" : "(") + readSite(u.dict()) + ".peek(" + expr(u.dict().value(), ctx)
                            .obj() + "), " + key + ", " + expr(u.dflt(), ctx).obj() + ", "
                            + (delta.type() == 'L' ? delta.code() : delta.obj()) + "))");
                    assign(a.targets().get(0), expr(a.value(), ctx), ctx, w);
                    w.close();
                } else if (a.targets().size() == 1) {
                    boolean typedLocal = a.targets().get(0) instanceof Expr.Name n && ctx.types.get(n.id()) != null;
                    assign(a.targets().get(0), typedLocal ? whole(a.value(), ctx) : expr(a.value(), ctx), ctx, w);
                } else {
                    String t = fresh("v");
                    w.line("Object " + t + " = " + expr(a.value(), ctx).obj() + ";");
                    for (Expr target : a.targets()) {
                        assign(target, new J(t, 'O'), ctx, w);
                    }
                }
                return true;
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null && speculated(a.target(), ctx)) {
                    specAssign((Expr.Name) a.target(), a.value(), null, ctx, w);
                } else if (a.value() != null) {
                    assign(a.target(), expr(a.value(), ctx), ctx, w);
                }
                if (ctx.ns != null && a.target() instanceof Expr.Name n && !isClassVar(a.annotation())) {
                    w.line(ctx.ns + "Fields.add(" + Names.literal(n.id()) + ");");
                }
                return true;
            }
            case Stmt.AugAssign a -> {
                if (speculated(a.target(), ctx)) {
                    specAssign((Expr.Name) a.target(), a.value(), a.op(), ctx, w);
                    return true;
                }
                String addend = null;
                if (a.target() instanceof Expr.Attribute at && simpleLocal(at.value(), ctx)
                        && (a.value() instanceof Expr.Constant || simpleLocal(a.value(), ctx))) {
                    // self.runs += 1 on an int held unboxed: one search, no box; the full statement otherwise
                    J v = expr(a.value(), ctx);
                    addend = IntAttrs.addend(a.op(), a.value(),
                            v.type() == 'L' && v.dynamic() == null ? v.code() : null);
                    InstanceLayouts.Slot slot = layouts.slot(at.attr(), 'L');
                    String obj = expr(at.value(), ctx).obj();
                    if (addend != null && slot != null) {
                        w.open("if (!(" + layoutTest(slot, obj) + " && InstanceLayout.addLong(" + obj + ", "
                                + slot.slot() + ", " + addend + ")))");
                    } else if (addend != null) {
                        w.open("if (!" + readSite(at) + ".addLong(" + obj + ", " + addend + "))");
                    }
                }
                augAssign(a, ctx, w);
                if (addend != null) {
                    w.close();
                }
                return true;
            }
            case Stmt.If i -> {
                return emitIf(i, ctx, w);
            }
            case Stmt.While wh -> {
                String flag = wh.orelse().isEmpty() ? null : fresh("broke");
                if (flag != null) {
                    w.line("boolean " + flag + " = false;");
                }
                Boolean literal = WhileLoops.literalTruth(wh.test());
                String test = literal != null ? literal.toString() : test(wh.test(), ctx);
                boolean forever = test.equals("true") && WhileLoops.breaksExit(wh);
                if (test.equals("false") || test.equals("true") && !forever) {
                    // javac would reject the body of while (false), or the code after a while (true) that a break
                    // inside try ... finally leaves
                    test = "Rt.truthy(" + test + ")";
                }
                w.open("while (" + test + ")");
                Ctx.Loop loop = new Ctx.Loop(flag);
                ctx.loops.push(loop);
                emitBlock(wh.body(), ctx, w);
                ctx.loops.pop();
                w.close();
                if (forever && loop.breaks()[0] == 0) {
                    // only return or raise leaves the loop: what follows it, its else clause included, never runs
                    return false;
                }
                if (flag != null) {
                    w.open("if (!" + flag + ")");
                    emitBlock(wh.orelse(), ctx, w);
                    w.close();
                }
                return true;
            }
            case Stmt.For f -> {
                emitFor(f, ctx, w);
                return true;
            }
            case Stmt.Break b -> {
                Ctx.Loop loop = ctx.loops.peek();
                if (loop != null && loop.brokeFlag() != null) {
                    w.line(loop.brokeFlag() + " = true;");
                }
                if (loop != null) {
                    loop.breaks()[0]++;
                }
                w.line("break;");
                return false;
            }
            case Stmt.Continue c -> {
                w.line("continue;");
                return false;
            }
            case Stmt.Pass p -> {
                return true;
            }
            case Stmt.Return r -> {
                if (ctx.scope.kind == Scope.Kind.MODULE || ctx.ns != null) {
                    unsupported(r, "'return' outside function");
                    return true;
                }
                if (ctx.returns == 'V') {
                    if (r.value() != null) {
                        w.line("Rt.discard(" + expr(r.value(), ctx).obj() + ");");
                    }
                    w.line("return;");
                } else if (ctx.returns != 'O') {
                    w.line("return " + unparen(coerce(whole(r.value(), ctx), ctx.returns, r)) + ";");
                } else {
                    w.line("return " + (r.value() == null ? "null" : expr(r.value(), ctx).obj()) + ";");
                }
                return false;
            }
            case Stmt.Raise r -> {
                if (r.exc() == null) {
                    String h = ctx.handlers.peek();
                    w.line("throw " + (h != null ? h : "Rt.reraise()") + ";");
                } else if (r.cause() != null) {
                    w.line("throw " + context("Rt.raiseFrom(" + expr(r.exc(), ctx).obj() + ", "
                            + expr(r.cause(), ctx).obj() + ")", ctx) + ";");
                } else {
                    w.line("throw " + context("Rt.raise(" + expr(r.exc(), ctx).obj() + ")", ctx) + ";");
                }
                return false;
            }
            case Stmt.Try t -> {
                return emitTry(t, ctx, w);
            }
            case Stmt.Assert a -> {
                String msg = a.msg() == null ? "" : expr(a.msg(), ctx).obj();
                w.open("if (!" + cond(a.test(), ctx) + ")");
                w.line("throw new PyAssertionError(" + msg + ");");
                w.close();
                return true;
            }
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    delete(t, ctx, w);
                }
                return true;
            }
            case Stmt.Global g -> {
                return true;
            }
            case Stmt.Nonlocal n -> {
                return true;
            }
            case Stmt.Import i -> {
                for (io.portalis.python.ast.Alias a : i.names()) {
                    if (!io.portalis.pylib.dyn.Modules.NAMES.contains(a.name())) {
                        unsupported(a, "module '" + a.name() + "'");
                        continue;
                    }
                    String bound = a.asname() != null ? a.asname() : a.name();
                    storeName(bound, new J("Modules.load(" + Names.literal(a.name()) + ")", 'O'), ctx, w, a);
                }
                return true;
            }
            case Stmt.ImportFrom i -> {
                emitImportFrom(i, ctx, w);
                return true;
            }
            case Stmt.FunctionDef f -> {
                emitFunctionDef(f, ctx, w);
                return true;
            }
            case Stmt.ClassDef c -> {
                emitClass(c, ctx, w);
                return true;
            }
            case Stmt.With wi -> {
                return emitWith(wi.items(), 0, wi.body(), ctx, w);
            }
            case Stmt.AsyncFunctionDef f -> unsupported(f, "'async def'");
            case Stmt.AsyncFor f -> unsupported(f, "'async for'");
            case Stmt.AsyncWith f -> unsupported(f, "'async with'");
            case Stmt.TryStar t -> unsupported(t, "'except*'");
            case Stmt.TypeAlias t -> unsupported(t, "'type' statement");
            case Stmt.Match m -> {
                return emitMatch(m, ctx, w);
            }
        }
        return true;
    }

    /** Whether an annotation is {@code ClassVar[...]}: such names are class attributes, not dataclass fields. */
    private static boolean isClassVar(Expr annotation) {
        Expr e = annotation instanceof Expr.Subscript s ? s.value() : annotation;
        return e instanceof Expr.Name n && n.id().equals("ClassVar")
                || e instanceof Expr.Attribute a && a.attr().equals("ClassVar");
    }

    private String context(String raise, Ctx ctx) {
        String h = ctx.handlers.peek();
        return h == null ? raise : raise + ".withContext(" + h + ")";
    }

    private boolean emitIf(Stmt.If i, Ctx ctx, JavaWriter w) {
        w.open("if (" + test(i.test(), ctx) + ")");
        boolean a = emitBlock(i.body(), ctx, w);
        boolean b = true;
        List<Stmt> orelse = i.orelse();
        while (orelse.size() == 1 && orelse.get(0) instanceof Stmt.If elif) {
            // a failing test is reported at its elif's line, as CPython reports it
            w.outdented(SourceLines.line(elif.lineno()));
            w.reopen("else if (" + test(elif.test(), ctx) + ")");
            a |= emitBlock(elif.body(), ctx, w);
            orelse = elif.orelse();
        }
        if (!orelse.isEmpty()) {
            w.reopen("else");
            b = emitBlock(orelse, ctx, w);
        }
        w.close();
        return a || b;
    }

    private boolean emitMatch(Stmt.Match m, Ctx ctx, JavaWriter w) {
        String subject = temp(ctx);
        w.line(subject + " = " + expr(m.subject(), ctx).obj() + ";");
        boolean first = true;
        for (io.portalis.python.ast.MatchCase c : m.cases()) {
            String test = pattern(c.pattern(), subject, ctx);
            if (c.guard() != null) {
                test = test + " && " + cond(c.guard(), ctx);
            }
            // a failing pattern or guard is reported at its case's line, as CPython reports it
            if (first) {
                w.line(SourceLines.line(c.pattern().lineno()));
                w.open("if (" + test + ")");
            } else {
                w.outdented(SourceLines.line(c.pattern().lineno()));
                w.reopen("else if (" + test + ")");
            }
            first = false;
            emitBlock(c.body(), ctx, w);
        }
        w.close();
        // an if chain without else: javac considers that it completes normally whatever the cases do
        return true;
    }

    /** A Java boolean expression that matches {@code subject} against a pattern, binding its captures. */
    private String pattern(io.portalis.python.ast.Pattern p, String subject, Ctx ctx) {
        switch (p) {
            case io.portalis.python.ast.Pattern.MatchValue v -> {
                return "Rt.eq(" + subject + ", " + expr(v.value(), ctx).obj() + ")";
            }
            case io.portalis.python.ast.Pattern.MatchSingleton v -> {
                return "Py.is(" + subject + ", " + constant(new Expr.Constant(v.value(), null, v.lineno(), v.colOffset(),
                        v.endLineno(), v.endColOffset())).obj() + ")";
            }
            case io.portalis.python.ast.Pattern.MatchAs a -> {
                String inner = a.pattern() == null ? "true" : pattern(a.pattern(), subject, ctx);
                if (a.name() == null) {
                    return inner;
                }
                return "(" + inner + " && " + bind(a.name(), subject, ctx, a) + ")";
            }
            case io.portalis.python.ast.Pattern.MatchOr o -> {
                List<String> alts = new ArrayList<>();
                for (io.portalis.python.ast.Pattern x : o.patterns()) {
                    alts.add(pattern(x, subject, ctx));
                }
                return "(" + String.join(" || ", alts) + ")";
            }
            case io.portalis.python.ast.Pattern.MatchSequence q -> {
                int star = -1;
                for (int i = 0; i < q.patterns().size(); i++) {
                    if (q.patterns().get(i) instanceof io.portalis.python.ast.Pattern.MatchStar) {
                        star = i;
                    }
                }
                String arr = temp(ctx);
                List<String> parts = new ArrayList<>();
                parts.add("(" + arr + " = Rt.matchSequence(" + subject + ", " + q.patterns().size() + ", " + star
                        + ")) != null");
                for (int i = 0; i < q.patterns().size(); i++) {
                    String item = "((Object[]) " + arr + ")[" + i + "]";
                    io.portalis.python.ast.Pattern sub = q.patterns().get(i);
                    if (sub instanceof io.portalis.python.ast.Pattern.MatchStar st) {
                        if (st.name() != null) {
                            parts.add(bind(st.name(), item, ctx, st));
                        }
                    } else {
                        parts.add(pattern(sub, item, ctx));
                    }
                }
                return "(" + String.join(" && ", parts) + ")";
            }
            case io.portalis.python.ast.Pattern.MatchMapping mm -> {
                String arr = temp(ctx);
                List<String> keys = new ArrayList<>();
                for (Expr k : mm.keys()) {
                    keys.add(expr(k, ctx).obj());
                }
                List<String> parts = new ArrayList<>();
                parts.add("(" + arr + " = Rt.matchMapping(" + subject + ", new Object[] {" + String.join(", ", keys)
                        + "})) != null");
                for (int i = 0; i < mm.patterns().size(); i++) {
                    parts.add(pattern(mm.patterns().get(i), "((Object[]) " + arr + ")[" + i + "]", ctx));
                }
                if (mm.rest() != null) {
                    parts.add(bind(mm.rest(), "((Object[]) " + arr + ")[" + mm.keys().size() + "]", ctx, mm));
                }
                return "(" + String.join(" && ", parts) + ")";
            }
            case io.portalis.python.ast.Pattern.MatchClass mc -> {
                String arr = temp(ctx);
                List<String> kw = new ArrayList<>();
                mc.kwdAttrs().forEach(k -> kw.add(Names.literal(k)));
                List<String> parts = new ArrayList<>();
                parts.add("(" + arr + " = Rt.matchClass(" + subject + ", " + expr(mc.cls(), ctx).obj() + ", "
                        + mc.patterns().size() + ", new String[] {" + String.join(", ", kw) + "})) != null");
                int i = 0;
                for (io.portalis.python.ast.Pattern sub : mc.patterns()) {
                    parts.add(pattern(sub, "((Object[]) " + arr + ")[" + i++ + "]", ctx));
                }
                for (io.portalis.python.ast.Pattern sub : mc.kwdPatterns()) {
                    parts.add(pattern(sub, "((Object[]) " + arr + ")[" + i++ + "]", ctx));
                }
                return "(" + String.join(" && ", parts) + ")";
            }
            case io.portalis.python.ast.Pattern.MatchStar st -> {
                unsupported(st, "starred pattern here");
                return "false";
            }
        }
    }

    /** A capture inside a pattern: assigns and yields true. */
    private String bind(String name, String value, Ctx ctx, Located at) {
        if (ctx.ns != null && ctx.scope.resolve(name) == Scope.Binding.CLASS_LOCAL) {
            return "Rt.bound(" + ctx.ns + ".put(" + Names.literal(name) + ", " + value + "))";
        }
        return "Rt.bound(" + nameRef(name, ctx, at) + " = " + value + ")";
    }

    private void emitFor(Stmt.For f, Ctx ctx, JavaWriter w) {
        String flag = f.orelse().isEmpty() ? null : fresh("broke");
        if (flag != null) {
            w.line("boolean " + flag + " = false;");
        }
        String item = fresh("item");
        char itemType = 'O';
        String released = null;
        boolean filled = false;
        String bigRange = null;
        Map<String, String> codePoints = null;
        if (inference.isRangeCall(f.iter(), ctx.scope) && f.iter() instanceof Expr.Call c
                && !(f.target() instanceof Expr.Name t0 && ctx.types.get(t0.id()) != null
                        && ctx.types.get(t0.id()) == 'L')) {
            // the target holds Python ints: a range of any size yields them (RangeLoops)
            List<String> args = new ArrayList<>();
            for (Expr x : c.args()) {
                args.add(expr(x, ctx).obj());
            }
            w.open("for (Object " + item + " : Rt.range(" + String.join(", ", args) + "))");
        } else if (inference.isRangeCall(f.iter(), ctx.scope) && f.iter() instanceof Expr.Call c) {
            List<J> js = new ArrayList<>();
            for (Expr x : c.args()) {
                js.add(expr(x, ctx));
            }
            itemType = 'L';
            boolean own = f.target() instanceof Expr.Name t && ctx.confined.contains(t.id());
            if (own) {
                item = ctx.javaName(ctx.scope, ((Expr.Name) f.target()).id());
            }
            // a bound that is not a typed int may be past 64 bits: the body's dynamic version iterates the range
            boolean versions = js.stream().anyMatch(j -> j.type() != 'L' && j.type() != 'B');
            if (js.size() == 3) {
                // counting the items avoids overflowing at the end of the range
                String range = fresh("range");
                String k = fresh("k");
                String count = fresh("count");
                w.line("PyRange " + range + " = Rt.range(" + js.get(0).obj() + ", " + js.get(1).obj() + ", "
                        + js.get(2).obj() + ");");
                if (versions) {
                    bigRange = range;
                    w.open("if (" + range + ".fits())");
                }
                Stmt.Assign store = RangeFills.store(f, ctx.scope, ctx.confined);
                J v = store == null ? null : expr(store.value(), ctx);
                if (v != null && "BLD".indexOf(v.type()) >= 0 && v.dynamic() == null
                        && simpleLocal(((Expr.Subscript) store.targets().get(0)).value(), ctx)) {
                    String l = fresh("list");
                    w.open("if (!(" + expr(((Expr.Subscript) store.targets().get(0)).value(), ctx).obj()
                            + " instanceof PyList<?> " + l + " && " + l + ".fill(" + range + ".start(), " + range
                            + ".step(), " + range + ".len(), " + v.code() + ")))");
                    filled = true;
                }
                w.open("for (long " + k + " = 0, " + count + " = " + range + ".len(); " + k + " < " + count + "; "
                        + k + "++)");
                w.line("long " + item + " = " + range + ".start() + " + k + " * " + range + ".step();");
            } else {
                String start = js.size() == 2 ? index(js.get(0)) : "0L";
                String stop = index(js.get(js.size() - 1));
                if (versions) {
                    // Python evaluates the arguments, then range() makes ints of them: Longs count here
                    List<String> values = new ArrayList<>();
                    List<String> tests = new ArrayList<>();
                    List<String> longs = new ArrayList<>();
                    for (J j : js) {
                        String v = fresh("arg");
                        boolean typed = j.type() == 'L' || j.type() == 'B';
                        w.line((typed ? "long " : "Object ") + v + " = " + (typed ? asLong(j) : j.obj()) + ";");
                        values.add(v);
                        if (typed) {
                            longs.add(v);
                        } else {
                            tests.add(v + " instanceof Long " + v + "$");
                            longs.add(v + "$");
                        }
                    }
                    bigRange = "Rt.range(" + String.join(", ", values) + ")";
                    w.open("if (" + String.join(" && ", tests) + ")");
                    start = js.size() == 2 ? longs.get(0) : "0L";
                    stop = longs.get(longs.size() - 1);
                } else if (!plain(stop)) {
                    if (js.size() == 2 && !start.matches("-?\\d+L")) {
                        // Python evaluates both arguments, then makes ints of them, the start first
                        List<String> values = new ArrayList<>();
                        for (J j : js) {
                            String v = fresh("arg");
                            boolean typed = j.type() == 'L' || j.type() == 'B';
                            w.line((typed ? "long " : "Object ") + v + " = " + (typed ? asLong(j) : j.obj()) + ";");
                            values.add(typed ? v : "Rt.index(" + v + ")");
                        }
                        start = fresh("start");
                        w.line("long " + start + " = " + values.get(0) + ";");
                        stop = values.get(1);
                    }
                    String v = fresh("stop");
                    w.line("long " + v + " = " + stop + ";");
                    stop = v;
                }
                w.open("for (long " + item + " = " + start + "; " + item + " < " + stop + "; " + item + "++)");
            }
            if (own) {
                // the counter is the Python variable itself
                itemType = 'C';
            }
        } else if (StrLoops.listing(f.iter()) != null
                && StrLoops.itemType(f.iter(), e -> inference.type(e, ctx.scope, ctx.types)) == 'S') {
            Expr.Call c = StrLoops.listing(f.iter());
            List<String> codes = new ArrayList<>(List.of(expr(((Expr.Attribute) c.func()).value(), ctx).code()));
            List<Character> types = new ArrayList<>();
            for (Expr x : c.args()) {
                J j = expr(x, ctx);
                codes.add(j.code());
                types.add(j.type());
            }
            List<String> loop = StrLoops.loop(c, codes, types, item, fresh("parts"));
            if (!loop.get(0).isEmpty()) {
                w.line(loop.get(0));
            }
            w.open(loop.get(1));
            if (!loop.get(2).isEmpty()) {
                w.line(loop.get(2));
            }
            itemType = 'S';
        } else if (ctx.gen == null && SliceLoops.walked(f, ctx.scope) != null) {
            Expr.Subscript s = SliceLoops.walked(f, ctx.scope);
            Expr.Slice sl = (Expr.Slice) s.slice();
            String walk = fresh("walk");
            w.line("SliceWalk " + walk + " = SliceWalk.of(" + expr(s.value(), ctx).obj() + ", "
                    + (sl.lower() == null ? "null" : expr(sl.lower(), ctx).obj()) + ", "
                    + (sl.upper() == null ? "null" : expr(sl.upper(), ctx).obj()) + ");");
            w.open("for (Object " + item + "; (" + item + " = " + walk + ".next()) != SliceWalk.END; )");
            // the body runs no code of its own while what it reads is inert: else it walks a copy from here on
            List<String> inert = new ArrayList<>(List.of("SliceWalk.inert(" + item + ")"));
            for (String py : SliceLoops.reads(f.body(), ctx.scope)) {
                if (!py.equals(((Expr.Name) f.target()).id()) && !ctx.types.containsKey(py)) {
                    inert.add("SliceWalk.inert(" + ctx.javaName(ctx.scope, py)
                            + (ctx.speculation.locals().containsKey(py) ? "$box" : "") + ")");
                }
            }
            w.open("if (!(" + String.join(" && ", inert) + "))");
            w.line(walk + ".detach();");
            w.close();
        } else if (temporary(f.iter())) {
            // CPython drops a temporary iterable as the loop ends, closing a generator abandoned by break or
            // return before the next statement runs
            released = fresh("iterable");
            w.line("Object " + released + " = " + expr(f.iter(), ctx).obj() + ";");
            w.open("try");
            w.open("for (Object " + item + " : Rt.iterable(" + released + "))");
        } else {
            J iterable = expr(f.iter(), ctx);
            if (iterable.type() == 'S') {
                // a str's characters read in place, without an iterator; Latin-1 ones are shared strings
                String text = fresh("text");
                String k = fresh("k");
                w.line("String " + text + " = " + iterable.code() + ";");
                w.open("for (int " + k + " = 0; " + k + " < " + text + ".length(); )");
                if (ctx.scope.kind == Scope.Kind.FUNCTION && ctx.gen == null && isBuiltinName("ord", ctx)
                        && f.target() instanceof Expr.Name t && ctx.scope.resolve(t.id()) == Scope.Binding.LOCAL
                        && StrLoops.codePointsOnly(f, ctx.scope.node)) {
                    // the body only takes ord() of each character: the code points, without a str each
                    String cp = fresh("cp");
                    w.line("int " + cp + " = " + text + ".codePointAt(" + k + ");");
                    w.line(k + " += Character.charCount(" + cp + ");");
                    codePoints = Map.of(t.id(), cp);
                    itemType = 'C';
                } else {
                    w.line("String " + item + " = Strs.codePointAt(" + text + ", " + k + ");");
                    w.line(k + " += " + item + ".length();");
                    itemType = 'S';
                }
            } else {
                // a list is walked by index, as CPython's list iterator walks it (seeing the list's length at each
                // step), without an iterator object in one loop shared with every other iterable
                String src = fresh("src");
                String list = fresh("list");
                String it = fresh("it");
                String k = fresh("k");
                w.line("Object " + src + " = " + iterable.obj() + ";");
                w.line("PyList<?> " + list + " = " + src + " instanceof PyList<?> " + list + "$ ? " + list
                        + "$ : null;");
                w.line("java.util.Iterator<Object> " + it + " = " + list + " == null ? Rt.iterable(" + src
                        + ").iterator() : null;");
                w.open("for (int " + k + " = 0; " + list + " != null ? " + k + " < " + list + ".size() : " + it
                        + ".hasNext(); " + k + "++)");
                char st = f.target() instanceof Expr.Name t && speculating(ctx)
                        && ctx.scope.resolve(t.id()) == Scope.Binding.LOCAL
                        ? ctx.speculation.locals().getOrDefault(t.id(), 'O') : 'O';
                if (st == 'L' || st == 'D') {
                    // a hinted list's numbers are read into the speculated target without a box
                    String j = ctx.javaName(ctx.scope, ((Expr.Name) f.target()).id());
                    List<String> read = ListEmission.walkedRead(st, list, k);
                    w.open("if (" + read.get(0) + ")");
                    w.line(j + " = " + read.get(1) + ";");
                    w.line(j + "$box = Peek.UNBOXED;");
                    w.reopen("else");
                    storeBack(j, st, list + " != null ? " + list + ".get(" + k + ") : " + it + ".next()", w);
                    w.close();
                    itemType = 'C';
                } else {
                    w.line("Object " + item + " = " + list + " != null ? " + list + ".get(" + k + ") : " + it
                            + ".next();");
                }
            }
        }
        if (itemType != 'C') {
            assign(f.target(), new J(item, itemType), ctx, w);
        }
        ctx.loops.push(new Ctx.Loop(flag));
        Map<String, String> outerCodePoints = ctx.codePoints;
        if (codePoints != null) {
            ctx.codePoints = new java.util.HashMap<>(outerCodePoints);
            ctx.codePoints.putAll(codePoints);
        }
        if (!outlineBody(f, ctx, w)) {
            emitBlock(f.body(), ctx, w);
        }
        ctx.codePoints = outerCodePoints;
        ctx.loops.pop();
        w.close();
        if (filled) {
            w.close();
        }
        if (bigRange != null) {
            dynamicRangeLoop(f, bigRange, flag, ctx, w);
        }
        if (released != null) {
            w.reopen("finally");
            w.line("Rt.release(" + released + ");");
            w.close();
        }
        if (flag != null) {
            w.open("if (!" + flag + ")");
            emitBlock(f.orelse(), ctx, w);
            w.close();
        }
    }

    /**
     * Closes the counting version of a range loop with the version that iterates {@code range}, a range past 64 bits,
     * its own counter then a dynamic local of the same Java name, any other typed counter taking the values that fit
     * (see {@link RangeLoops}).
     */
    private void dynamicRangeLoop(Stmt.For f, String range, String flag, Ctx ctx, JavaWriter w) {
        String counter = ((Expr.Name) f.target()).id();
        Map<String, Character> types = ctx.types;
        Set<String> confined = ctx.confined;
        boolean own = confined.contains(counter);
        w.reopen("else");
        if (own) {
            ctx.types = new java.util.HashMap<>(types);
            ctx.types.remove(counter);
            ctx.confined = new java.util.HashSet<>(confined);
            ctx.confined.remove(counter);
            w.open("for (Object " + ctx.javaName(ctx.scope, counter) + " : " + range + ")");
        } else {
            // the typed local outlives the loop: it takes the values that fit (range(10**30) until a break)
            String item = fresh("item");
            w.open("for (Object " + item + " : " + range + ")");
            storeName(counter, new J("PyRange.typedLong(" + item + ")", 'L'), ctx, w, f.target());
        }
        ctx.loops.push(new Ctx.Loop(flag));
        boolean outer = countersPastLong;
        countersPastLong = own;
        try {
            if (!outlineBody(f, ctx, w)) {
                emitBlock(f.body(), ctx, w);
            }
        } finally {
            countersPastLong = outer;
            ctx.loops.pop();
            ctx.types = types;
            ctx.confined = confined;
        }
        w.close();
        w.close();
    }

    /** The class a local is speculated to hold, or null when it is typed or not speculated on. */
    private static Character speculated(String py, Ctx ctx) {
        return ctx.types.containsKey(py) ? null : ctx.speculation.locals().get(py);
    }

    /**
     * Adds a local to the parameters of a method emitted on its own and to the arguments of its call, a speculated
     * local together with its box.
     */
    private static void pass(String py, String j, Ctx ctx, List<String> params, List<String> args) {
        Character st = speculated(py, ctx);
        params.add(javaType(st != null ? st : ctx.types.getOrDefault(py, 'O')) + " " + j);
        args.add(j);
        if (st != null) {
            params.add("Object " + j + "$box");
            args.add(j + "$box");
        }
    }

    /**
     * Emits code for a method of its own: the temporaries it needs are declared at the top of {@code m}, and the
     * enclosing method's are left as they were.
     */
    private static <T> T withOwnTemps(Ctx ctx, JavaWriter m, java.util.function.Supplier<T> emit) {
        Ctx body = ctx.body();
        List<String> temps = new ArrayList<>(body.temps);
        List<String> doubles = new ArrayList<>(body.doubleTemps);
        List<String> longs = new ArrayList<>(body.longTemps);
        body.temps.clear();
        body.doubleTemps.clear();
        body.longTemps.clear();
        try {
            T result = emit.get();
            declareTemps(body, m);
            return result;
        } finally {
            body.temps.clear();
            body.doubleTemps.clear();
            body.longTemps.clear();
            body.temps.addAll(temps);
            body.doubleTemps.addAll(doubles);
            body.longTemps.addAll(longs);
        }
    }

    /**
     * Emits the body of a loop of a module-level function or method as a static method of its own and calls it, when
     * {@link LoopBodies} finds that it runs loops and needs only values; false when the body stays inline. The
     * method takes the locals the body reads, speculated ones with their boxes, and declares the ones it assigns.
     */
    private boolean outlineBody(Stmt.For f, Ctx ctx, JavaWriter w) {
        LoopBodies.Plan plan = !ctx.codePoints.isEmpty() || ctx.parent != null || ctx.ns != null || ctx.gen != null
                || !ctx.handlers.isEmpty() ? null : loopBodies.plan(f, ctx.scope, ctx.confined, ctx.types.keySet());
        if (plan == null) {
            return false;
        }
        String name = fresh(Names.java(ctx.scope.name) + "$body");
        List<String> params = new ArrayList<>();
        List<String> args = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        List<String> carriedTypes = new ArrayList<>();
        List<String> passed = new ArrayList<>(plan.params());
        passed.addAll(plan.carried());
        for (String py : passed) {
            // a cell is passed as the function's typed copy, which the body reads
            String j = ctx.javaName(ctx.scope, py) + (ctx.scope.resolve(py) == Scope.Binding.CELL ? "$" : "");
            if (plan.carried().contains(py)) {
                Character st = speculated(py, ctx);
                carried.add(j);
                carriedTypes.add(javaType(st != null ? st : ctx.types.getOrDefault(py, 'O')));
                if (st != null) {
                    carried.add(j + "$box");
                    carriedTypes.add("Object");
                }
            }
            pass(py, j, ctx, params, args);
        }
        JavaWriter m = new JavaWriter();
        m.blank();
        String returns = carried.isEmpty() ? "void" : carried.size() == 1 ? carriedTypes.get(0) : "Object[]";
        m.open("private static " + returns + " " + name + "(" + String.join(", ", params) + ")");
        for (String py : plan.locals()) {
            String j = ctx.javaName(ctx.scope, py);
            char t = ctx.types.getOrDefault(py, 'O');
            Character st = ctx.speculation.locals().get(py);
            if (ctx.confined.contains(py)) {
                continue;
            } else if (t != 'O') {
                m.line(javaType(t) + " " + j + " = " + zero(t) + ";");
            } else if (st != null) {
                m.line(javaType(st) + " " + j + " = " + zero(st) + ";");
                m.line("Object " + j + "$box = Peek.UNBOXED;");
            } else {
                m.line("Object " + j + " = " + (ctx.maybeUnbound.contains(py) ? "Rt.UNBOUND" : "null") + ";");
            }
        }
        JavaWriter bw = new JavaWriter();
        bw.line(SourceLines.continued(ctx.scope.name));
        boolean completes = withOwnTemps(ctx, m, () -> {
            loopBodies.inside = true;
            try {
                return emitBlock(f.body(), ctx, bw);
            } finally {
                loopBodies.inside = false;
            }
        });
        if (completes && !carried.isEmpty()) {
            bw.line("return " + (carried.size() == 1 ? carried.get(0)
                    : "new Object[] {" + String.join(", ", carried) + "}") + ";");
        }
        m.append(bw);
        m.close();
        methods.append(m);
        String call = name + "(" + String.join(", ", args) + ")";
        if (carried.isEmpty()) {
            w.line(call + ";");
        } else if (carried.size() == 1) {
            w.line(carried.get(0) + " = " + call + ";");
        } else {
            String values = fresh("carried");
            w.line("Object[] " + values + " = " + call + ";");
            for (int k = 0; k < carried.size(); k++) {
                String t = carriedTypes.get(k);
                w.line(carried.get(k) + " = " + LoopBodies.cast(t) + values + "[" + k
                        + "];");
            }
        }
        return true;
    }

    /**
     * Whether a for loop's iterable is a temporary that nothing else refers to: a call (other than iter(), which
     * may return an iterator bound to a name) or a generator expression.
     */
    private static boolean temporary(Expr iter) {
        return iter instanceof Expr.GeneratorExp
                || iter instanceof Expr.Call c && !(c.func() instanceof Expr.Name n && n.id().equals("iter"));
    }

    /** An int argument of range() as a Java long. */
    private static String index(J j) {
        return j.type() == 'L' || j.type() == 'B' ? asLong(j) : "Rt.index(" + j.obj() + ")";
    }

    private boolean emitTry(Stmt.Try t, Ctx ctx, JavaWriter w) {
        boolean hasFinally = !t.finalbody().isEmpty();
        boolean hasHandlers = !t.handlers().isEmpty();
        boolean hasElse = !t.orelse().isEmpty();
        String ok = hasElse ? fresh("ok") : null;
        if (hasElse) {
            w.line("boolean " + ok + " = false;");
        }
        if (hasFinally && hasHandlers) {
            w.open("try");
        }
        w.open("try");
        boolean bodyCompletes = emitBlock(t.body(), ctx, w);
        if (hasElse && bodyCompletes) {
            w.line(ok + " = true;");
        }
        boolean completes = bodyCompletes;
        if (hasHandlers) {
            String thrown = fresh("t");
            String exc = fresh("e");
            w.reopen("catch (Throwable " + thrown + ")");
            w.line("PyBaseException " + exc + " = Rt.caught(" + thrown + ");");
            boolean first = true;
            boolean catchAll = false;
            for (ExceptHandler h : t.handlers()) {
                if (h.type() == null) {
                    if (!first) {
                        w.reopen("else");
                    }
                    catchAll = true;
                } else {
                    String test = "Rt.matches(" + exc + ", " + expr(h.type(), ctx).obj() + ")";
                    if (first) {
                        w.open("if (" + test + ")");
                    } else {
                        w.reopen("else if (" + test + ")");
                    }
                }
                if (h.name() != null) {
                    storeName(h.name(), new J(exc, 'O'), ctx, w, h);
                }
                ctx.handlers.push(exc);
                w.open("try");
                boolean handlerCompletes = emitBlock(h.body(), ctx, w);
                String raised = fresh("t");
                w.reopen("catch (Throwable " + raised + ")");
                // what the handler raises has the exception it handles as its __context__
                w.line("throw Rt.caught(" + raised + ").withContext(" + exc + ");");
                w.close();
                ctx.handlers.pop();
                completes |= handlerCompletes;
                if (h.name() != null && handlerCompletes) {
                    // Python unbinds the handler's name when the handler ends
                    boolean checked = ctx.scope.resolve(h.name()) == Scope.Binding.LOCAL
                            && ctx.maybeUnbound.contains(h.name())
                            || ctx.scope.resolve(h.name()) == Scope.Binding.GLOBAL;
                    storeName(h.name(), checked ? new J("Rt.UNBOUND", 'O') : NONE, ctx, w, h);
                }
                first = false;
                if (catchAll) {
                    break;
                }
            }
            if (!catchAll) {
                w.reopen("else");
                w.line("throw " + exc + ";");
                w.close();
            } else if (t.handlers().size() > 1) {
                w.close();
            }
            w.close();
        }
        if (hasElse && completes) {
            // else runs outside the handlers but inside finally's protection
            w.open("if (" + ok + ")");
            emitBlock(t.orelse(), ctx, w);
            w.close();
        }
        if (hasFinally) {
            w.reopen("finally");
            completes &= emitBlock(t.finalbody(), ctx, w);
            w.close();
        }
        return completes;
    }

    private boolean emitWith(List<WithItem> items, int k, List<Stmt> body, Ctx ctx, JavaWriter w) {
        if (k == items.size()) {
            return emitBlock(body, ctx, w);
        }
        WithItem item = items.get(k);
        String cm = fresh("cm");
        String failed = fresh("failed");
        String thrown = fresh("t");
        String exc = fresh("e");
        w.line("Object " + cm + " = " + expr(item.contextExpr(), ctx).obj() + ";");
        J entered = new J("Rt.enter(" + cm + ")", 'O');
        if (item.optionalVars() != null) {
            assign(item.optionalVars(), entered, ctx, w);
        } else {
            w.line(entered.code() + ";");
        }
        w.line("boolean " + failed + " = false;");
        w.open("try");
        emitWith(items, k + 1, body, ctx, w);
        w.reopen("catch (Throwable " + thrown + ")");
        w.line(failed + " = true;");
        w.line("PyBaseException " + exc + " = Rt.caught(" + thrown + ");");
        w.open("if (!Rt.exit(" + cm + ", " + exc + "))");
        w.line("throw " + exc + ";");
        w.close();
        w.reopen("finally");
        w.open("if (!" + failed + ")");
        w.line("Rt.exit(" + cm + ", null);");
        w.close();
        w.close();
        return true;
    }

    private void emitImportFrom(Stmt.ImportFrom i, Ctx ctx, JavaWriter w) {
        String mod = i.module();
        if (i.level() != null && i.level() > 0 || mod == null) {
            unsupported(i, "relative import");
            return;
        }
        if (mod.equals("__future__")) {
            return;
        }
        if (mod.equals("typing")) {
            for (io.portalis.python.ast.Alias a : i.names()) {
                String bound = a.asname() != null ? a.asname() : a.name();
                storeName(bound, new J("Rt.typingForm(" + Names.literal(a.name()) + ")", 'O'), ctx, w, a);
            }
            return;
        }
        if (!io.portalis.pylib.dyn.Modules.NAMES.contains(mod)) {
            unsupported(i, "module '" + mod + "'");
            return;
        }
        for (io.portalis.python.ast.Alias a : i.names()) {
            if (a.name().equals("*")) {
                unsupported(a, "'from " + mod + " import *'");
                continue;
            }
            if (io.portalis.pylib.dyn.Modules.lacks(mod, a.name())) {
                unsupported(a, "'" + mod + "." + a.name() + "'");
                continue;
            }
            String bound = a.asname() != null ? a.asname() : a.name();
            storeName(bound, new J("Rt.importFrom(Modules.load(" + Names.literal(mod) + "), "
                    + Names.literal(a.name()) + ")", 'O'), ctx, w, a);
        }
    }

    // =================================================================== assignment

    private void assign(Expr target, J value, Ctx ctx, JavaWriter w) {
        switch (target) {
            case Expr.Name n -> storeName(n.id(), value, ctx, w, n);
            case Expr.Attribute a -> {
                String v = value.obj();
                if (!simpleLocal(a.value(), ctx) && !plain(v)) {
                    // Python evaluates the value before the object whose attribute it sets
                    String t = fresh("v");
                    w.line("Object " + t + " = " + v + ";");
                    v = t;
                }
                w.line(site("AttrSite", "attr", a.attr()) + ".set(" + expr(a.value(), ctx).obj() + ", " + v + ");");
            }
            case Expr.Subscript s -> {
                J container = expr(s.value(), ctx);
                J key = expr(s.slice(), ctx);
                if (key.type() == 'L' && container.type() == 'O' && !(s.slice() instanceof Expr.Slice)) {
                    // Python evaluates the value, then the container, then the index
                    String v = value.obj();
                    if (!plain(v)) {
                        v = fresh("v");
                        w.line(javaType(value.dynamic() != null ? 'O' : value.type()) + " " + v + " = " + value.obj()
                                + ";");
                    }
                    String c = container.code();
                    if (!simpleLocal(s.value(), ctx)) {
                        c = fresh("c");
                        w.line("Object " + c + " = " + container.code() + ";");
                    }
                    String l = fresh("list");
                    w.open("if (" + c + " instanceof PyList " + l + ")");
                    // a typed int, float or bool goes into primitive storage without a box
                    w.line(l + "." + ListEmission.typedStore(value.type(), value.dynamic() == null) + "("
                            + key.code() + ", " + v + ");");
                    w.reopen("else");
                    w.line("Rt.setItem(" + c + ", " + key.code() + ", " + v + ");");
                    w.close();
                } else {
                    // the value first, as Python evaluates it before the container and the key
                    String v = value.obj();
                    if (!plain(v)) {
                        v = fresh("v");
                        w.line("Object " + v + " = " + value.obj() + ";");
                    }
                    w.line("Rt.setItem(" + container.obj() + ", " + key.obj() + ", " + v + ");");
                }
            }
            case Expr.Tuple t -> unpackTo(t.elts(), value, ctx, w, t);
            case Expr.List l -> unpackTo(l.elts(), value, ctx, w, l);
            default -> unsupported(target, "assignment to this target");
        }
    }

    /**
     * {@code x[t] = x[s]} where {@link ListEmission#sliceOfSelf} holds: each part evaluated in Python's order, the
     * source slice built only when something could tell (pylib's {@code Lists.sliceLater}).
     */
    private void sliceOfSelf(Expr.Subscript target, Expr.Subscript value, Ctx ctx, JavaWriter w) {
        String x = fresh("x");
        w.line("Object " + x + " = " + expr(value.value(), ctx).obj() + ";");
        String label = ListEmission.plainBounds(target, value) ? typedSliceOfSelf(target, value, x, ctx, w) : null;
        dynamicSliceOfSelf(target, value, x, ctx, w);
        if (label != null) {
            w.close();
        }
    }

    /**
     * Opens a block labelled with the returned name, where {@code x[t] = x[s]} on a list with typed int bounds runs
     * in pylib unboxed and leaves the block; the caller emits the dynamic version after it, inside the block (the
     * bounds past 64 bits, speculated locals boxed, a value not a list). Returns null, having emitted nothing, when
     * some bound is not a typed int.
     */
    private String typedSliceOfSelf(Expr.Subscript target, Expr.Subscript value, String x, Ctx ctx, JavaWriter w) {
        Expr.Slice ts = (Expr.Slice) target.slice();
        Expr.Slice vs = (Expr.Slice) value.slice();
        Expr[] bounds = {ts.lower(), ts.upper(), ts.step(), vs.lower(), vs.upper(), vs.step()};
        Set<String> reads = new LinkedHashSet<>();
        for (Expr b : bounds) {
            if (b != null) {
                specReads(b, ctx, reads);
            }
        }
        String[] flags = {"NO_TARGET_START", "NO_TARGET_STOP", "NO_TARGET_STEP", "NO_SOURCE_START",
            "NO_SOURCE_STOP", "NO_SOURCE_STEP"};
        String args = inVersion(ctx, true, () -> {
            List<String> absent = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < bounds.length; i++) {
                if (bounds[i] == null) {
                    absent.add("PyList." + flags[i]);
                    codes.add("0L");
                    continue;
                }
                // typed int arithmetic raises OverflowError past 64 bits, which sends the statement to its
                // dynamic version
                J b = expr(bounds[i], ctx);
                if (b.type() != 'L') {
                    return null;
                }
                codes.add(b.code());
            }
            return (absent.isEmpty() ? "0" : String.join(" | ", absent)) + ", " + String.join(", ", codes);
        });
        if (args == null) {
            return null;
        }
        String label = fresh("slice");
        String l = fresh("list");
        w.open(label + ":");
        w.open("if (" + (reads.isEmpty() ? "" : boxTests(reads, ctx) + " && ") + x + " instanceof PyList<?> " + l
                + ")");
        // past 64 bits a bound is a big int, which the dynamic version slices with; nothing has changed then
        w.open("try");
        w.line(l + ".setSliceOfSelf(" + args + ");");
        w.line("break " + label + ";");
        w.reopen("catch (OverflowError " + fresh("overflow") + ")");
        w.close();
        w.close();
        return label;
    }

    /** {@code x[t] = x[s]} on any value, its bounds dynamic, once {@code x} is evaluated into the Java local. */
    private void dynamicSliceOfSelf(Expr.Subscript target, Expr.Subscript value, String x, Ctx ctx, JavaWriter w) {
        Expr.Slice vs = (Expr.Slice) value.slice();
        Expr.Slice ts = (Expr.Slice) target.slice();
        List<String> bounds = new ArrayList<>();
        for (Expr b : new Expr[] {vs.lower(), vs.upper(), vs.step()}) {
            String t = fresh("b");
            w.line("Object " + t + " = " + opt(b, ctx) + ";");
            bounds.add(t);
        }
        String src = fresh("src");
        w.line("Object " + src + " = Lists.sliceLater(" + x + ", " + String.join(", ", bounds) + ");");
        List<String> targets = new ArrayList<>();
        for (Expr b : new Expr[] {ts.lower(), ts.upper(), ts.step()}) {
            targets.add(opt(b, ctx));
        }
        w.line("Lists.setSliceOfSelf(" + x + ", " + String.join(", ", targets) + ", " + src + ", "
                + String.join(", ", bounds) + ");");
    }

    private void unpackTo(List<Expr> elts, J value, Ctx ctx, JavaWriter w, Located at) {
        String arr = fresh("u");
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        if (star < 0) {
            w.line("Object[] " + arr + " = Rt.unpack(" + value.obj() + ", " + elts.size() + ");");
        } else {
            w.line("Object[] " + arr + " = Rt.unpackStar(" + value.obj() + ", " + star + ", "
                    + (elts.size() - star - 1) + ");");
        }
        for (int i = 0; i < elts.size(); i++) {
            Expr e = elts.get(i);
            Expr t = e instanceof Expr.Starred s ? s.value() : e;
            assign(t, new J(arr + "[" + i + "]", 'O'), ctx, w);
        }
    }

    private void storeName(String py, J value, Ctx ctx, JavaWriter w, Located at) {
        if (ctx.ns != null && ctx.scope.resolve(py) == Scope.Binding.CLASS_LOCAL) {
            w.line(ctx.ns + ".put(" + Names.literal(py) + ", " + value.obj() + ");");
            return;
        }
        if (ctx.scope.resolve(py) == Scope.Binding.LOCAL && ctx.types.containsKey(py)) {
            w.line(nameRef(py, ctx, at) + " = " + unparen(coerce(value, ctx.types.get(py), at)) + ";");
            return;
        }
        if (ctx.scope.resolve(py) == Scope.Binding.LOCAL && ctx.speculation.locals().containsKey(py)) {
            storeBack(ctx.javaName(ctx.scope, py), ctx.speculation.locals().get(py), value.obj(), w);
            return;
        }
        if (ctx.scope.resolve(py) == Scope.Binding.CELL && ctx.types.containsKey(py)) {
            String j = ctx.javaName(ctx.scope, py);
            w.line(j + ".v = " + j + "$ = " + unparen(coerce(value, ctx.types.get(py), at)) + ";");
            return;
        }
        w.line(nameRef(py, ctx, at) + " = " + value.obj() + ";");
    }

    /** Java code without the parentheses around all of it, where it stands alone. */
    private static String unparen(String code) {
        return code.startsWith("(") && closingParen(code, 0) == code.length() - 1 ? code.substring(1, code.length() - 1)
                : code;
    }

    /** A value as the static type a typed place holds; the inference guarantees the types agree. */
    private String coerce(J value, char type, Located at) {
        if (type == 'O') {
            return value.obj();
        }
        if (value.type() == 'O' && countersPastLong) {
            // computed from a range's counter past 64 bits, it has the local's Python type (RangeLoops)
            return "PyRange." + switch (type) {
                case 'L' -> "typedLong";
                case 'D' -> "typedDouble";
                case 'B' -> "typedBool";
                default -> "typedStr";
            } + "(" + value.obj() + ")";
        }
        if (value.type() != type) {
            throw new IllegalStateException(file + ":" + at.lineno() + ": a value of static type " + value.type()
                    + " where " + type + " is required");
        }
        return value.code();
    }

    /** An assignable Java expression for a Python name. */
    private String nameRef(String py, Ctx ctx, Located at) {
        Scope s = ctx.scope;
        return switch (s.resolve(py)) {
            case LOCAL -> ctx.javaName(s, py);
            case CELL -> ctx.javaName(s, py) + ".v";
            case FREE -> {
                Scope owner = s.owner(py);
                yield ctx.javaName(owner, py) + ".v";
            }
            case CLASS_LOCAL -> throw new IllegalStateException("class locals are stored with put");
            case GLOBAL -> globalRef(py, ctx);
        };
    }

    private String globalRef(String py, Ctx ctx) {
        String j = Names.java(py);
        return ctx.visible(j) ? className + "." + j : j;
    }

    private void delete(Expr t, Ctx ctx, JavaWriter w) {
        switch (t) {
            case Expr.Name n -> {
                if (ctx.ns != null && ctx.scope.resolve(n.id()) == Scope.Binding.CLASS_LOCAL) {
                    w.line(ctx.ns + ".remove(" + Names.literal(n.id()) + ");");
                } else if (ctx.scope.resolve(n.id()) == Scope.Binding.GLOBAL && moduleFields.contains(n.id())) {
                    // strict: an unbound global that shadows a built-in is not deleted by deleting the built-in
                    w.line(nameRef(n.id(), ctx, n) + " = Rt.unbind(Rt.global(" + globalRef(n.id(), ctx) + ", "
                            + Names.literal(n.id()) + "));");
                } else if ((ctx.scope.resolve(n.id()) == Scope.Binding.LOCAL
                        || ctx.scope.resolve(n.id()) == Scope.Binding.CELL) && ctx.maybeUnbound.contains(n.id())
                        || ctx.scope.resolve(n.id()) == Scope.Binding.GLOBAL) {
                    w.line(nameRef(n.id(), ctx, n) + " = Rt.unbind(" + load(n, ctx).obj() + ");");
                } else {
                    w.line(nameRef(n.id(), ctx, n) + " = Rt.deleted(" + load(n, ctx).obj() + ", "
                            + Names.literal(n.id()) + ");");
                }
            }
            case Expr.Attribute a -> w.line("Rt.delattr(" + expr(a.value(), ctx).obj() + ", " + Names.literal(a.attr())
                    + ");");
            case Expr.Subscript s -> w.line("Rt.delItem(" + expr(s.value(), ctx).obj() + ", " + subscriptKey(s.slice(), ctx)
                    + ");");
            case Expr.Tuple tu -> tu.elts().forEach(e -> delete(e, ctx, w));
            case Expr.List l -> l.elts().forEach(e -> delete(e, ctx, w));
            default -> unsupported(t, "deletion of this target");
        }
    }

    private static String opSymbol(Operator op) {
        return switch (op) {
            case ADD -> "+";
            case SUB -> "-";
            case MULT -> "*";
            case MAT_MULT -> "@";
            case DIV -> "/";
            case MOD -> "%";
            case POW -> "**";
            case L_SHIFT -> "<<";
            case R_SHIFT -> ">>";
            case BIT_OR -> "|";
            case BIT_XOR -> "^";
            case BIT_AND -> "&";
            case FLOOR_DIV -> "//";
        };
    }

    private void augAssign(Stmt.AugAssign a, Ctx ctx, JavaWriter w) {
        String op = Names.literal(opSymbol(a.op()));
        switch (a.target()) {
            case Expr.Name n -> {
                J cur = load(n, ctx);
                J v = expr(a.value(), ctx);
                if (cur.type() != 'O' && ctx.types.containsKey(n.id())) {
                    if (cur.type() == 'D' && ctx.scope.resolve(n.id()) == Scope.Binding.LOCAL && (a.op() == Operator.ADD || a.op() == Operator.SUB
                            || a.op() == Operator.MULT) && v.type() != 'O' && v.type() != 'S') {
                        w.line(cur.code() + " " + opSymbol(a.op()) + "= " + asDouble(v) + ";");
                    } else {
                        storeName(n.id(), binary(cur, a.op(), v, a.value()), ctx, w, n);
                    }
                    return;
                }
                if (ctx.ns != null && ctx.scope.resolve(n.id()) == Scope.Binding.CLASS_LOCAL) {
                    w.line(ctx.ns + ".put(" + Names.literal(n.id()) + ", Rt.inplace(" + op + ", " + cur.obj() + ", "
                            + v.obj() + "));");
                } else {
                    w.line(nameRef(n.id(), ctx, n) + " = Rt.inplace(" + op + ", " + cur.obj() + ", " + v.obj() + ");");
                }
            }
            case Expr.Attribute at -> {
                String o = fresh("o");
                w.line("Object " + o + " = " + expr(at.value(), ctx).obj() + ";");
                String attr = readSite(at);
                String inplace = switch (a.op()) {
                    case ADD -> "Rt.inplaceAdd(";
                    case SUB -> "Rt.inplaceSub(";
                    case MULT -> "Rt.inplaceMul(";
                    default -> "Rt.inplace(" + op + ", ";
                };
                // a float or int attribute hinted so: computed on primitives when peeks find the hinted classes
                // (no __iadd__ to call then), through the in-place operator otherwise
                layoutPeeks.remove(at);
                String[] split = speculating(ctx) ? splitParts(new Expr.BinOp(at, a.op(), a.value(), a.lineno(),
                        a.colOffset(), a.endLineno(), a.endColOffset()), ctx) : null;
                String dynamic = inplace + attr + ".get(" + o + "), " + expr(a.value(), ctx).obj() + ")";
                // read at a layout's slot, hence tested for that layout: written at the same slot
                InstanceLayouts.Slot slot = split == null ? null : layoutPeeks.get(at);
                String store = slot == null ? null : slot.storeStart(o);
                if (split != null && split[2] != null) {
                    FloatAttrs.storeSplit(attr, o, split[0], split[2], dynamic, store, w);
                    return;
                }
                if (split != null && split[3] != null) {
                    IntAttrs.storeSplit(attr, o, split[0], split[3], split[4], this::fresh, dynamic, store, w);
                    return;
                }
                w.line(attr + ".set(" + o + ", " + (split == null ? dynamic
                        : "(" + split[0] + " ? " + split[1] + " : " + dynamic + ")") + ");");
            }
            case Expr.Subscript s -> {
                String o = fresh("o");
                String k = fresh("k");
                w.line("Object " + o + " = " + expr(s.value(), ctx).obj() + ";");
                J key = expr(s.slice(), ctx);
                if (key.type() == 'L' && !(s.slice() instanceof Expr.Slice)) {
                    // an item of a list at an int index, such as count[r] -= 1
                    w.line("long " + k + " = " + key.code() + ";");
                    String l = fresh("list");
                    String v = expr(a.value(), ctx).obj();
                    String delta = ListEmission.longDelta(a.op(), a.value());
                    if (delta != null) {
                        // count[r] -= 1 on an int held unboxed, while the result fits
                        String fast = fresh("list");
                        w.open("if (" + o + " instanceof PyList<?> " + fast + " && " + fast + ".addToLong(" + k + ", "
                                + delta + "))");
                        w.reopen("else if (" + o + " instanceof PyList " + l + ")");
                    } else {
                        w.open("if (" + o + " instanceof PyList " + l + ")");
                    }
                    w.line(l + ".setItem(" + k + ", Rt.inplace(" + op + ", " + l + ".getItem(" + k + "), " + v + "));");
                    w.reopen("else");
                    w.line("Rt.setItem(" + o + ", " + k + ", Rt.inplace(" + op + ", Rt.getItem(" + o + ", " + k + "), "
                            + v + "));");
                    w.close();
                    return;
                }
                w.line("Object " + k + " = " + key.obj() + ";");
                String delta = ListEmission.longDelta(a.op(), a.value());
                if (delta != null) {
                    // counts[w] += 1 on a dict: one search while the key is a str or an int and the sum fits
                    w.open("if (!DictCalls.addItem(" + o + ", " + k + ", " + delta + "))");
                }
                w.line("Rt.setItem(" + o + ", " + k + ", Rt.inplace(" + op + ", Rt.getItem(" + o + ", " + k + "), "
                        + expr(a.value(), ctx).obj() + "));");
                if (delta != null) {
                    w.close();
                }
            }
            default -> unsupported(a, "augmented assignment to this target");
        }
    }

    // =================================================================== speculated locals

    /** Whether an assignment target is a speculated local of the body being emitted. */
    private static boolean speculated(Expr target, Ctx ctx) {
        return target instanceof Expr.Name n && ctx.speculation.locals().containsKey(n.id())
                && ctx.scope.resolve(n.id()) == Scope.Binding.LOCAL;
    }

    /**
     * Assigns a speculated local ({@code x = e} or {@code x op= e}). When the speculated locals the statement reads
     * are unboxed and its hinted values, peeked at before anything else it evaluates, have their hinted classes, the
     * typed version runs; otherwise the dynamic version, which unboxes a result of the local's type again.
     */
    private void specAssign(Expr.Name n, Expr value, Operator op, Ctx ctx, JavaWriter w) {
        String py = n.id();
        char t = ctx.speculation.locals().get(py);
        String j = ctx.javaName(ctx.scope, py);
        if (op == null && inference.type(value, ctx.scope, ctx.types) == t) {
            w.line(j + " = " + unparen(coerce(expr(value, ctx), t, n)) + ";");
            w.line(j + "$box = Peek.UNBOXED;");
            return;
        }
        Map<String, Character> env = new java.util.HashMap<>(ctx.types);
        env.putAll(ctx.speculation.locals());
        char vt = inference.speculativeType(value, ctx.scope, env, ctx.speculation);
        String guard = null;
        String fast = null;
        boolean[] overflows = {TypeInference.overflowFallsBack(op, value)};
        if ((op == null ? vt : TypeInference.binOp(t, op, vt, value)) == t
                && inference.peeksFirst(value, ctx.scope, env, ctx.speculation)) {
            Set<String> reads = new LinkedHashSet<>();
            if (op != null) {
                reads.add(py);
            }
            specReads(value, ctx, reads);
            List<String> tests = new ArrayList<>();
            if (!reads.isEmpty()) {
                tests.add(boxTests(reads, ctx));
            }
            fast = inVersion(ctx, true, () -> {
                if (!peekLeaves(value, env, ctx, tests, new java.util.HashMap<>())) {
                    return null;
                }
                J v = expr(value, ctx);
                J r = op == null ? v : binary(new J(j, t), op, v, value);
                if (r.type() != t) {
                    return null;
                }
                if (op == null) {
                    overflows[0] = TypeInference.overflowFallsBack(value, ctx.peeked.keySet());
                }
                return t == 'D' && v.type() != 'O' && (op == Operator.ADD || op == Operator.SUB
                        || op == Operator.MULT) ? j + " " + opSymbol(op) + "= " + asDouble(v) + ";"
                        : j + " = " + unparen(r.code()) + ";";
            });
            guard = String.join(" && ", tests);
        }
        java.util.function.Supplier<String> dynamic = () -> inVersion(ctx, false, () -> op == null
                ? expr(value, ctx).obj()
                : "Rt.inplace(" + Names.literal(opSymbol(op)) + ", " + load(n, ctx).obj() + ", "
                        + expr(value, ctx).obj() + ")");
        if (fast == null) {
            storeBack(j, t, dynamic.get(), w);
            return;
        }
        String slow = coldCall(value, op == null ? null : py, ctx, dynamic);
        if (t == 'L' && overflows[0]) {
            // past 64 bits, the dynamic version computes the int Python computes (the typed one had no effect); both
            // failed guard and overflow reach its single copy, keeping the hot method small for the JIT
            String typed = fresh("typed");
            w.open(typed + ":");
            w.open("if (" + guard + ")");
            w.open("try");
            w.line(fast);
            w.line(j + "$box = Peek.UNBOXED;");
            w.line("break " + typed + ";");
            w.reopen("catch (OverflowError " + fresh("overflow") + ")");
            w.close();
            w.close();
            storeBack(j, t, slow, w);
            w.close();
            return;
        }
        w.open("if (" + guard + ")");
        w.line(fast);
        if (op == null) {
            w.line(j + "$box = Peek.UNBOXED;");
        }
        w.reopen("else");
        storeBack(j, t, slow, w);
        w.close();
    }

    /**
     * The dynamic version of a speculated assignment, as the call of a static method of its own when
     * {@link ColdPaths} finds it large and self-contained, so that the method running the typed version stays small
     * for the JIT; inline otherwise.
     *
     * @param target the speculated local an in-place operator also reads, or null
     */
    private String coldCall(Expr value, String target, Ctx ctx, java.util.function.Supplier<String> dynamic) {
        Set<String> reads = ctx.parent != null || ctx.ns != null || ctx.gen != null || !ctx.handlers.isEmpty()
                ? null : ColdPaths.reads(value);
        if (reads == null) {
            return dynamic.get();
        }
        if (target != null) {
            reads.add(target);
        }
        List<String> params = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (String py : reads) {
            Scope.Binding b = ctx.scope.resolve(py);
            if (b == Scope.Binding.GLOBAL) {
                continue;
            } else if (b != Scope.Binding.LOCAL) {
                return dynamic.get();
            }
            pass(py, ctx.javaName(ctx.scope, py), ctx, params, args);
        }
        String name = fresh(Names.java(ctx.scope.name) + "$dynamic");
        JavaWriter m = new JavaWriter();
        m.blank();
        m.open("private static Object " + name + "(" + String.join(", ", params) + ")");
        String code = withOwnTemps(ctx, m, dynamic);
        m.line("return " + code + ";");
        m.close();
        methods.append(m);
        return name + "(" + String.join(", ", args) + ")";
    }

    /**
     * A computation on speculated locals or hinted values whose result goes to a dynamic place
     * ({@code a.vx -= dx * bm}, {@code b.x += dt * b.vx}): computed on primitives while the locals hold their type
     * and the values peeked at have their hinted classes, dynamically otherwise; null when that gains nothing or
     * peeking first would not be exact.
     */
    private J splitValue(Expr e, Ctx ctx) {
        String[] split = splitParts(e, ctx);
        if (split == null) {
            return null;
        }
        J dynamic = inVersion(ctx, false, () -> expr(e, ctx));
        return new J("(" + split[0] + " ? " + split[1] + " : " + dynamic.obj() + ")", 'O');
    }

    /**
     * Emits one version of a split: the typed one ({@code ctx.fast}, reading the values peeked at, which it forgets
     * afterwards) or the dynamic one ({@code ctx.boxed}, reading speculated locals boxed).
     */
    private static <T> T inVersion(Ctx ctx, boolean typed, java.util.function.Supplier<T> emit) {
        if (typed) {
            ctx.fast = true;
        } else {
            ctx.boxed = true;
        }
        try {
            return emit.get();
        } finally {
            ctx.fast = false;
            ctx.boxed = false;
            if (typed) {
                ctx.peeked.clear();
            }
        }
    }

    /** Whether the code being emitted is a body with speculated values, outside the versions of a split. */
    private static boolean speculating(Ctx ctx) {
        return !ctx.fast && !ctx.boxed && ctx.speculation != TypeInference.Speculation.NONE;
    }

    /**
     * The guard, the typed version boxed and the typed version of a float unboxed (null for an int) of
     * {@link #splitValue}; null when splitting gains nothing or peeking first would not be exact.
     */
    private String[] splitParts(Expr e, Ctx ctx) {
        Set<String> reads = new LinkedHashSet<>();
        specReads(e, ctx, reads);
        Map<String, Character> env = new java.util.HashMap<>(ctx.types);
        env.putAll(ctx.speculation.locals());
        char t = inference.speculativeType(e, ctx.scope, env, ctx.speculation);
        if (t != 'L' && t != 'D' || inference.type(e, ctx.scope, ctx.types) == t
                || !inference.peeksFirst(e, ctx.scope, env, ctx.speculation)) {
            return null;
        }
        List<String> tests = new ArrayList<>();
        if (!reads.isEmpty()) {
            tests.add(boxTests(reads, ctx));
        }
        J typed = inVersion(ctx, true, () -> peekLeaves(e, env, ctx, tests, new java.util.HashMap<>())
                && !tests.isEmpty() ? expr(e, ctx) : null);
        if (typed == null || typed.type() != t) {
            return null;
        }
        if (t == 'L' && typed.dynamic() != null && !calls(e)) {
            // checked arithmetic on the values peeked at; past 64 bits the dynamic version computes the big int
            // (the typed one had no effect)
            String dynamic = inVersion(ctx, false, () -> expr(e, ctx)).obj();
            return new String[] {String.join(" && ", tests), "switch (0) { default -> { try { yield "
                    + asObject(typed.code()) + "; } catch (OverflowError " + fresh("overflow") + ") { yield " + dynamic
                    + "; } } }", null, typed.code(), dynamic};
        }
        return new String[] {String.join(" && ", tests), asObject(typed.obj()), t == 'D' ? typed.code() : null,
            t == 'L' && typed.dynamic() == null ? typed.code() : null, null};
    }

    /**
     * {@code obj.name = value} where the value is a float on the typed path: stored unboxed with
     * {@code AttrSite.setDouble}, split in a typed and a dynamic version when it speculates, as an int speculated on
     * is with {@code AttrSite.setLong}; false (nothing emitted) for other values, and for an object that is not a
     * plain local (which Python evaluates after the value).
     */
    private boolean storeFloat(Expr.Attribute at, Expr value, Ctx ctx, JavaWriter w) {
        if (!simpleLocal(at.value(), ctx) || ctx.scope.kind == Scope.Kind.MODULE || ctx.ns != null) {
            return false;
        }
        if ((value instanceof Expr.Name || value instanceof Expr.Constant)
                && inference.type(value, ctx.scope, ctx.types) == 'L') {
            // self.payload = payload with a typed int: stored, or added by a constructor, without a box
            J v = expr(value, ctx);
            if (v.type() == 'L' && v.dynamic() == null) {
                w.line(site("AttrSite", "attr", at.attr()) + ".setLong(" + expr(at.value(), ctx).obj() + ", "
                        + v.code() + ");");
                return true;
            }
        }
        boolean typed = inference.type(value, ctx.scope, ctx.types) == 'D';
        String[] split = typed || !speculating(ctx) ? null : splitParts(value, ctx);
        if (!typed && (split == null || split[2] == null && split[3] == null)) {
            return false;
        }
        String obj = expr(at.value(), ctx).obj();
        String site = site("AttrSite", "attr", at.attr());
        if (!typed && split[2] == null) {
            IntAttrs.storeSplit(site, obj, split[0], split[3], split[4], this::fresh,
                    inVersion(ctx, false, () -> expr(value, ctx)).obj(), layoutStore(at, obj, split[0], 'L'), w);
        } else if (typed) {
            w.line(site + ".setDouble(" + obj + ", " + unparen(asDouble(expr(value, ctx))) + ");");
        } else {
            FloatAttrs.storeSplit(site, obj, split[0], split[2], inVersion(ctx, false, () -> expr(value, ctx)).obj(),
                    layoutStore(at, obj, split[0], 'D'), w);
        }
        return true;
    }

    /**
     * The start of a typed store of {@code obj.name} at its layout's slot ({@code InstanceLayout.setLong(a, 2, }) when
     * the typed version's guard tests that layout for the object, or null.
     */
    private String layoutStore(Expr.Attribute at, String obj, String guard, char kind) {
        InstanceLayouts.Slot slot = layouts.slot(at.attr(), kind);
        if (slot == null || !(" && " + guard + " && ").contains(" && " + slot.holds(obj) + " && ")) {
            return null;
        }
        return slot.storeStart(obj);
    }

    /** The test that a layout holds {@code obj}, the layout's field declared with the module's sites. */
    private String layoutTest(InstanceLayouts.Slot slot, String obj) {
        sites.putIfAbsent(slot.field(), layouts.declaration(slot.field()));
        return slot.holds(obj);
    }

    /**
     * A comparison of numbers computed from hinted values ({@code (tick + task.ident) % k == 0}) as a condition:
     * compared on primitives while the values peeked at have their hinted classes, dynamically otherwise or past
     * 64 bits; null when no operand gains, an operand calls anything, or peeking first would not be exact.
     */
    private String splitCompare(Expr.Compare c, Ctx ctx) {
        if (calls(c) || !TypeInference.emittableTwice(c)) {
            return null;
        }
        Map<String, Character> env = new java.util.HashMap<>(ctx.types);
        env.putAll(ctx.speculation.locals());
        List<Expr> operands = new ArrayList<>();
        operands.add(c.left());
        operands.addAll(c.comparators());
        boolean gains = false;
        for (Expr o : operands) {
            char t = inference.speculativeType(o, ctx.scope, env, ctx.speculation);
            if (t != 'L' && t != 'D') {
                return null;
            }
            gains |= inference.type(o, ctx.scope, ctx.types) == 'O';
        }
        for (CmpOperator op : c.ops()) {
            if (!TypeInference.primitiveCompare('L', op, 'L')) {
                return null;
            }
        }
        if (!gains || !inference.peeksFirst(c, ctx.scope, env, ctx.speculation)) {
            return null;
        }
        Set<String> reads = new LinkedHashSet<>();
        specReads(c, ctx, reads);
        List<String> tests = new ArrayList<>();
        if (!reads.isEmpty()) {
            tests.add(boxTests(reads, ctx));
        }
        String typed = inVersion(ctx, true, () -> peekLeaves(c, env, ctx, tests, new java.util.HashMap<>())
                && !tests.isEmpty() ? cond(c, ctx) : null);
        if (typed == null) {
            return null;
        }
        String dynamic = inVersion(ctx, false, () -> cond(c, ctx));
        if (arithmetic(c)) {
            // past 64 bits the dynamic version compares the big ints (the typed one had no effect)
            String again = inVersion(ctx, false, () -> cond(c, ctx));
            typed = "switch (0) { default -> { try { yield " + typed + "; } catch (OverflowError " + fresh("overflow")
                    + ") { yield " + again + "; } } }";
        }
        return "(" + String.join(" && ", tests) + " ? " + typed + " : " + dynamic + ")";
    }

    /**
     * The truth of a number computed from hinted values ({@code "work" if self.state % 3 else "io"}) as a condition:
     * tested on primitives while the values peeked at have their hinted classes, by {@code Rt.truthy} on the dynamic
     * value otherwise or past 64 bits, so that the typed version neither boxes the number nor calls anything; null
     * when the value does not split (see {@link #splitParts}).
     */
    private String splitTruth(Expr.BinOp b, Ctx ctx) {
        String[] split = splitParts(b, ctx);
        if (split == null) {
            return null;
        }
        String dynamic = "Rt.truthy(" + inVersion(ctx, false, () -> expr(b, ctx)).obj() + ")";
        String typed;
        if (split[2] != null) {
            typed = "(" + split[2] + " != 0.0)";
        } else if (split[3] == null) {
            typed = "Rt.truthy(" + split[1] + ")";
        } else if (split[4] == null) {
            typed = "(" + split[3] + " != 0L)";
        } else {
            // past 64 bits the dynamic version tests the big int (the typed one had no effect)
            typed = "switch (0) { default -> { try { yield " + split[3] + " != 0L; } catch (OverflowError "
                    + fresh("overflow") + ") { yield Rt.truthy(" + split[4] + "); } } }";
        }
        return "(" + split[0] + " ? " + typed + " : " + dynamic + ")";
    }

    /** Stores a dynamic value in a speculated local: in its box, or unboxed when it has the local's type. */
    private void storeBack(String j, char t, String value, JavaWriter w) {
        String v = fresh(t == 'D' ? "d" : "l");
        w.line(j + "$box = " + value + ";");
        w.open("if (" + j + "$box instanceof " + boxedType(t) + " " + v + ")");
        w.line(j + " = " + v + ";");
        w.line(j + "$box = Peek.UNBOXED;");
        w.close();
    }

    /**
     * Adds to {@code tests} a peek at each hinted value of an expression, with a test of its class, and records the
     * typed Java expression of each for the typed version; false when a value cannot be peeked at without effect.
     */
    private boolean peekLeaves(Expr e, Map<String, Character> env, Ctx ctx, List<String> tests,
            Map<String, String> seen) {
        char lt = inference.leafType(e, ctx.scope, env, ctx.speculation);
        if (lt != 'O') {
            String peek;
            String key = null;
            // an unbound local holds Rt.UNBOUND, which no peek accepts: the dynamic version raises
            if (e instanceof Expr.Subscript sub && sub.value() instanceof Expr.Name c) {
                String index = peekIndex(sub.slice(), ctx);
                if (index == null) {
                    return false;
                }
                String args = "(" + peekHolder(c.id(), ctx) + ", " + index + ")";
                if (lt == 'D' || lt == 'L') {
                    // a float or int item is tested and read in place: no box between the list and the test
                    String test = (lt == 'D' ? "Peek.isDouble" : "Peek.isLong") + args;
                    if (seen.putIfAbsent(test, test) == null) {
                        tests.add(test);
                    }
                    ctx.peeked.put(e, new Ctx.Peeked((lt == 'D' ? "Peek.doubleItem" : "Peek.longItem") + args, lt));
                    return true;
                }
                peek = "Peek.item" + args;
            } else if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name o) {
                // through the site of the read itself, whose cache the dynamic version fills
                String obj = ctx.javaName(ctx.scope, o.id());
                key = obj + "." + a.attr();
                if (lt == 'D' || lt == 'L') {
                    // a float or int slot is read unboxed into a temporary: no box between the instance and the test
                    String p = seen.get(key);
                    InstanceLayouts.Slot slot = layouts.slot(a.attr(), lt);
                    if (slot != null) {
                        // one test of the object's layout for all its attributes, then a read at a fixed slot
                        String test = layoutTest(slot, obj);
                        if (seen.putIfAbsent(test, test) == null) {
                            tests.add(test);
                        }
                        layoutPeeks.put(e, slot);
                        p = slot.read(obj);
                    } else if (p == null) {
                        p = lt == 'D' ? FloatAttrs.peek(readSite(a), obj, fresh("p"), ctx, tests)
                                : IntAttrs.peek(readSite(a), obj, fresh("p"), ctx, tests);
                        seen.put(key, p);
                    }
                    ctx.peeked.put(e, new Ctx.Peeked(p, lt));
                    return true;
                }
                peek = readSite(a) + ".peek(" + obj + ")";
            } else if (e instanceof Expr.Name v) {
                peek = peekHolder(v.id(), ctx);
            } else {
                return false;
            }
            // the same value read twice (v[i] * v[i]) is peeked at once: nothing between the reads can change it
            key = key == null ? peek : key;
            String p = seen.get(key);
            if (p == null) {
                p = fresh("p");
                seen.put(key, p);
                tests.add(peek + " instanceof " + boxedType(lt) + " " + p);
            }
            ctx.peeked.put(e, new Ctx.Peeked(p + (lt == 'D' ? ".doubleValue()" : ".longValue()"), lt));
            return true;
        }
        boolean[] ok = {true};
        Definite.walk(e, x -> {
            if (x instanceof Expr sub) {
                ok[0] &= peekLeaves(sub, env, ctx, tests, seen);
            } else if (x instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof Expr sub) {
                        ok[0] &= peekLeaves(sub, env, ctx, tests, seen);
                    } else if (o instanceof Keyword k) {
                        ok[0] &= peekLeaves(k.value(), env, ctx, tests, seen);
                    }
                }
            }
        });
        return ok[0];
    }

    /** The Java expression of a hinted name for a peek: a local, or the cell of a free variable, unchecked. */
    private static String peekHolder(String py, Ctx ctx) {
        if (ctx.scope.resolve(py) == Scope.Binding.FREE && ctx.names.containsKey(py)) {
            return ctx.names.get(py);
        }
        if (ctx.scope.resolve(py) == Scope.Binding.FREE) {
            return ctx.javaName(ctx.scope.owner(py), py) + ".v";
        }
        return ctx.javaName(ctx.scope, py);
    }

    /**
     * The Java expression of a simple index ({@link TypeInference#simpleIndex}) for a peek, computed without overflow
     * check (a wrapped index is out of range), or null when it is not an int.
     */
    private String peekIndex(Expr i, Ctx ctx) {
        if (i instanceof Expr.BinOp b) {
            J l = expr(b.left(), ctx);
            J r = expr(b.right(), ctx);
            return l.type() == 'L' && r.type() == 'L' ? "(" + l.code() + " " + opSymbol(b.op()) + " " + r.code() + ")"
                    : null;
        }
        J j = expr(i, ctx);
        return j.type() == 'L' ? j.code() : null;
    }

    /** The speculated locals an expression reads, in order. */
    private static void specReads(Object node, Ctx ctx, Set<String> out) {
        if (node instanceof Expr.Name n && ctx.speculation.locals().containsKey(n.id())
                && ctx.scope.resolve(n.id()) == Scope.Binding.LOCAL) {
            out.add(n.id());
        }
        if (node instanceof Expr.Lambda) {
            return;
        }
        Definite.walk(node, x -> specReads(x, ctx, out));
    }

    /** The test that speculated locals hold their types (their boxes are empty). */
    private static String boxTests(Set<String> reads, Ctx ctx) {
        List<String> tests = new ArrayList<>();
        for (String r : reads) {
            tests.add(ctx.javaName(ctx.scope, r) + "$box == Peek.UNBOXED");
        }
        return String.join(" && ", tests);
    }

    /** Whether an expression computes with operators (which overflow checks on the typed path). */
    private static boolean arithmetic(Object node) {
        if (node instanceof Expr.BinOp || node instanceof Expr.UnaryOp) {
            return true;
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= arithmetic(x));
        return found[0];
    }

    /** Whether an expression calls anything. */
    private static boolean calls(Object node) {
        if (node instanceof Expr.Call) {
            return true;
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= calls(x));
        return found[0];
    }

    // =================================================================== functions

    private static boolean hasDefaults(Arguments a) {
        return !a.defaults().isEmpty() || a.kwDefaults().stream().anyMatch(d -> d != null);
    }

    private String signature(String qualname, Arguments a) {
        List<String> pos = new ArrayList<>();
        a.posonlyargs().forEach(x -> pos.add(Names.literal(x.arg())));
        a.args().forEach(x -> pos.add(Names.literal(x.arg())));
        List<String> kwo = new ArrayList<>();
        a.kwonlyargs().forEach(x -> kwo.add(Names.literal(x.arg())));
        return "new Signature(" + Names.literal(qualname) + ", new String[] {" + String.join(", ", pos) + "}, "
                + a.posonlyargs().size() + ", " + (a.vararg() != null) + ", new String[] {" + String.join(", ", kwo)
                + "}, " + (a.kwarg() != null) + ")";
    }

    private String defaultsArray(Arguments a, Ctx ctx) {
        List<String> d = new ArrayList<>();
        for (Expr e : a.defaults()) {
            d.add(expr(e, ctx).obj());
        }
        return "new Object[] {" + String.join(", ", d) + "}";
    }

    private String kwDefaultsArray(Arguments a, Ctx ctx) {
        List<String> d = new ArrayList<>();
        for (Expr e : a.kwDefaults()) {
            d.add(e == null ? "Signature.REQUIRED" : expr(e, ctx).obj());
        }
        return "new Object[] {" + String.join(", ", d) + "}";
    }

    private String qualname(Ctx ctx, String name) {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        for (Scope s = ctx.scope; s != null && s.kind != Scope.Kind.MODULE; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                parts.add(0, s.name);
            } else {
                parts.add(0, "<locals>");
                parts.add(0, s.name);
            }
        }
        return String.join(".", parts);
    }

    private void emitFunctionDef(Stmt.FunctionDef f, Ctx ctx, JavaWriter w) {
        Scope fs = scopes.get(f);
        String qual = qualname(ctx, f.name());
        String value;
        if (ctx.scope == module && direct.containsKey(f.name())) {
            value = emitDirectFunction(f, fs, qual, ctx, w);
        } else if (nested.nested(f) != null && ctx.ns == null) {
            value = emitNestedFunction(f, fs, qual, ctx, w);
        } else if (ctx.ns != null && outsideFunctions(ctx.scope)) {
            value = emitMethod(f, fs, qual, ctx);
        } else {
            value = functionValue(f, fs, qual, f.args(), f.body(), null, ctx);
        }
        Expr.Constant doc = docstring(f.body());
        if (doc != null) {
            value += ".withDoc(" + expr(doc, ctx).obj() + ")";
        }
        for (int i = f.decoratorList().size() - 1; i >= 0; i--) {
            value = decorate(f.decoratorList().get(i), value, ctx);
        }
        if (ctx.ns != null) {
            w.line(ctx.ns + ".put(" + Names.literal(f.name()) + ", " + value + ");");
        } else {
            storeName(f.name(), new J(value, 'O'), ctx, w, f);
        }
    }

    private String decorate(Expr d, String value, Ctx ctx) {
        if (d instanceof Expr.Name n && isBuiltinName(n.id(), ctx)) {
            switch (n.id()) {
                case "staticmethod":
                    return "new Decorators.StaticMethod(" + value + ")";
                case "classmethod":
                    return "new Decorators.ClassMethod(" + value + ")";
                case "property":
                    return "new Decorators.Property(" + value + ", null, null)";
                default:
                    break;
            }
        }
        if (d instanceof Expr.Attribute a && ctx.ns != null && a.value() instanceof Expr.Name n
                && ctx.scope.resolve(n.id()) == Scope.Binding.CLASS_LOCAL
                && (a.attr().equals("setter") || a.attr().equals("deleter") || a.attr().equals("getter"))) {
            String method = switch (a.attr()) {
                case "setter" -> "withSetter";
                case "deleter" -> "withDeleter";
                default -> "withGetter";
            };
            return "((Decorators.Property) " + ctx.ns + ".get(" + Names.literal(n.id()) + "))." + method + "("
                    + value + ")";
        }
        return "Rt.call(" + expr(d, ctx).obj() + ", " + value + ")";
    }

    /** The docstring of a function or class body: its first statement when that is a string literal. */
    private static Expr.Constant docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof ConstantValue.StrValue) {
            return c;
        }
        return null;
    }

    /** Emits a module-level function as a static method and returns the expression of its function value. */
    private String emitDirectFunction(Stmt.FunctionDef f, Scope fs, String qual, Ctx ctx, JavaWriter w) {
        Arguments a = f.args();
        String name = Names.java(f.name());
        String defaults = "new Object[0]";
        String kwDefaults = kwDefaultsArray(a, ctx);
        if (hasDefaults(a)) {
            String d = name + "$defaults";
            String kd = name + "$kwdefaults";
            defaultArrays.add(d);
            defaultArrays.add(kd);
            w.line(d + " = " + defaultsArray(a, ctx) + ";");
            w.line(kd + " = " + kwDefaultsArray(a, ctx) + ";");
            defaults = d;
            kwDefaults = kd;
        }
        List<Arg> params = ScopeBuilder.allArgs(a);
        List<String> sources = new ArrayList<>();
        for (Arg p : params) {
            String jp = Names.java(p.arg());
            if (fs.generator || fs.cells.contains(p.arg())) {
                jp = jp + "$p";
            }
            sources.add(jp);
        }
        TypeInference.Sig sig = inference.signature(f.name());
        JavaWriter m = new JavaWriter();
        String dynamic = name;
        if (sig != null) {
            dynamic = name + "$dyn";
            Map<String, Character> paramTypes = new java.util.HashMap<>();
            List<String> typedParams = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                char t = sig.params().get(i);
                paramTypes.put(params.get(i).arg(), t);
                typedParams.add(javaType(t) + " " + sources.get(i));
            }
            Ctx tc = new Ctx(fs, null, null);
            typeBody(tc, f, fs, paramTypes);
            tc.returns = sig.returns();
            m.blank();
            m.open("static " + javaType(sig.returns()) + " " + name + "(" + String.join(", ", typedParams) + ")");
            emitFunctionBody(fs, tc, params, sources, f.body(), null, qual, m, true);
            m.close();
        }
        List<String> javaParams = new ArrayList<>();
        sources.forEach(jp -> javaParams.add("Object " + jp));
        m.blank();
        m.open("static Object " + dynamic + "(" + String.join(", ", javaParams) + ")");
        if (sig == null || emitGuard(sig, sources, List.of(), List.of(), name, inference.isPure(f.name()), m)) {
            Ctx fc = new Ctx(fs, null, null);
            typeBody(fc, f, fs, Map.of());
            emitFunctionBody(fs, fc, params, sources, f.body(), null, qual, m, true);
        }
        m.close();
        methods.append(m);
        List<String> call = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            call.add("a$[" + i + "]");
        }
        return "new PyFunction(" + signature(qual, a) + ", " + defaults + ", " + kwDefaults + ", a$ -> " + dynamic
                + "(" + String.join(", ", call) + "))";
    }

    /**
     * Emits a direct nested function (see {@link NestedFunctions}) as a Java local class where its {@code def}
     * runs, capturing the enclosing function's cells as a lambda would: {@code call} is the typed method when the
     * function has a typed signature, {@code dyn} the dynamic entry its function value and untyped calls use.
     * Direct calls after the {@code def} go through the instance declared after the class, recursive ones through
     * the class's {@code this}. Returns the expression of the function value.
     */
    private String emitNestedFunction(Stmt.FunctionDef f, Scope fs, String qual, Ctx ctx, JavaWriter w) {
        Arguments a = f.args();
        String cls = fresh(Names.java(f.name()) + "$fn");
        String inst = fresh(Names.java(f.name()));
        ctx.body().nestedFunctions.put(f, new String[] {cls, inst});
        List<Arg> params = ScopeBuilder.allArgs(a);
        List<String> sources = new ArrayList<>();
        for (Arg p : params) {
            String jp = Names.java(p.arg());
            if (fs.cells.contains(p.arg()) || ctx.visible(jp)) {
                jp = jp + "$p";
            }
            sources.add(jp);
        }
        TypeInference.Sig sig = inference.signature(f);
        Map<String, Character> frozen = inference.frozen(f);
        w.open("final class " + cls);
        if (sig != null) {
            Map<String, Character> paramTypes = inference.typedNames(f, sig);
            List<String> typedParams = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                typedParams.add(javaType(sig.params().get(i)) + " " + sources.get(i));
            }
            Ctx tc = new Ctx(fs, ctx.body(), null);
            frozen.forEach((py, t) -> {
                String j = Names.java(py) + "$f";
                tc.names.put(py, j);
                tc.declared.add(j);
                typedParams.add(javaType(t) + " " + j);
            });
            typeBody(tc, f, fs, paramTypes);
            tc.returns = sig.returns();
            w.open(javaType(sig.returns()) + " call(" + String.join(", ", typedParams) + ")");
            emitFunctionBody(fs, tc, params, sources, f.body(), null, qual, w, true);
            w.close();
        }
        List<String> javaParams = new ArrayList<>();
        sources.forEach(jp -> javaParams.add("Object " + jp));
        w.open("Object dyn(" + String.join(", ", javaParams) + ")");
        if (sig == null || emitNestedGuard(sig, sources, frozen, ctx, w)) {
            Ctx fc = new Ctx(fs, ctx.body(), null);
            typeBody(fc, f, fs, Map.of());
            emitFunctionBody(fs, fc, params, sources, f.body(), null, qual, w, true);
        }
        w.close();
        w.close();
        w.line("final " + cls + " " + inst + " = new " + cls + "();");
        String arr = fresh("a");
        List<String> call = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            call.add(arr + "[" + i + "]");
        }
        return "new PyFunction(" + signature(qual, a) + ", new Object[] {}, " + kwDefaultsArray(a, ctx) + ", " + arr
                + " -> " + inst + ".dyn(" + String.join(", ", call) + "))";
    }

    /**
     * Emits the entry guard of a nested function's dynamic entry: arguments of the typed parameters' classes and
     * frozen variables of their guessed classes go to the typed method. Returns whether the dynamic body must
     * follow (false when nothing is tested).
     */
    private boolean emitNestedGuard(TypeInference.Sig sig, List<String> params, Map<String, Character> frozen,
            Ctx ctx, JavaWriter m) {
        List<String> tests = new ArrayList<>();
        List<String> args = new ArrayList<>();
        frozen.forEach((py, t) -> {
            String v = fresh(Names.java(py));
            tests.add(ctx.javaName(ctx.scope, py) + ".v instanceof " + boxedType(t) + " " + v);
            args.add(v);
        });
        return emitGuard(sig, params, tests, args, "call", false, m);
    }

    /**
     * A direct call of a nested function: its typed method when the arguments have the typed parameters' types,
     * its dynamic entry otherwise; null when the emitted code cannot see the function's Java class.
     */
    private J nestedCall(Stmt.FunctionDef f, Expr.Call c, Ctx ctx) {
        String[] names = null;
        boolean inside = false;
        Scope fs = scopes.get(f);
        for (Ctx x = ctx; x != null && names == null; x = x.parent) {
            inside |= x.scope == fs;
            names = x.nestedFunctions.get(f);
        }
        if (names == null) {
            return null;
        }
        String target = inside ? names[0] + ".this" : names[1];
        List<J> js = new ArrayList<>();
        List<Character> types = new ArrayList<>();
        for (Expr x : c.args()) {
            J j = expr(x, ctx);
            js.add(j);
            types.add(j.type());
        }
        TypeInference.Sig sig = inference.signature(f);
        List<String> out = new ArrayList<>();
        if (sig != null && TypeInference.matches(sig, f, types) && inference.frozenHere(f, ctx.scope, ctx.types)) {
            for (int i = 0; i < js.size(); i++) {
                out.add(sig.params().get(i) == 'O' ? js.get(i).obj() : js.get(i).code());
            }
            for (String py : inference.frozen(f).keySet()) {
                // the typed method's own frozen parameter, or the enclosing function's typed local
                out.add(ctx.scope == fs ? ctx.javaName(fs, py) : load(new Expr.Name(py,
                        io.portalis.python.ast.ExprContext.LOAD, c.lineno(), c.colOffset(), c.endLineno(),
                        c.endColOffset()), ctx).code());
            }
            return new J(target + ".call(" + String.join(", ", out) + ")", sig.returns());
        }
        js.forEach(j -> out.add(varargSafe(j.obj())));
        return new J(target + ".dyn(" + String.join(", ", out) + ")", 'O');
    }

    /** Types a function's locals ({@link #typeLocals}) and works out the hinted values its body speculates on. */
    private void typeBody(Ctx c, Stmt.FunctionDef f, Scope fs, Map<String, Character> paramTypes) {
        typeLocals(c, f, fs, f.body(), paramTypes);
        c.speculation = inference.speculation(f, fs, paramTypes, c.types);
    }

    /** Gives a function body's context its locals' static types and its loop-confined counters. */
    private void typeLocals(Ctx c, Node fn, Scope fs, List<Stmt> body, Map<String, Character> paramTypes) {
        c.types = inference.locals(fn, fs, body, paramTypes);
        c.confined = inference.loopConfined(fs, body, c.types);
    }

    /**
     * Emits the entry guard of a typed function's dynamic twin: arguments of the typed parameters' classes go to
     * the typed method, after them the {@code extraArgs} that the {@code extraTests} bind. Returns whether the
     * dynamic body must follow (false when nothing is tested).
     *
     * @param pure whether the typed method is of a pure function ({@link TypeInference#isPure}), which the dynamic
     *     body then runs again when its int arithmetic passes 64 bits
     */
    private boolean emitGuard(TypeInference.Sig sig, List<String> params, List<String> extraTests,
            List<String> extraArgs, String typed, boolean pure, JavaWriter m) {
        List<String> tests = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            char t = sig.params().get(i);
            if (t == 'O') {
                args.add(params.get(i));
            } else {
                String v = params.get(i) + "$";
                tests.add(params.get(i) + " instanceof " + boxedType(t) + " " + v);
                args.add(v);
            }
        }
        tests.addAll(extraTests);
        args.addAll(extraArgs);
        String call = typed + "(" + String.join(", ", args) + ")";
        if (!tests.isEmpty()) {
            m.open("if (" + String.join(" && ", tests) + ")");
        }
        if (sig.returns() == 'V') {
            m.line(call + ";");
            m.line("return null;");
        } else if (pure && !tests.isEmpty()) {
            // the typed method has done nothing observable when it overflows: the dynamic body computes the big int
            m.open("try");
            m.line("return " + call + ";");
            m.reopen("catch (OverflowError " + fresh("overflow") + ")");
            m.close();
        } else {
            m.line("return " + call + ";");
        }
        if (tests.isEmpty()) {
            return false;
        }
        m.close();
        return true;
    }

    /** The Java type of a static type. */
    private static String javaType(char t) {
        return switch (t) {
            case 'L' -> "long";
            case 'D' -> "double";
            case 'B' -> "boolean";
            case 'S' -> "String";
            case 'V' -> "void";
            default -> "Object";
        };
    }

    /** The class of the dynamic representation of a static type's values. */
    private static String boxedType(char t) {
        return switch (t) {
            case 'L' -> "Long";
            case 'D' -> "Double";
            case 'B' -> "Boolean";
            case 'S' -> "String";
            default -> "Object";
        };
    }

    /** A {@code PyFunction} expression whose body is a Java lambda (nested functions, methods, lambdas). */
    private String functionValue(Node node, Scope fs, String qual, Arguments a, List<Stmt> body, Expr lambdaBody,
            Ctx ctx) {
        String defaults = defaultsArray(a, ctx);
        String kwDefaults = kwDefaultsArray(a, ctx);
        String arr = fresh("a");
        Ctx fc = new Ctx(fs, ctx.body(), null);
        if (body != null) {
            typeLocals(fc, node, fs, body, Map.of());
        }
        List<Arg> params = ScopeBuilder.allArgs(a);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            sources.add(arr + "[" + i + "]");
        }
        JavaWriter m = new JavaWriter();
        m.open("new PyFunction(" + signature(qual, a) + ", " + defaults + ", " + kwDefaults + ", " + arr + " ->");
        emitFunctionBody(fs, fc, params, sources, body, lambdaBody, qual, m, false);
        m.close();
        String text = m.toString().stripTrailing();
        return text + ")";
    }

    /**
     * Emits a function's body: parameter and local declarations, then the statements (inside a generator when the
     * function yields).
     */
    private void emitFunctionBody(Scope fs, Ctx fc, List<Arg> params, List<String> sources, List<Stmt> body,
            Expr lambdaBody, String qual, JavaWriter m, boolean directParams) {
        if (fs.generator) {
            String g = fresh("g");
            m.open("return new PyGenerator(" + Names.literal(qual) + ", " + g + " ->");
            fc.gen = g;
            emitBodyWithDeclarations(fs, fc, params, sources, body, lambdaBody, m, false);
            m.closeWith(");");
            return;
        }
        emitBodyWithDeclarations(fs, fc, params, sources, body, lambdaBody, m, directParams);
    }

    private void emitBodyWithDeclarations(Scope fs, Ctx fc, List<Arg> params, List<String> sources,
            List<Stmt> body, Expr lambdaBody, JavaWriter m, boolean directParams) {
        if (body != null) {
            Set<String> locals = new java.util.HashSet<>();
            for (String py : fs.assigned) {
                if (fs.isLocal(py) && !fs.params.contains(py) && !fs.cells.contains(py)) {
                    locals.add(py);
                }
            }
            Set<String> unbound = Definite.maybeUnbound(body, locals);
            unbound.retainAll(TypeInference.maybeUnbound(fs, body));
            fc.maybeUnbound.addAll(unbound);
            Set<String> cells = new java.util.HashSet<>(fs.cells);
            cells.removeAll(fs.params);
            if (DirCall.in(body)) {
                // dir() lists the locals bound where it runs, so every untyped one carries the unbound marker
                fc.maybeUnbound.addAll(locals);
                fc.maybeUnbound.addAll(cells);
            } else {
                fc.maybeUnbound.addAll(Definite.maybeUnbound(body, cells));
            }
        }
        declareLocals(fs, fc, params, sources, m, directParams);
        JavaWriter bw = new JavaWriter();
        bw.line(SourceLines.frame(fs.name));
        if (lambdaBody != null) {
            bw.line(SourceLines.line(lambdaBody.lineno()));
        }
        boolean completes = lambdaBody != null ? emitLambdaReturn(lambdaBody, fc, bw) : emitBlock(body, fc, bw);
        if (completes) {
            // a typed function cannot fall off its end (the inference checked), but javac may not see it
            if (fc.returns == 'O') {
                bw.line("return null;");
            } else if (fc.returns != 'V') {
                bw.line("throw new AssertionError(\"unreachable\");");
            }
        }
        declareTemps(fc, m);
        m.append(bw);
    }

    private boolean emitLambdaReturn(Expr body, Ctx fc, JavaWriter m) {
        m.line("return " + expr(body, fc).obj() + ";");
        return false;
    }

    private void declareLocals(Scope fs, Ctx fc, List<Arg> params, List<String> sources, JavaWriter m,
            boolean directParams) {
        if (!params.isEmpty() && fs.parent != null && fs.parent.kind == Scope.Kind.CLASS) {
            fc.self = null;
        }
        for (int i = 0; i < params.size(); i++) {
            String py = params.get(i).arg();
            String j = declareName(fc, py);
            if (fs.cells.contains(py)) {
                m.line("final Cell " + j + " = new Cell(" + sources.get(i) + ");");
            } else if (!(directParams && sources.get(i).equals(j))) {
                m.line(javaType(fc.types.getOrDefault(py, 'O')) + " " + j + " = " + sources.get(i) + ";");
            }
            if (i == 0) {
                fc.self = fs.cells.contains(py) ? j + ".v" : j;
            }
        }
        for (String py : fs.assigned) {
            if (fs.params.contains(py) || !fs.isLocal(py) || fc.confined.contains(py)) {
                continue;
            }
            String j = declareName(fc, py);
            char t = fc.types.getOrDefault(py, 'O');
            if (fs.cells.contains(py)) {
                m.line("final Cell " + j + " = new Cell(" + (fc.maybeUnbound.contains(py) ? "Rt.UNBOUND" : "") + ");");
                if (t != 'O') {
                    // the function's own reads use a typed copy; inner scopes read the cell
                    m.line(javaType(t) + " " + j + "$ = " + zero(t) + ";");
                }
            } else if (t != 'O') {
                m.line(javaType(t) + " " + j + " = " + zero(t) + ";");
            } else if (fc.speculation.locals().containsKey(py)) {
                // the value is the primitive while the box holds Peek.UNBOXED
                char st = fc.speculation.locals().get(py);
                m.line(javaType(st) + " " + j + " = " + zero(st) + ";");
                m.line("Object " + j + "$box = Peek.UNBOXED;");
            } else {
                m.line("Object " + j + " = " + (fc.maybeUnbound.contains(py) ? "Rt.UNBOUND" : "null") + ";");
            }
        }
    }

    /** The initial value of a typed local, overwritten before any read (the inference proved it). */
    private static String zero(char t) {
        return switch (t) {
            case 'L' -> "0L";
            case 'D' -> "0.0";
            case 'B' -> "false";
            default -> "null";
        };
    }

    private String declareName(Ctx fc, String py) {
        String j = Names.java(py);
        Ctx outer = fc.parent;
        while (outer != null && outer.visible(j)) {
            j = j + "_";
        }
        fc.names.put(py, j);
        fc.declared.add(j);
        return j;
    }

    // =================================================================== classes

    private void emitClass(Stmt.ClassDef c, Ctx ctx, JavaWriter w) {
        Scope cs = scopes.get(c);
        String metaclass = null;
        for (Keyword k : c.keywords()) {
            if ("metaclass".equals(k.arg()) && metaclasses.supported(k.value(),
                    py -> ctx.scope.resolve(py) == Scope.Binding.GLOBAL, py -> isBuiltinName(py, ctx))) {
                metaclass = expr(k.value(), ctx).obj();
                continue;
            }
            unsupported(k, k.arg() == null ? "class keyword unpacking" : "class keyword '" + k.arg() + "'");
        }
        List<String> bases = new ArrayList<>();
        for (Expr b : c.bases()) {
            if (b instanceof Expr.Starred) {
                unsupported(b, "starred base class");
                continue;
            }
            if (b instanceof Expr.Name n && isBuiltinName(n.id(), ctx)
                    && Set.of("int", "float", "str", "list", "dict", "set", "tuple", "frozenset", "bytes", "type",
                            "bool", "range").contains(n.id())) {
                unsupported(b, "subclassing built-in type '" + n.id() + "'");
                continue;
            }
            if (b instanceof Expr.Attribute a && a.attr().equals("Random") && a.value() instanceof Expr.Name m
                    && m.id().equals("random")) {
                // pylib's generator is a Java class whose methods call each other directly, not through overrides
                unsupported(b, "subclassing random.Random");
                continue;
            }
            if (metaclasses.abcMeta(b, py -> ctx.scope.resolve(py) == Scope.Binding.GLOBAL)) {
                unsupported(b, "subclassing abc.ABCMeta");
                continue;
            }
            bases.add(expr(b, ctx).obj());
        }
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                    && (n.id().equals("__slots__") || n.id().equals("__metaclass__"))) {
                unsupported(a, "'" + n.id() + "'");
            }
            if (s instanceof Stmt.FunctionDef f && f.name().equals("__new__") && c.bases().stream().anyMatch(b ->
                    (b instanceof Expr.Name n ? n.id() : b instanceof Expr.Attribute a ? a.attr() : "").matches(
                            "\\w*(Enum|Flag)"))) {
                // Enum members are made by the runtime without calling a class's own __new__
                unsupported(f, "'__new__' in an Enum class");
            }
        }
        String ns = fresh("ns");
        w.open("");
        w.line("Map<String, Object> " + ns + " = new LinkedHashMap<>();");
        w.line("java.util.List<String> " + ns + "Fields = new java.util.ArrayList<>();");
        Ctx cc = new Ctx(cs, ctx, ns);
        Expr.Constant doc = docstring(c.body());
        if (doc != null) {
            w.line(ns + ".put(\"__doc__\", " + expr(doc, cc).obj() + ");");
        }
        emitBlock(c.body(), cc, w);
        String value = "PyType.create(" + Names.literal(c.name()) + ", new Object[] {" + String.join(", ", bases)
                + "}, " + ns + (metaclass == null ? "" : ", " + metaclass) + ")";
        String target = ctx.ns != null ? null : nameRef(c.name(), ctx, c);
        String tmp = fresh("cls");
        w.line("Object " + tmp + " = " + value + ";");
        w.line("Rt.setFieldOrder(" + tmp + ", " + ns + "Fields);");
        for (int i = c.decoratorList().size() - 1; i >= 0; i--) {
            Expr d = c.decoratorList().get(i);
            w.line(tmp + " = " + classDecorator(d, tmp, ctx) + ";");
        }
        if (target != null) {
            w.line(target + " = " + tmp + ";");
        } else {
            w.line(ctx.ns + ".put(" + Names.literal(c.name()) + ", " + tmp + ");");
        }
        w.close();
    }

    /**
     * A static field holding an inline-cache site of the given pylib class, one per place in the program, named
     * after the attribute, method or class it accesses.
     */
    private String site(String type, String kind, String name) {
        String base = Names.java(name) + "$" + kind;
        String field = base;
        for (int k = 2; sites.containsKey(field); k++) {
            field = base + k;
        }
        sites.put(field, "static final " + type + " " + field + " = new " + type + "(" + Names.literal(name) + ");");
        return field;
    }

    /**
     * The site reading attribute {@code a}: one per place in the source, shared by every version of the code
     * emitted for it, so that a speculating peek finds the layout its dynamic read cached.
     */
    private String readSite(Expr.Attribute a) {
        return readSites.computeIfAbsent(a, x -> site("AttrSite", "attr", x.attr()));
    }

    /** Whether a name called here is bound by a class statement of the module (it may be rebound). */
    private boolean isModuleClass(String py, Ctx ctx) {
        if (ctx.scope.resolve(py) != Scope.Binding.GLOBAL) {
            return false;
        }
        for (Scope s : module.children) {
            if (s.kind == Scope.Kind.CLASS && s.name.equals(py)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a scope is the module or a class nested in classes only: its methods close over no function. */
    private static boolean outsideFunctions(Scope s) {
        for (; s != null; s = s.parent) {
            if (s.kind != Scope.Kind.MODULE && s.kind != Scope.Kind.CLASS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Emits a method of a class outside functions as a static Java method ({@code Node$check}) and returns the
     * expression of its function value, which call sites call without binding when its parameters are positional.
     */
    private String emitMethod(Stmt.FunctionDef f, Scope fs, String qual, Ctx ctx) {
        Arguments a = f.args();
        String name = Names.java(qual.replace('.', '$'));
        TypeInference.Sig sig = inference.methodSignature(f);
        while (methodNames.contains(name) || methodNames.contains(name + "$dyn") || name.endsWith("$dyn")
                && direct.containsKey(name.substring(0, name.length() - "$dyn".length()))) {
            name = name + "_";
        }
        methodNames.add(name);
        List<Arg> params = ScopeBuilder.allArgs(a);
        List<String> sources = new ArrayList<>();
        for (Arg p : params) {
            String jp = Names.java(p.arg());
            sources.add(fs.generator || fs.cells.contains(p.arg()) ? jp + "$p" : jp);
        }
        JavaWriter m = new JavaWriter();
        String typed = name;
        if (sig != null) {
            // the typed method keeps the name; the function value refers to its guarded dynamic twin
            name = name + "$dyn";
            methodNames.add(name);
            Map<String, Character> paramTypes = new java.util.HashMap<>();
            List<String> typedParams = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                paramTypes.put(params.get(i).arg(), sig.params().get(i));
                typedParams.add(javaType(sig.params().get(i)) + " " + sources.get(i));
            }
            Ctx tc = new Ctx(fs, null, null);
            typeBody(tc, f, fs, paramTypes);
            m.blank();
            m.open("static Object " + typed + "(" + String.join(", ", typedParams) + ")");
            emitFunctionBody(fs, tc, params, sources, f.body(), null, qual, m, true);
            m.close();
            dispatch.typedMethod(name, typed, sig.params());
        }
        List<String> javaParams = new ArrayList<>();
        sources.forEach(jp -> javaParams.add("Object " + jp));
        m.blank();
        m.open("static Object " + name + "(" + String.join(", ", javaParams) + ")");
        if (sig == null || emitGuard(sig, sources, List.of(), List.of(), typed, false, m)) {
            Ctx fc = new Ctx(fs, null, null);
            typeBody(fc, f, fs, Map.of());
            emitFunctionBody(fs, fc, params, sources, f.body(), null, qual, m, true);
        }
        m.close();
        methods.append(m);
        String head = signature(qual, a) + ", " + defaultsArray(a, ctx) + ", " + kwDefaultsArray(a, ctx);
        if (a.vararg() == null && a.kwarg() == null && a.kwonlyargs().isEmpty() && params.size() <= 4) {
            return "PyFunction.direct(" + head + ", " + dispatch.code(qual, name, params.size()) + ")";
        }
        String arr = fresh("a");
        List<String> call = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            call.add(arr + "[" + i + "]");
        }
        return "new PyFunction(" + head + ", " + arr + " -> " + name + "(" + String.join(", ", call) + "))";
    }

    private String classDecorator(Expr d, String cls, Ctx ctx) {
        return "Rt.call(" + expr(d, ctx).obj() + ", " + cls + ")";
    }

    // =================================================================== expressions

    private String cond(Expr e, Ctx ctx) {
        if (!ctx.fast && !ctx.boxed && !ctx.speculation.locals().isEmpty()) {
            Set<String> reads = new LinkedHashSet<>();
            specReads(e, ctx, reads);
            if (!reads.isEmpty() && TypeInference.emittableTwice(e)) {
                // typed while the speculated locals it reads hold their type, dynamic otherwise
                String typed = inVersion(ctx, true, () -> cond(e, ctx));
                String dynamic = inVersion(ctx, false, () -> cond(e, ctx));
                return "(" + boxTests(reads, ctx) + " ? " + typed + " : " + dynamic + ")";
            }
        }
        if (speculating(ctx) && e instanceof Expr.Compare c) {
            String split = splitCompare(c, ctx);
            if (split != null) {
                return split;
            }
        }
        if (speculating(ctx) && e instanceof Expr.BinOp b) {
            String split = splitTruth(b, ctx);
            if (split != null) {
                return split;
            }
        }
        if (e instanceof Expr.BoolOp b) {
            // as CPython compiles a condition: each operand's truth is tested once, as it is reached
            List<String> parts = new ArrayList<>();
            for (Expr v : b.values()) {
                parts.add(cond(v, ctx));
            }
            return "(" + String.join(b.op() == BoolOperator.AND ? " && " : " || ", parts) + ")";
        }
        if (ListEmission.itemTest(e) && !ctx.peeked.containsKey(e)) {
            // if row[c]: an item held unboxed is tested where it is
            Expr.Subscript s = (Expr.Subscript) e;
            J c = expr(s.value(), ctx);
            J k = expr(s.slice(), ctx);
            if (c.type() == 'O' && k.type() == 'L') {
                return "Lists.truthyItem(" + c.code() + ", " + k.code() + ")";
            }
        }
        if (e instanceof Expr.Compare c && valueCompare(c, ctx)) {
            // tested for truth: the boolean form's fast paths, with the truth of what a class's method returns
            truthOfValues = true;
            try {
                return compare(c, ctx).code();
            } finally {
                truthOfValues = false;
            }
        }
        J j = expr(e, ctx);
        return switch (j.type()) {
            case 'B' -> j.code();
            case 'L' -> "(" + j.code() + " != 0)";
            case 'D' -> "(" + j.code() + " != 0.0)";
            case 'S' -> "!" + j.code() + ".isEmpty()";
            default -> "Rt.truthy(" + j.obj() + ")";
        };
    }

    /** A condition for an if or while statement, without redundant outer parentheses. */
    private String test(Expr e, Ctx ctx) {
        exactRoots.add(e);
        if (e instanceof Expr.BoolOp b) {
            // each operand is tested alone, with nothing waiting on the stack
            exactRoots.addAll(b.values());
        }
        try {
            return unparen(cond(e, ctx));
        } finally {
            exactRoots.clear();
        }
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping string and char literals. */
    private static int closingParen(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch == '"' || ch == '\'') {
                for (i++; i < code.length() && code.charAt(i) != ch; i++) {
                    if (code.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a Java expression needs no parentheses as an operand: a name, a literal, a call, a parenthesis. */
    private static boolean atomic(String code) {
        if (code.matches("[A-Za-z_$][\\w$.]*|[0-9][\\w.]*")) {
            return true;
        }
        int open = code.indexOf('(');
        return open >= 0 && code.substring(0, open).matches("[A-Za-z_$][\\w$.]*|") && closingParen(code, open)
                == code.length() - 1;
    }

    /** Whether a Java expression is a name or a literal, which may be evaluated twice at no cost. */
    private static boolean plain(String code) {
        return atomic(code) && !code.contains("(");
    }

    private static String asLong(J j) {
        return j.type() == 'B' ? "(" + j.code() + " ? 1L : 0L)" : j.code();
    }

    private static String asDouble(J j) {
        return switch (j.type()) {
            case 'B' -> "(" + j.code() + " ? 1.0 : 0.0)";
            case 'L' -> "(double) " + (atomic(j.code()) ? j.code() : "(" + j.code() + ")");
            default -> j.code();
        };
    }

    /**
     * {@code xs.insert(i, xs.pop(j))} ({@link ListCalls#moveItem}) as one move of a list's item, when both indices
     * are typed ints; otherwise emits nothing and returns false.
     */
    private boolean moveItem(Expr.Call c, Ctx ctx, JavaWriter w) {
        Expr.Call pop = (Expr.Call) c.args().get(1);
        Expr from = pop.args().isEmpty() ? null : pop.args().get(0);
        if (inference.type(c.args().get(0), ctx.scope, ctx.types) != 'L'
                || from != null && inference.type(from, ctx.scope, ctx.types) != 'L'
                || c.args().get(0) instanceof Expr.Name && !simpleLocal(c.args().get(0), ctx)
                || from instanceof Expr.Name && !simpleLocal(from, ctx)) {
            return false;
        }
        J to = expr(c.args().get(0), ctx);
        J at = from == null ? null : expr(from, ctx);
        if (to.type() != 'L' || to.dynamic() != null || at != null && (at.type() != 'L' || at.dynamic() != null)) {
            return false;
        }
        String l = fresh("list");
        w.open("if (" + expr(receiverOf(c), ctx).obj() + " instanceof PyList<?> " + l + ")");
        w.line(l + ".moveItem(" + (at == null ? "-1L" : at.code()) + ", " + to.code() + ");");
        w.reopen("else");
        w.line(call(c, ctx).code() + ";");
        w.close();
        return true;
    }

    /** Whether an expression is a plain local variable, so that reading it twice is free and unobservable. */
    private static boolean simpleLocal(Expr e, Ctx ctx) {
        if (!(e instanceof Expr.Name n)) {
            return false;
        }
        Scope.Binding b = ctx.scope.resolve(n.id());
        return b == Scope.Binding.CELL || b == Scope.Binding.FREE || b == Scope.Binding.LOCAL
                && (ctx.types.containsKey(n.id()) || !ctx.maybeUnbound.contains(n.id()));
    }

    /** A statement's whole value, which may fall back to its exact version ({@link #exactRoots}). */
    private J whole(Expr e, Ctx ctx) {
        exactRoots.add(e);
        try {
            return expr(e, ctx);
        } finally {
            exactRoots.remove(e);
        }
    }

    /** {@code l op r}: typed Java arithmetic when {@link TypeInference#binOp} types it, else pylib's dynamic op. */
    private J binary(J l, Operator op, J r, Expr right) {
        char t = TypeInference.binOp(l.type(), op, r.type(), right);
        boolean ints = (l.type() == 'L' || l.type() == 'B') && (r.type() == 'L' || r.type() == 'B');
        if (t == 'L') {
            String a = asLong(l);
            String b = asLong(r);
            String dynamic = dynamicBinary(l, op, r).code();
            return switch (op) {
                case ADD -> new J("Ints.add(" + a + ", " + b + ")", 'L', dynamic);
                case SUB -> new J("Ints.sub(" + a + ", " + b + ")", 'L', dynamic);
                case MULT -> new J("Ints.mul(" + a + ", " + b + ")", 'L', dynamic);
                case FLOOR_DIV -> new J("Ints.floorDiv(" + a + ", " + b + ")", 'L', dynamic);
                case MOD -> new J("Ints.mod(" + a + ", " + b + ")", 'L', dynamic);
                case POW -> new J("Ints.pow(" + a + ", " + b + ")", 'L', dynamic);
                case BIT_AND, BIT_OR, BIT_XOR -> new J("(" + a + " " + opSymbol(op) + " " + b + ")", 'L',
                        l.dynamic() == null && r.dynamic() == null ? null : dynamic);
                case L_SHIFT -> new J("Shifts.lshift(" + a + ", " + b + ")", 'L', dynamic);
                case R_SHIFT -> new J(TypeInference.shiftCount(right) ? "(" + a + " >> " + b + ")"
                        : "Shifts.rshift(" + a + ", " + b + ")", 'L',
                        l.dynamic() == null && r.dynamic() == null ? null : dynamic);
                default -> throw new IllegalStateException(op.toString());
            };
        }
        if (t == 'B') {
            return new J("(" + l.code() + " " + opSymbol(op) + " " + r.code() + ")", 'B');
        }
        if (t == 'D') {
            if (ints) {
                return new J("Ints.trueDiv(" + asLong(l) + ", " + asLong(r) + ")", 'D');
            }
            String a = asDouble(l);
            String b = asDouble(r);
            boolean nonZeroConstant = right instanceof Expr.Constant c && (c.value() instanceof ConstantValue.FloatValue f
                    && f.value() != 0 || c.value() instanceof ConstantValue.IntValue i && i.value().signum() != 0);
            return switch (op) {
                case ADD, SUB, MULT -> new J("(" + a + " " + opSymbol(op) + " " + b + ")", 'D');
                case DIV -> new J(nonZeroConstant ? "(" + a + " / " + b + ")" : "Floats.trueDiv(" + a + ", " + b + ")",
                        'D');
                case FLOOR_DIV -> new J("Floats.floorDiv(" + a + ", " + b + ")", 'D');
                case MOD -> new J("Floats.mod(" + a + ", " + b + ")", 'D');
                case POW -> new J("Floats.pow(" + a + ", " + b + ")", 'D');
                default -> throw new IllegalStateException(op.toString());
            };
        }
        if (t == 'S') {
            return new J("(" + l.code() + " + " + r.code() + ")", 'S');
        }
        return dynamicBinary(l, op, r);
    }

    /**
     * {@code (a << k) & m} on typed ints with a literal count: exact without an overflow check while {@code m} is
     * not negative, since the mask keeps only bits that the 64-bit shift computes exactly; null for anything else.
     */
    private J maskedShift(Expr.BinOp b, Ctx ctx) {
        if (b.op() != Operator.BIT_AND || !(b.left() instanceof Expr.BinOp sh) || sh.op() != Operator.L_SHIFT
                || !TypeInference.shiftCount(sh.right())) {
            return null;
        }
        J shifted = expr(b.left(), ctx);
        J m = expr(b.right(), ctx);
        if (shifted.type() != 'L' || m.type() != 'L' && m.type() != 'B') {
            return binary(shifted, b.op(), m, b.right());
        }
        J a = expr(sh.left(), ctx);
        return new J("Shifts.lshiftAnd(" + asLong(a) + ", " + TypeInference.foldInt(sh.right()) + ", " + asLong(m)
                + ")", 'L', dynamicBinary(shifted, b.op(), m).code());
    }

    /** {@code [x] * n} or {@code n * [x]} through pylib's {@code Lists.repeat}, or null for any other product. */
    private J repeat(Expr.BinOp b, Ctx ctx) {
        Expr item = ListEmission.repeatedItem(b);
        if (item == null) {
            return null;
        }
        if (item == ListEmission.single(b.left())) {
            String x = expr(item, ctx).obj();
            return new J("Lists.repeat(" + x + ", " + expr(b.right(), ctx).obj() + ")", 'O');
        }
        String n = expr(b.left(), ctx).obj();
        return new J("Lists.repeatAfter(" + n + ", " + expr(item, ctx).obj() + ")", 'O');
    }

    private static J dynamicBinary(J l, Operator op, J r) {
        String f = switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MULT -> "mul";
            case MAT_MULT -> "matMul";
            case DIV -> "trueDiv";
            case MOD -> "mod";
            case POW -> "pow";
            case L_SHIFT -> "lshift";
            case R_SHIFT -> "rshift";
            case BIT_OR -> "or";
            case BIT_XOR -> "xor";
            case BIT_AND -> "and";
            case FLOOR_DIV -> "floorDiv";
        };
        return new J("Rt." + f + "(" + l.obj() + ", " + r.obj() + ")", 'O');
    }

    private J load(Expr.Name n, Ctx ctx) {
        String py = n.id();
        Scope s = ctx.scope;
        Scope.Binding b = s.resolve(py);
        switch (b) {
            case LOCAL:
                if (ctx.types.containsKey(py)) {
                    return new J(ctx.javaName(s, py), ctx.types.get(py));
                }
                if (ctx.speculation.locals().containsKey(py)) {
                    String j = ctx.javaName(s, py);
                    return ctx.fast ? new J(j, ctx.speculation.locals().get(py))
                            : new J("Peek.box(" + j + "$box, " + j + ")", 'O');
                }
                if (ctx.maybeUnbound.contains(py)) {
                    return new J("Rt.local(" + ctx.javaName(s, py) + ", " + Names.literal(py) + ")", 'O');
                }
                return new J(ctx.javaName(s, py), 'O');
            case CELL:
                if (ctx.types.containsKey(py)) {
                    return new J(ctx.javaName(s, py) + "$", ctx.types.get(py));
                }
                if (ctx.maybeUnbound.contains(py)) {
                    return new J("Rt.local(" + ctx.javaName(s, py) + ".v, " + Names.literal(py) + ")", 'O');
                }
                return new J(ctx.javaName(s, py) + ".v", 'O');
            case FREE: {
                if (ctx.types.containsKey(py)) {
                    // a frozen variable of a nested function's typed method, or a typed copy (ByValue)
                    return new J(ctx.javaName(s, py), ctx.types.get(py));
                }
                Scope owner = s.owner(py);
                if (ctx.names.containsKey(py)) {
                    // the comprehension's copy of the enclosing function's local (ByValue)
                    String copy = ctx.names.get(py);
                    return new J(cellMaybeUnbound(ctx, owner, py) ? "Rt.free(" + copy + ", " + Names.literal(py) + ")"
                            : copy, 'O');
                }
                char t = cellType(ctx, owner, py);
                String cell = ctx.javaName(owner, py) + ".v";
                if (cellMaybeUnbound(ctx, owner, py)) {
                    cell = "Rt.free(" + cell + ", " + Names.literal(py) + ")";
                }
                if (t != 'O') {
                    return new J("((" + javaType(t) + ") " + cell + ")", t);
                }
                return new J(cell, 'O');
            }
            case CLASS_LOCAL:
                return new J(ctx.ns + ".get(" + Names.literal(py) + ")", 'O');
            default:
                break;
        }
        if (moduleFields.contains(py)) {
            if (surelyBound(py, ctx)) {
                return new J(globalRef(py, ctx), 'O');
            }
            // a global that shadows a built-in finds the built-in while it is unbound, as CPython's lookup does;
            // the built-in is looked up there, the field of its name being the global's
            String lit = Names.literal(py);
            String builtin = io.portalis.pylib.dyn.Types.named(py) != null ? "Types.named(" + lit + ")"
                    : io.portalis.pylib.dyn.Builtin.NAMES.contains(py) ? "Builtin.of(" + lit + ")" : null;
            if (builtin != null) {
                return new J("Rt.globalOr(" + globalRef(py, ctx) + ", " + builtin + ")", 'O');
            }
            return new J("Rt.global(" + globalRef(py, ctx) + ", " + Names.literal(py) + ")", 'O');
        }
        switch (py) {
            case "None":
                return NONE;
            case "True":
                return new J("true", 'B');
            case "False":
                return new J("false", 'B');
            case "__name__":
                return new J("\"__main__\"", 'S');
            case "NotImplemented":
                return new J("Py.NOT_IMPLEMENTED", 'O');
            default:
                break;
        }
        if (io.portalis.pylib.dyn.Types.named(py) != null) {
            builtinTypes.add(py);
            return new J(Names.java(py), 'O');
        }
        if (io.portalis.pylib.dyn.Builtin.NAMES.contains(py)) {
            builtinFunctionValues.add(py);
            return new J(Names.java(py), 'O');
        }
        if (UNSUPPORTED_BUILTINS.contains(py)) {
            unsupported(n, "built-in '" + py + "'");
            return NONE;
        }
        if (globalsUse.called) {
            // a name the module never assigns may still be bound through globals()
            return new J(GLOBALS + ".read(" + Names.literal(py) + ")", 'O');
        }
        return new J("Rt.nameError(" + Names.literal(py) + ")", 'O');
    }

    /** The static type of the values a typed cell of {@code owner} holds, as the body emitting {@code owner} says. */
    private static char cellType(Ctx ctx, Scope owner, String py) {
        for (Ctx c = ctx; c != null; c = c.parent) {
            if (c.scope == owner) {
                return c.types.getOrDefault(py, 'O');
            }
        }
        return 'O';
    }

    /**
     * The dict {@code globals()} returns, writing through to the module's fields, and the two methods by which it
     * reads and writes a field given its index in the module's names.
     */
    private void declareModuleGlobals(JavaWriter w) {
        List<String> names = new ArrayList<>();
        moduleFields.forEach(g -> names.add(Names.literal(g)));
        w.line("static final ModuleGlobals " + GLOBALS + " = new ModuleGlobals(new String[] {" + String.join(", ", names)
                + "}, " + className + "::global$, " + className + "::global$);");
        w.blank();
        w.open("private static Object global$(int index$)");
        w.open("return switch (index$)");
        int i = 0;
        for (String g : moduleFields) {
            w.line("case " + i++ + " -> " + className + "." + Names.java(g) + ";");
        }
        w.line("default -> throw new IndexOutOfBoundsException(index$);");
        w.closeWith(";");
        w.close();
        w.blank();
        w.open("private static void global$(int index$, Object value$)");
        w.open("switch (index$)");
        i = 0;
        for (String g : moduleFields) {
            w.line("case " + i++ + " -> " + className + "." + Names.java(g) + " = value$;");
        }
        w.line("default -> throw new IndexOutOfBoundsException(index$);");
        w.close();
        w.close();
    }

    /** Whether the cell of {@code owner}'s local {@code py} may be read before the variable is assigned. */
    private static boolean cellMaybeUnbound(Ctx ctx, Scope owner, String py) {
        for (Ctx c = ctx; c != null; c = c.parent) {
            if (c.scope == owner) {
                return c.maybeUnbound.contains(py);
            }
        }
        return false;
    }

    /** Whether a read of module global {@code py} from the code being emitted cannot find it unbound. */
    private boolean surelyBound(String py, Ctx ctx) {
        boolean inFunction = false;
        for (Scope s = ctx.scope; s != null; s = s.parent) {
            inFunction |= s.kind == Scope.Kind.FUNCTION || s.kind == Scope.Kind.LAMBDA;
        }
        return bindings.surelyBound(py, top, inFunction);
    }

    private boolean isBuiltinName(String py, Ctx ctx) {
        return ctx.scope.resolve(py) == Scope.Binding.GLOBAL && !moduleFields.contains(py);
    }

    private boolean isBuiltin(String py, Ctx ctx) {
        return isBuiltinName(py, ctx);
    }

    private J expr(Expr e, Ctx ctx) {
        Ctx.Peeked peeked = ctx.peeked.get(e);
        if (peeked != null) {
            return new J(peeked.code(), peeked.type());
        }
        switch (e) {
            case Expr.Constant c -> {
                return constant(c);
            }
            case Expr.Name n -> {
                return load(n, ctx);
            }
            case Expr.BinOp b -> {
                BigInteger folded = TypeInference.foldInt(b);
                if (folded != null) {
                    return folded.bitLength() < 64 ? new J(folded + "L", 'L')
                            : new J("Ints.normalize(new java.math.BigInteger(\"" + folded + "\"))", 'O');
                }
                if (speculating(ctx)) {
                    J split = splitValue(b, ctx);
                    if (split != null) {
                        return split;
                    }
                }
                if (exactRoots.remove(b) && !ctx.fast && !ctx.boxed && IntermediateInts.reduces(b)) {
                    J typed = expr(b, ctx);
                    return typed.type() != 'L' || typed.dynamic() == null ? typed
                            : new J(IntermediateInts.orExact(typed.code(), "Ints.exact(" + typed.dynamic() + ")",
                                    fresh("overflow")), 'L', typed.dynamic());
                }
                J masked = maskedShift(b, ctx);
                if (masked != null) {
                    return masked;
                }
                String[] small = checkedInts ? null : SmallInts.unchecked(b, x -> {
                    // an attribute only where the typed version of a split has peeked at it
                    Ctx.Peeked p = ctx.peeked.get(x);
                    J v = p != null ? new J(p.code(), p.type()) : x instanceof Expr.Name ? expr(x, ctx) : null;
                    return v != null && v.type() == 'L' ? v.code() : null;
                });
                if (small != null) {
                    checkedInts = true;
                    J checked;
                    try {
                        checked = expr(b, ctx);
                    } finally {
                        checkedInts = false;
                    }
                    return checked.type() != 'L' ? checked
                            : new J("(" + small[0] + " ? " + small[1] + " : " + checked.code() + ")", 'L',
                                    checked.dynamic());
                }
                J repeated = repeat(b, ctx);
                if (repeated != null) {
                    return repeated;
                }
                J l = expr(b.left(), ctx);
                J r = expr(b.right(), ctx);
                if (TypeInference.binOp(l.type(), b.op(), r.type(), b.right()) == 'O'
                        && inference.realPowers.isFloat(b, l.type(), r.type(), ctx.scope, ctx.types::containsKey)) {
                    return new J("Floats.pow(" + asDouble(l) + ", " + asDouble(r) + ")", 'D');
                }
                return binary(l, b.op(), r, b.right());
            }
            case Expr.UnaryOp u -> {
                if (u.op() == io.portalis.python.ast.UnaryOperator.NOT) {
                    return new J("!" + cond(u.operand(), ctx), 'B');
                }
                if (u.op() == io.portalis.python.ast.UnaryOperator.U_SUB && u.operand() instanceof Expr.Constant) {
                    return negate(u, ctx);
                }
                J v = expr(u.operand(), ctx);
                char t = TypeInference.unaryOp(u.op(), v.type());
                return switch (u.op()) {
                    case NOT -> throw new IllegalStateException();
                    case U_SUB -> t == 'L' ? new J(v.type() == 'B' ? "(" + v.code() + " ? -1L : 0L)"
                            : "Ints.neg(" + v.code() + ")", 'L', "Rt.neg(" + v.obj() + ")")
                            : t == 'D' ? new J("(-" + v.code() + ")", 'D') : new J("Rt.neg(" + v.obj() + ")", 'O');
                    case U_ADD -> t == 'L' ? new J(asLong(v), 'L') : t == 'D' ? v
                            : new J("Rt.pos(" + v.obj() + ")", 'O');
                    case INVERT -> t == 'L' ? new J(v.type() == 'B' ? "(" + v.code() + " ? -2L : -1L)"
                            : "(~" + v.code() + ")", 'L') : new J("Rt.invert(" + v.obj() + ")", 'O');
                };
            }
            case Expr.BoolOp b -> {
                return boolOp(b, ctx);
            }
            case Expr.Compare c -> {
                if (valueCompare(c, ctx)) {
                    return compareValue(c, ctx);
                }
                if (exactRoots.remove(c) && !ctx.fast && !ctx.boxed && IntermediateInts.compares(c)) {
                    J typed = compare(c, ctx);
                    J l = expr(c.left(), ctx);
                    J r = expr(c.comparators().get(0), ctx);
                    boolean primitive = TypeInference.primitiveCompare(l.type(), c.ops().get(0), r.type());
                    return !primitive || l.dynamic() == null && r.dynamic() == null ? typed
                            : new J(IntermediateInts.orExact(typed.code(), cmp(c.ops().get(0), l.obj(), r.obj()),
                                    fresh("overflow")), 'B');
                }
                return compare(c, ctx);
            }
            case Expr.IfExp i -> {
                String test = cond(i.test(), ctx);
                J body = expr(i.body(), ctx);
                J orelse = expr(i.orelse(), ctx);
                if (body.type() == orelse.type() && body.type() != 'O' && body.type() != 'V') {
                    String dynamic = body.dynamic() == null && orelse.dynamic() == null ? null
                            : "(" + test + " ? " + asObject(body.obj()) + " : " + asObject(orelse.obj()) + ")";
                    return new J("(" + test + " ? " + body.code() + " : " + orelse.code() + ")", body.type(), dynamic);
                }
                return new J("(" + test + " ? " + asObject(body.obj()) + " : " + asObject(orelse.obj()) + ")", 'O');
            }
            case Expr.Call c -> {
                return call(c, ctx);
            }
            case Expr.Attribute a -> {
                if (inference.isMath(a.value(), ctx.scope) && TypeInference.MATH_CONSTANTS.contains(a.attr())) {
                    usesMath = true;
                    return new J("MathModule." + a.attr(), 'D');
                }
                return new J(readSite(a) + ".get(" + expr(a.value(), ctx).obj() + ")", 'O');
            }
            case Expr.Subscript s -> {
                if (s.slice() instanceof Expr.Slice sl && ListEmission.wholeCopy(sl) && simpleLocal(s.value(), ctx)) {
                    // x[:] of a list, as in perm = perm1[:]: its copy, without resolving a slice
                    String x = expr(s.value(), ctx).obj();
                    String l = fresh("list");
                    return new J("(" + x + " instanceof PyList<?> " + l + " ? " + l + ".copy() : Rt.slice(" + x
                            + ", null, null, null))", 'O');
                }
                if (s.slice() instanceof Expr.Slice sl) {
                    return new J("Rt.slice(" + expr(s.value(), ctx).obj() + ", " + opt(sl.lower(), ctx) + ", "
                            + opt(sl.upper(), ctx) + ", " + opt(sl.step(), ctx) + ")", 'O');
                }
                J container = expr(s.value(), ctx);
                J key = expr(s.slice(), ctx);
                if (key.type() == 'L' && container.type() == 'O') {
                    // a list read at an int index, the hot path of numeric loops, or a dict's at an int key:
                    // no boxing of the index
                    String first = container.code();
                    String again = first;
                    if (!simpleLocal(s.value(), ctx)) {
                        again = temp(ctx);
                        first = "(" + again + " = " + container.code() + ")";
                    }
                    String l = fresh("list");
                    return new J("(" + first + " instanceof PyList<?> " + l + " ? " + l + ".getItem(" + key.code()
                            + ") : DictCalls.getItem(" + again + ", " + key.code() + "))", 'O');
                }
                return new J("Rt.getItem(" + container.obj() + ", " + key.obj() + ")", 'O');
            }
            case Expr.List l -> {
                return new J(display("PyList.of", "Rt.listOf", l.elts(), ctx), 'O');
            }
            case Expr.Tuple t -> {
                return new J(display("PyTuple.of", "Rt.tupleOf", t.elts(), ctx), 'O');
            }
            case Expr.Set s -> {
                return new J(display("PySet.of", "Rt.setOf", s.elts(), ctx), 'O');
            }
            case Expr.Dict d -> {
                return dict(d, ctx);
            }
            case Expr.JoinedStr j -> {
                return joined(j, ctx);
            }
            case Expr.FormattedValue f -> {
                return formatted(f, ctx);
            }
            case Expr.Lambda l -> {
                Scope fs = scopes.get(l);
                return new J(functionValue(l, fs, qualname(ctx, "<lambda>"), l.args(), null, l.body(), ctx), 'O');
            }
            case Expr.ListComp c -> {
                return comprehension(c, c.generators(), "list", List.of(c.elt()), ctx);
            }
            case Expr.SetComp c -> {
                return comprehension(c, c.generators(), "set", List.of(c.elt()), ctx);
            }
            case Expr.DictComp c -> {
                return comprehension(c, c.generators(), "dict", List.of(c.key(), c.value()), ctx);
            }
            case Expr.GeneratorExp c -> {
                return comprehension(c, c.generators(), "gen", List.of(c.elt()), ctx);
            }
            case Expr.Yield y -> {
                if (ctx.gen == null) {
                    unsupported(y, "'yield' here");
                    return NONE;
                }
                return new J(ctx.gen + ".yield(" + (y.value() == null ? "null" : expr(y.value(), ctx).obj()) + ")",
                        'O');
            }
            case Expr.YieldFrom y -> {
                if (ctx.gen == null) {
                    unsupported(y, "'yield from' here");
                    return NONE;
                }
                return new J(ctx.gen + ".yieldFrom(" + expr(y.value(), ctx).obj() + ")", 'O');
            }
            case Expr.NamedExpr n -> {
                String id = ((Expr.Name) n.target()).id();
                return new J("(" + nameRef(id, ctx, n) + " = " + expr(n.value(), ctx).obj() + ")", 'O');
            }
            case Expr.Starred s -> {
                unsupported(s, "starred expression here");
                return NONE;
            }
            case Expr.Slice s -> {
                return new J("new PySlice(" + opt(s.lower(), ctx) + ", " + opt(s.upper(), ctx) + ", " + opt(s.step(), ctx)
                        + ")", 'O');
            }
            case Expr.Await a -> {
                unsupported(a, "'await'");
                return NONE;
            }
        }
    }

    private J negate(Expr.UnaryOp u, Ctx ctx) {
        if (u.operand() instanceof Expr.Constant c) {
            if (c.value() instanceof ConstantValue.IntValue i && i.value().negate().bitLength() < 64) {
                return new J(i.value().negate() + "L", 'L');
            }
            if (c.value() instanceof ConstantValue.FloatValue f && Double.isFinite(f.value())) {
                return new J(doubleLiteral(-f.value()), 'D');
            }
        }
        return new J("Rt.neg(" + expr(u.operand(), ctx).obj() + ")", 'O');
    }

    private String opt(Expr e, Ctx ctx) {
        return e == null ? "null" : expr(e, ctx).obj();
    }

    private String subscriptKey(Expr slice, Ctx ctx) {
        return expr(slice, ctx).obj();
    }

    private J constant(Expr.Constant c) {
        return switch (c.value()) {
            case ConstantValue.NoneValue n -> NONE;
            case ConstantValue.BoolValue b -> new J(String.valueOf(b.value()), 'B');
            case ConstantValue.IntValue i -> {
                BigInteger v = i.value();
                if (v.bitLength() < 64) {
                    yield new J(v.longValue() + "L", 'L');
                }
                yield new J("Ints.normalize(new java.math.BigInteger(\"" + v + "\"))", 'O');
            }
            case ConstantValue.FloatValue f -> new J(doubleLiteral(f.value()), 'D');
            case ConstantValue.StrValue s -> new J(Names.literal(s.value()), 'S');
            case ConstantValue.BytesValue b -> {
                StringBuilder sb = new StringBuilder("new PyBytes(new byte[] {");
                for (int k = 0; k < b.value().length; k++) {
                    sb.append(k > 0 ? ", " : "").append(b.value()[k]);
                }
                yield new J(sb.append("})").toString(), 'O');
            }
            case ConstantValue.EllipsisValue el -> {
                unsupported(c, "'...' (Ellipsis)");
                yield NONE;
            }
            case ConstantValue.ImaginaryValue im -> new J("new PyComplex(0.0, " + doubleLiteral(im.imag()) + ")", 'O');
        };
    }

    private static String doubleLiteral(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        if (Double.isNaN(d)) {
            return "Double.NaN";
        }
        return Double.toString(d);
    }

    private J boolOp(Expr.BoolOp b, Ctx ctx) {
        List<J> parts = new ArrayList<>();
        List<Character> types = new ArrayList<>();
        for (Expr v : b.values()) {
            J j = expr(v, ctx);
            parts.add(j);
            types.add(j.type());
        }
        char type = TypeInference.boolOp(b, types);
        if (type == 'B') {
            List<String> codes = new ArrayList<>();
            parts.forEach(p -> codes.add(p.code()));
            return new J("(" + String.join(b.op() == BoolOperator.AND ? " && " : " || ", codes) + ")", 'B');
        }
        if (type != 'O') {
            // the deciding operands are names or literals: testing and then returning one reads it twice
            J last = parts.get(parts.size() - 1);
            String code = last.code();
            String dynamic = last.dynamic() == null ? null : last.dynamic();
            for (int i = parts.size() - 2; i >= 0; i--) {
                String a = parts.get(i).code();
                String truth = switch (type) {
                    case 'L' -> a + " != 0";
                    case 'D' -> a + " != 0.0";
                    default -> "!" + a + ".isEmpty()";
                };
                boolean and = b.op() == BoolOperator.AND;
                code = "(" + truth + " ? " + (and ? code + " : " + a : a + " : " + code) + ")";
                if (dynamic != null) {
                    String boxed = asObject(a);
                    dynamic = "(" + truth + " ? " + (and ? asObject(dynamic) + " : " + boxed
                            : boxed + " : " + asObject(dynamic)) + ")";
                }
            }
            return new J(code, type, dynamic);
        }
        // Python returns the deciding operand itself: a or b is a if a is true, else b.
        J acc = parts.get(parts.size() - 1);
        String code = asObject(acc.obj());
        for (int i = parts.size() - 2; i >= 0; i--) {
            String t = temp(ctx);
            String test = b.op() == BoolOperator.AND ? "!Rt.truthy(" : "Rt.truthy(";
            code = "(" + test + t + " = " + parts.get(i).obj() + ") ? " + t + " : " + code + ")";
        }
        return new J(code, 'O');
    }

    private J compare(Expr.Compare c, Ctx ctx) {
        List<String> conj = links(c, ctx, (op, left, right) -> c.ops().size() == 1
                ? guardedCmp(op, left, right, ctx) : cmp(op, left, right));
        return new J(conj.size() == 1 ? conj.get(0) : "(" + String.join(" && ", conj) + ")", 'B');
    }

    /** The code of one link of a comparison chain, {@code left op right}. */
    private interface Link {
        String code(CmpOperator op, J left, J right);
    }

    /**
     * The links of a comparison chain ({@code a < b < c}: {@code a < b}, {@code b < c}), each operand evaluated
     * once: an operand between two links that is not a name or constant goes through a temporary.
     */
    private List<String> links(Expr.Compare c, Ctx ctx, Link link) {
        List<String> links = new ArrayList<>();
        J left = expr(c.left(), ctx);
        for (int i = 0; i < c.ops().size(); i++) {
            Expr rightExpr = c.comparators().get(i);
            J right = expr(rightExpr, ctx);
            if (i < c.ops().size() - 1 && !(rightExpr instanceof Expr.Name || rightExpr instanceof Expr.Constant)) {
                String t = temp(ctx);
                links.add(link.code(c.ops().get(i), left, new J("(" + t + " = " + right.obj() + ")", 'O')));
                left = new J(t, 'O');
            } else {
                links.add(link.code(c.ops().get(i), left, right));
                left = right;
            }
        }
        return links;
    }

    /** Whether a comparison's value may be what a class's comparison method returns rather than a bool. */
    private boolean valueCompare(Expr.Compare c, Ctx ctx) {
        return inference.type(c, ctx.scope, ctx.types) != 'B';
    }

    /**
     * A comparison whose value is used and may be what a class's method returns: that value, not its truth. A
     * chain's value is its first false result, or its last; each operand is evaluated once.
     */
    private J compareValue(Expr.Compare c, Ctx ctx) {
        List<String> parts = links(c, ctx, this::cmpValue);
        String code = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            String t = temp(ctx);
            code = "(!Rt.truthy(" + t + " = " + parts.get(i) + ") ? " + t + " : " + code + ")";
        }
        return new J(code, 'O');
    }

    private String cmpValue(CmpOperator op, J a, J b) {
        return TypeInference.boolCompare(a.type(), op, b.type()) ? asObject(cmp(op, a, b))
                : valueCall(op, a.obj(), b.obj());
    }

    /** pylib's comparison giving what a class's method returns ({@code ==} ... {@code >=}; not for is/in). */
    private static String valueCall(CmpOperator op, String a, String b) {
        String name = switch (op) {
            case EQ -> "eq";
            case NOT_EQ -> "ne";
            case LT -> "lt";
            case LT_E -> "le";
            case GT -> "gt";
            default -> "ge";
        };
        return "Rt." + name + "Value(" + a + ", " + b + ")";
    }

    /**
     * A comparison of a dynamic value with a typed int or float: a primitive comparison when the dynamic value is
     * of the same class at run time (a list element, say), pylib's comparison otherwise.
     */
    private String guardedCmp(CmpOperator op, J a, J b, Ctx ctx) {
        boolean ordered = op != CmpOperator.IS && op != CmpOperator.IS_NOT && op != CmpOperator.IN
                && op != CmpOperator.NOT_IN;
        boolean leftDynamic = a.type() == 'O' && (b.type() == 'L' || b.type() == 'D');
        // the typed left operand must be evaluated first: only a name or a literal can wait
        boolean rightDynamic = b.type() == 'O' && (a.type() == 'L' || a.type() == 'D') && atomic(a.code())
                && !a.code().contains("(");
        if (!ordered || !leftDynamic && !rightDynamic) {
            return cmp(op, a, b);
        }
        J dyn = leftDynamic ? a : b;
        J typed = leftDynamic ? b : a;
        String first = dyn.code();
        String again = first;
        if (!plain(first)) {
            again = temp(ctx);
            first = "(" + again + " = " + dyn.code() + ")";
        }
        String v = fresh(typed.type() == 'L' ? "n" : "x");
        String sym = javaOperator(op);
        String fast = leftDynamic ? v + " " + sym + " " + typed.code() : typed.code() + " " + sym + " " + v;
        String slow = leftDynamic ? cmp(op, again, typed.obj()) : cmp(op, typed.obj(), again);
        return "(" + first + " instanceof " + boxedType(typed.type()) + " " + v + " ? " + fast + " : " + slow + ")";
    }

    /** Java's operator for a comparison of primitives ({@code ==} ... {@code >=}; not for is/in). */
    private static String javaOperator(CmpOperator op) {
        return switch (op) {
            case EQ -> "==";
            case NOT_EQ -> "!=";
            case LT -> "<";
            case LT_E -> "<=";
            case GT -> ">";
            default -> ">=";
        };
    }

    private String cmp(CmpOperator op, J a, J b) {
        if (TypeInference.primitiveCompare(a.type(), op, b.type())) {
            if (a.type() == 'S') {
                String eq = (atomic(a.code()) ? a.code() : "(" + a.code() + ")") + ".equals(" + b.code() + ")";
                return op == CmpOperator.EQ ? eq : "!" + eq;
            }
            String sym = javaOperator(op);
            boolean ints = a.type() != 'D';
            return "(" + (ints ? asLong(a) : a.code()) + " " + sym + " " + (ints ? asLong(b) : b.code()) + ")";
        }
        return cmp(op, a.obj(), b.obj());
    }

    private String cmp(CmpOperator op, String a, String b) {
        if (truthOfValues && op != CmpOperator.IS && op != CmpOperator.IS_NOT && op != CmpOperator.IN
                && op != CmpOperator.NOT_IN) {
            return "Rt.truthy(" + valueCall(op, a, b) + ")";
        }
        return switch (op) {
            case EQ -> "Rt.eq(" + a + ", " + b + ")";
            case NOT_EQ -> "Rt.ne(" + a + ", " + b + ")";
            case LT -> "Py.lt(" + a + ", " + b + ")";
            case LT_E -> "Py.le(" + a + ", " + b + ")";
            case GT -> "Py.gt(" + a + ", " + b + ")";
            case GT_E -> "Py.ge(" + a + ", " + b + ")";
            case IS -> "Py.is(" + a + ", " + b + ")";
            case IS_NOT -> "!Py.is(" + a + ", " + b + ")";
            case IN -> "Rt.in(" + a + ", " + b + ")";
            case NOT_IN -> "!Rt.in(" + a + ", " + b + ")";
        };
    }

    private String display(String plain, String starred, List<Expr> elts, Ctx ctx) {
        boolean star = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
        List<String> items = new ArrayList<>();
        for (Expr x : elts) {
            items.add(x instanceof Expr.Starred s ? "Rt.star(" + expr(s.value(), ctx).obj() + ")"
                    : expr(x, ctx).obj());
        }
        if (items.size() == 1 && !star) {
            return plain + "(" + asObject(items.get(0)) + ")";
        }
        return (star ? starred : plain) + "(" + String.join(", ", items) + ")";
    }

    private J dict(Expr.Dict d, Ctx ctx) {
        List<String> items = new ArrayList<>();
        boolean unpack = false;
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                unpack = true;
                items.add("Rt.star(" + expr(d.values().get(i), ctx).obj() + ")");
            } else {
                items.add(expr(k, ctx).obj());
                items.add(expr(d.values().get(i), ctx).obj());
            }
        }
        return new J((unpack ? "Rt.dictOf(" : "PyDict.of(") + String.join(", ", items) + ")", 'O');
    }

    private J joined(Expr.JoinedStr j, Ctx ctx) {
        if (j.values().isEmpty()) {
            return new J("\"\"", 'S');
        }
        List<String> parts = new ArrayList<>();
        for (Expr v : j.values()) {
            parts.add(expr(v, ctx).code());
        }
        String code = String.join(" + ", parts);
        if (!(j.values().get(0) instanceof Expr.Constant)) {
            code = "\"\" + " + code;
        }
        return new J("(" + code + ")", 'S');
    }

    private J formatted(Expr.FormattedValue f, Ctx ctx) {
        J value = expr(f.value(), ctx);
        if (f.conversion() < 0 && value.dynamic() == null
                && (value.type() == 'L' || value.type() == 'D' || value.type() == 'S')) {
            String spec = f.formatSpec() == null ? "\"\"" : expr(f.formatSpec(), ctx).code();
            return new J("PyFormat.format(" + value.code() + ", " + spec + ")", 'S');
        }
        String v = value.obj();
        String conv = switch (f.conversion()) {
            case 'r' -> "Py.repr(" + v + ")";
            case 's' -> "Py.str(" + v + ")";
            case 'a' -> "Builtins.ascii(" + v + ")";
            default -> v;
        };
        String spec = f.formatSpec() == null ? "\"\"" : expr(f.formatSpec(), ctx).code();
        return new J("Rt.format(" + conv + ", " + spec + ")", 'S');
    }

    // =================================================================== comprehensions

    private J comprehension(Expr node, List<Comprehension> gens, String kind, List<Expr> elts, Ctx ctx) {
        Scope cs = scopes.get(node);
        Map<String, J> saved = byValue;
        byValue = new java.util.LinkedHashMap<>();
        StringBuilder copies = new StringBuilder();
        for (String py : cs.used) {
            Scope owner = cs.resolve(py) == Scope.Binding.FREE ? cs.owner(py) : null;
            if (owner == null || owner != cs.parent || owner.cells.contains(py)) {
                continue;
            }
            // read by value (ByValue): a final copy, taken where the comprehension is created
            if (ctx.scope != owner) {
                throw new IllegalStateException("a comprehension's copy of '" + py + "' taken outside its function");
            }
            String j = ctx.javaName(owner, py);
            Character t = ctx.types.get(py);
            String value = t == null && ctx.speculation.locals().containsKey(py) ? "Peek.box(" + j + "$box, " + j + ")"
                    : j;
            String copy = fresh(Names.java(py));
            copies.append("final ").append(javaType(t != null ? t : 'O')).append(' ').append(copy).append(" = ")
                    .append(value).append("; ");
            byValue.put(py, new J(copy, t != null ? t : 'O'));
        }
        try {
            J r = comprehension(node, gens, kind, elts, ctx, null);
            return copies.isEmpty() ? r
                    : new J("switch (0) { default -> { " + copies + "yield " + r.obj() + "; } }", r.type());
        } finally {
            byValue = saved;
        }
    }

    /**
     * A comprehension; {@code source}, when not null, is the Java name of its first iterable, evaluated already:
     * a range whose bounds may be past 64 bits, which this version of the comprehension iterates with a typed
     * counter unless {@link #dynamicFirstRange} asks for the version of a range that does not fit (RangeLoops).
     */
    private J comprehension(Expr node, List<Comprehension> gens, String kind, List<Expr> elts, Ctx ctx,
            String source) {
        Scope cs = scopes.get(node);
        for (Comprehension g : gens) {
            if (g.isAsync() != 0) {
                unsupported((Located) node, "asynchronous comprehension");
                return NONE;
            }
        }
        boolean dynamicFirst = dynamicFirstRange;
        dynamicFirstRange = false;
        Ctx cc = new Ctx(cs, ctx.body(), null);
        cc.types = rangeTargets(gens, cs, ctx, kind.equals("gen"), dynamicFirst);
        if (!byValue.isEmpty()) {
            cc.types = new java.util.HashMap<>(cc.types);
            byValue.forEach((py, copy) -> {
                cc.names.put(py, copy.obj());
                if (copy.type() != 'O') {
                    cc.types.put(py, copy.type());
                }
            });
        }
        if (source == null && gens.get(0).target() instanceof Expr.Name t && cc.types.get(t.id()) != null
                && cc.types.get(t.id()) == 'L'
                && !RangeLoops.typedBounds((Expr.Call) gens.get(0).iter(), e -> inference.type(e, ctx.scope, ctx.types))) {
            // the first range is built where the comprehension stands; its size picks the version
            String s = fresh("s");
            String range = expr(gens.get(0).iter(), ctx).obj();
            String typed = comprehension(node, gens, kind, elts, ctx, s).obj();
            dynamicFirstRange = true;
            String dynamic = comprehension(node, gens, kind, elts, ctx, s).obj();
            return new J("Rt.evaluate(" + range + ", " + s + " -> ((PyRange) " + s + ").fits() ? " + typed + " : "
                    + dynamic + ")", 'O');
        }
        // the first iterable is evaluated where the comprehension stands, as in Python
        boolean strItems = gens.get(0).target() instanceof Expr.Name t0 && cc.types.get(t0.id()) != null
                && cc.types.get(t0.id()) == 'S';
        String firstIter = source != null ? source
                : strItems ? strItems(gens.get(0).iter(), ctx) : expr(gens.get(0).iter(), ctx).obj();
        cc.speculation = inference.comprehensionSpeculation(cs, gens, ctx.scope, ctx.speculation.hints());
        Map<String, TypeInference.Hint> hints = cc.speculation.hints();
        if (gens.get(0).target() instanceof Expr.Name t0 && new TypeInference.Hint(0, 'L').equals(hints.get(t0.id()))) {
            // a list of ints walked into the target reads them without a box, where the hint would box each
            hints = new java.util.HashMap<>(hints);
            hints.remove(t0.id());
        }
        String walked = ListEmission.walkedTarget(gens, kind, cs, cc.types, hints);
        if (walked != null) {
            cc.speculation = new TypeInference.Speculation(hints, Map.of(walked, 'L'));
        }
        String src = fresh("src");
        String result = fresh("r");
        String big = fresh("big");
        JavaWriter m = new JavaWriter();
        String g = null;
        if (kind.equals("gen")) {
            g = fresh("g");
            cc.gen = g;
            m.open("Rt.genexpr(" + firstIter + ", (" + src + ", " + g + ") ->");
        } else {
            m.open("Rt.evaluate(" + firstIter + ", " + src + " ->");
        }
        for (String py : cs.assigned) {
            if (!cs.isLocal(py)) {
                continue;
            }
            String j = declareName(cc, py);
            if (py.equals(walked)) {
                m.line("long " + j + " = 0L;");
                m.line("Object " + j + "$box = Peek.UNBOXED;");
                continue;
            }
            m.line(cs.cells.contains(py) ? "final Cell " + j + " = new Cell();" : cc.types.containsKey(py)
                    ? javaType(cc.types.get(py)) + " " + j + " = " + zero(cc.types.get(py)) + ";"
                    : "Object " + j + " = null;");
        }
        JavaWriter bw = new JavaWriter();
        bw.line(SourceLines.frame(switch (kind) {
            case "list", "set", "dict" -> "<" + kind + "comp>";
            default -> "<genexpr>";
        }));
        bw.line(SourceLines.line(node.lineno()));
        switch (kind) {
            case "list" -> bw.line("PyList<Object> " + result + " = new PyList<>();");
            case "set" -> bw.line("PySet<Object> " + result + " = new PySet<>();");
            case "dict" -> bw.line("PyDict<Object, Object> " + result + " = new PyDict<>();");
            case "sum" -> {
                // Python's sum starts from the int 0; past 64 bits it goes on with the exact big int
                bw.line("long " + result + " = 0L;");
                bw.line("Object " + big + " = null;");
            }
            default -> {
            }
        }
        // a generator expression owns a temporary first iterable: closing it closes that too, as in CPython
        boolean release = kind.equals("gen") && temporary(gens.get(0).iter());
        if (release) {
            bw.open("try");
        }
        int opened = 0;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            String item = fresh("item");
            String it = i == 0 ? src : expr(c.iter(), cc).obj();
            if (i == 0 && strItems) {
                String k = fresh("k");
                if (StrLoops.listing(c.iter()) == null) {
                    // a str's characters
                    bw.line("String " + item + "$s = (String) " + it + ";");
                    bw.open("for (int " + k + " = 0; " + k + " < " + item + "$s.length(); )");
                    bw.line("String " + item + " = Strs.codePointAt(" + item + "$s, " + k + ");");
                    bw.line(k + " += " + item + ".length();");
                } else if (((Expr.Attribute) StrLoops.listing(c.iter()).func()).attr().equals("split")) {
                    bw.line("Strs.Parts " + k + " = (Strs.Parts) " + it + ";");
                    bw.open("for (String " + item + "; (" + item + " = " + k + ".next()) != null; )");
                } else {
                    bw.open("for (Object " + k + " : (Iterable<?>) " + it + ")");
                    bw.line("String " + item + " = (String) " + k + ";");
                }
                opened++;
                assign(c.target(), new J(item, 'S'), cc, bw);
            } else if (c.target() instanceof Expr.Name t && cc.types.containsKey(t.id())) {
                String range = fresh("range");
                String k = fresh("k");
                String count = fresh("count");
                bw.line("PyRange " + range + " = (PyRange) " + it + ";");
                Expr.Name flags = kind.equals("list") && gens.size() == 1
                        ? ListEmission.indexFilter(c, elts.get(0), cc.types) : null;
                if (flags != null) {
                    String l = fresh("list");
                    bw.open("if (!(" + range + ".len() > 0 && " + expr(flags, cc).obj() + " instanceof PyList<?> " + l
                            + " && " + l + ".appendTruthyIndices(" + range + ".start(), " + range + ".step(), "
                            + range + ".len(), " + result + ")))");
                    opened++;
                }
                bw.open("for (long " + k + " = 0, " + count + " = " + range + ".len(); " + k + " < " + count + "; "
                        + k + "++)");
                bw.line("long " + item + " = " + range + ".start() + " + k + " * " + range + ".step();");
                opened++;
                assign(c.target(), new J(item, 'L'), cc, bw);
            } else if (walked != null) {
                // a list's ints are read unboxed into the speculated target, item by item while it holds them,
                // walking the list by index as CPython's list iterator does
                String j = cc.javaName(cs, walked);
                String list = fresh("list");
                String iter = fresh("it");
                String k = fresh("k");
                bw.line("PyList<?> " + list + " = " + it + " instanceof PyList<?> " + list + "$ ? " + list + "$ : null;");
                bw.line("java.util.Iterator<Object> " + iter + " = " + list + " == null ? Rt.iterable(" + it
                        + ").iterator() : null;");
                bw.open("for (int " + k + " = 0; " + list + " != null ? " + k + " < " + list + ".size() : " + iter
                        + ".hasNext(); " + k + "++)");
                opened++;
                bw.open("if (" + list + " != null && " + list + ".hasLongAt(" + k + "))");
                bw.line(j + " = " + list + ".peekLong(" + k + ");");
                bw.line(j + "$box = Peek.UNBOXED;");
                bw.reopen("else");
                storeBack(j, 'L', list + " != null ? " + list + ".get(" + k + ") : " + iter + ".next()", bw);
                bw.close();
            } else {
                bw.open("for (Object " + item + " : Rt.iterable(" + it + "))");
                opened++;
                assign(c.target(), new J(item, 'O'), cc, bw);
            }
            for (Expr test : c.ifs()) {
                bw.open("if (" + cond(test, cc) + ")");
                opened++;
            }
        }
        switch (kind) {
            case "list" -> {
                J v = expr(elts.get(0), cc);
                bw.line(result + "." + ListEmission.typedAppend(v.type(), v.dynamic() == null) + "(" + v.obj() + ");");
            }
            case "set" -> bw.line(result + ".add(" + expr(elts.get(0), cc).obj() + ");");
            case "dict" -> bw.line(result + ".setItem(" + expr(elts.get(0), cc).obj() + ", "
                    + expr(elts.get(1), cc).obj() + ");");
            case "sum" -> {
                J v = expr(elts.get(0), cc);
                if (v.type() == 'L' || v.type() == 'B') {
                    String item = fresh("e");
                    String sum = fresh("s");
                    bw.line("long " + item + " = " + asLong(v) + ";");
                    bw.open("if (" + big + " == null)");
                    bw.line("long " + sum + " = " + result + " + " + item + ";");
                    bw.open("if (((" + result + " ^ " + sum + ") & (" + item + " ^ " + sum + ")) < 0)");
                    bw.line(big + " = Rt.add(" + result + ", " + item + ");");
                    bw.reopen("else");
                    bw.line(result + " = " + sum + ";");
                    bw.close();
                    bw.reopen("else");
                    bw.line(big + " = Rt.add(" + big + ", " + item + ");");
                    bw.close();
                } else {
                    bw.line(big + " = Rt.add(" + big + " != null ? " + big + " : (Object) " + result + ", " + v.obj()
                            + ");");
                }
            }
            default -> bw.line(g + ".yield(" + expr(elts.get(0), cc).obj() + ");");
        }
        for (int i = 0; i < opened; i++) {
            bw.close();
        }
        if (release) {
            bw.reopen("finally");
            bw.line("Rt.release(" + src + ");");
            bw.close();
        }
        bw.line(kind.equals("gen") ? "return null;" : kind.equals("sum") ? "return " + big + " != null ? " + big
                + " : (Object) " + result + ";" : "return " + result + ";");
        declareTemps(cc, m);
        m.append(bw);
        m.close();
        return new J(m.toString().stripTrailing() + ")", 'O');
    }

    /** Whether an argument is a generator expression or list comprehension whose items are typed ints or bools. */
    private boolean intItems(Expr arg, Ctx ctx) {
        List<Comprehension> gens;
        Expr elt;
        if (arg instanceof Expr.GeneratorExp g) {
            gens = g.generators();
            elt = g.elt();
        } else if (arg instanceof Expr.ListComp l) {
            gens = l.generators();
            elt = l.elt();
        } else {
            return false;
        }
        if (gens.stream().anyMatch(g -> g.isAsync() != 0)) {
            return false;
        }
        Scope cs = scopes.get(arg);
        char t = inference.type(elt, cs, rangeTargets(gens, cs, ctx, false, false));
        return t == 'L' || t == 'B';
    }

    /**
     * The first iterable of a comprehension whose target {@link #rangeTargets} types as a str: the parts of a split
     * ({@code Strs.Parts}), another listing method's direct call, or the str itself.
     */
    private String strItems(Expr iter, Ctx ctx) {
        Expr.Call c = StrLoops.listing(iter);
        if (c == null) {
            return expr(iter, ctx).code();
        }
        List<String> codes = new ArrayList<>(List.of(expr(((Expr.Attribute) c.func()).value(), ctx).code()));
        List<Character> types = new ArrayList<>();
        for (Expr x : c.args()) {
            J j = expr(x, ctx);
            codes.add(j.code());
            types.add(j.type());
        }
        String name = ((Expr.Attribute) c.func()).attr();
        return name.equals("split") ? "Strs.parts(" + String.join(", ", codes) + ")"
                : StrMethods.direct(name, codes.get(0), 'S', codes.subList(1, codes.size()), types);
    }

    /**
     * The targets of a comprehension's {@code for ... in range(...)} clauses, typed {@code long}: plain names bound
     * by range clauses only, and not read by their own or an earlier clause's iterable (where they are unbound).
     * A generator expression receives its first iterable as an iterator, so its first clause is not typed. The
     * first clause of any other comprehension over a str's split (or other listing method, see {@link StrLoops}) or
     * over a typed str types its target {@code String}.
     */
    private Map<String, Character> rangeTargets(List<Comprehension> gens, Scope cs, Ctx ctx, boolean generator,
            boolean dynamicFirst) {
        Map<String, Character> types = new java.util.HashMap<>();
        Set<String> excluded = new java.util.HashSet<>();
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            Set<String> bound = new java.util.HashSet<>();
            Definite.names(c.target(), bound);
            if (c.target() instanceof Expr.Name t && cs.isLocal(t.id()) && !cs.cells.contains(t.id())
                    && inference.isRangeCall(c.iter(), i == 0 ? ctx.scope : cs) && !(generator && i == 0)
                    // a later range counts with a long only on typed bounds, which keep its values in 64 bits
                    && (i == 0 ? !dynamicFirst : RangeLoops.typedBounds((Expr.Call) c.iter(),
                            e -> inference.type(e, cs, types)))) {
                types.put(t.id(), 'L');
            } else if (i == 0 && !generator && c.target() instanceof Expr.Name t && cs.isLocal(t.id())
                    && !cs.cells.contains(t.id()) && StrLoops.candidate(c.iter()) && StrLoops.itemType(c.iter(),
                    e -> inference.type(e, ctx.scope, ctx.types)) == 'S') {
                // the items of a str's split or of the str itself (StrLoops)
                types.put(t.id(), 'S');
            } else {
                excluded.addAll(bound);
            }
            Set<String> read = new java.util.HashSet<>();
            Definite.names(c.iter(), read);
            for (int j = i; j < gens.size(); j++) {
                Set<String> later = new java.util.HashSet<>();
                Definite.names(gens.get(j).target(), later);
                later.retainAll(read);
                excluded.addAll(later);
            }
        }
        types.keySet().removeAll(excluded);
        return types;
    }

    // =================================================================== calls

    private J call(Expr.Call c, Ctx ctx) {
        boolean star = c.args().stream().anyMatch(x -> x instanceof Expr.Starred)
                || c.keywords().stream().anyMatch(k -> k.arg() == null);
        Stmt.FunctionDef inner = nested.target(c);
        if (inner != null) {
            J j = nestedCall(inner, c, ctx);
            if (j != null) {
                return j;
            }
        }
        if (c.func() instanceof Expr.Name n) {
            String py = n.id();
            if (isBuiltinName(py, ctx)) {
                J b = builtinCall(py, c, star, ctx);
                if (b != null) {
                    return b;
                }
            }
            if (!star && direct.containsKey(py) && ctx.scope.resolve(py) == Scope.Binding.GLOBAL) {
                J bound = bindDirect(direct.get(py), c, ctx);
                if (bound != null && !surelyBound(py, ctx)) {
                    // Python looks the function up before evaluating the arguments
                    String missing = "Rt.nameError(" + Names.literal(py) + ")";
                    if (bound.type() == 'V') {
                        bound = new J(bound.obj(), 'O');
                    }
                    if (bound.type() != 'O') {
                        missing = "(" + javaType(bound.type()) + ") " + missing;
                    }
                    return new J("(" + globalRef(py, ctx) + " == Rt.UNBOUND ? " + missing + " : " + bound.code()
                            + ")", bound.type());
                }
                if (bound != null) {
                    return bound;
                }
            }
        }
        if (c.func() instanceof Expr.Attribute a && !star && c.keywords().isEmpty()
                && inference.isMath(a.value(), ctx.scope) && TypeInference.MATH_FUNCTIONS.contains(a.attr())
                && c.args().size() == TypeInference.mathArity(a.attr())) {
            List<J> js = new ArrayList<>();
            for (Expr x : c.args()) {
                js.add(expr(x, ctx));
            }
            if (js.stream().allMatch(j -> j.type() == 'L' || j.type() == 'D' || j.type() == 'B')) {
                usesMath = true;
                List<String> ds = new ArrayList<>();
                js.forEach(j -> ds.add(asDouble(j)));
                return new J("MathModule." + a.attr() + "(" + String.join(", ", ds) + ")", 'D');
            }
            List<String> os = new ArrayList<>();
            js.forEach(j -> os.add(j.obj()));
            String m = site("MethodSite", "call", a.attr());
            String recv = expr(a.value(), ctx).obj();
            if (CallOrder.argsMayRunCode(c, x -> false)) {
                return new J(m + ".callFound(" + join(m + ".find(" + recv + ")", null, os) + ")", 'O');
            }
            return new J(m + ".call(" + join(recv, null, os) + ")", 'O');
        }
        if (c.func() instanceof Expr.Attribute a && !star && c.keywords().isEmpty()
                && inference.type(a.value(), ctx.scope, ctx.types) == 'S') {
            return strMethod(a, c, ctx);
        }
        if (ListCalls.pop(c) && c != bySite && simpleLocal(receiverOf(c), ctx) && (c.args().isEmpty()
                || inference.type(c.args().get(0), ctx.scope, ctx.types) == 'L')) {
            J at = c.args().isEmpty() ? null : expr(c.args().get(0), ctx);
            if (at == null || at.type() == 'L' && at.dynamic() == null) {
                String l = fresh("list");
                return new J("(" + expr(receiverOf(c), ctx).obj() + " instanceof PyList<?> " + l + " ? " + l
                        + ".pop(" + (at == null ? "" : at.code()) + ") : " + bySite(c, ctx).obj() + ")", 'O');
            }
        }
        if (c.func() instanceof Expr.Attribute a && !star) {
            Args args = args(c, ctx);
            String recv = receiver(a.value(), ctx);
            String m = site("MethodSite", "call", a.attr());
            boolean first = CallOrder.argsMayRunCode(c, x -> "LDB".indexOf(ctx.types.getOrDefault(x, 'O')) >= 0);
            if (first) {
                // Python finds the method before evaluating arguments, which may rebind it
                recv = m + ".find(" + recv + ")";
                if (!args.kwnames.isEmpty() || args.values.size() > 3) {
                    return new J(m + ".callFoundKw(" + recv + ", " + args.array() + ", " + kwNames(args) + ")", 'O');
                }
            }
            if (!args.kwnames.isEmpty()) {
                return new J(m + ".callKw(" + recv + ", " + args.array() + ", " + kwNames(args) + ")", 'O');
            }
            if (args.values.size() > 3) {
                return new J(m + ".callN(" + recv + ", " + args.array() + ")", 'O');
            }
            boolean dispatched = !recv.startsWith("new Super(") && dispatch.dispatched(a.attr(), args.values.size());
            List<String> values = args.values;
            StringBuilder kinds = new StringBuilder();
            if (dispatched) {
                values = new ArrayList<>(values);
                List<String> longs = new ArrayList<>();
                for (int k = 0; k < values.size(); k++) {
                    String[] pair = intParameter(a.attr(), k, values.size())
                            ? attrPair(c.args().get(k), values.get(k), ctx) : null;
                    kinds.append(pair != null ? 'l' : 'O');
                    if (pair != null) {
                        values.set(k, pair[0]);
                        longs.add(pair[1]);
                    }
                }
                values.addAll(longs);
            }
            String d = dispatched ? dispatch.dispatcher(a.attr(), m, args.values.size(), methodNames, first,
                    kinds.toString()) : null;
            String g = d != null || first ? null : StrMethods.guarded(a.attr(), m, recv, args.values);
            if (g != null) {
                return new J(g, 'O');
            }
            return new J((d != null ? d : m + (first ? ".callFound" : ".call")) + "(" + join(recv, null,
                    d != null ? values : args.values) + ")", 'O');
        }
        String f = expr(c.func(), ctx).obj();
        if (star) {
            return new J(unpackedCall(f, c, ctx), 'O');
        }
        if (c.keywords().isEmpty() && c.args().size() <= 3 && c.func() instanceof Expr.Name n
                && isModuleClass(n.id(), ctx)) {
            return construct(n.id(), f, c.args(), ctx);
        }
        Args args = args(c, ctx);
        if (args.kwnames.isEmpty() && c.func() instanceof Expr.Name n && isModuleClass(n.id(), ctx)) {
            return new J(site("CallSite", "new", n.id()) + ".callN(" + f + ", " + args.array() + ")", 'O');
        }
        if (args.kwnames.isEmpty()) {
            return new J("Rt.call(" + join(f, null, args.values) + ")", 'O');
        }
        return new J("Rt.callKw(" + f + ", " + args.array() + ", " + kwNames(args) + ")", 'O');
    }

    /**
     * A call of a module-level class with at most three positional arguments. Where the typed version of the class
     * statement's {@code __init__} takes an int or a float, its dispatcher takes a typed or speculated number, or an
     * int attribute, unboxed (see {@link MethodDispatch#constructor}), and boxes it only when that {@code __init__}
     * does not run.
     */
    private J construct(String cls, String f, List<Expr> args, Ctx ctx) {
        List<String> values = new ArrayList<>();
        List<String> objs = new ArrayList<>();
        StringBuilder kinds = new StringBuilder();
        Stmt.FunctionDef init = dispatch.init(cls);
        TypeInference.Sig sig = init != null ? inference.methodSignature(init) : null;
        if (sig != null && sig.params().size() != args.size() + 1) {
            sig = null;
        }
        List<Integer> pairs = new ArrayList<>();
        for (Expr a : args) {
            J j = expr(a, ctx);
            char param = sig != null ? sig.params().get(kinds.length() + 1) : 'O';
            // javac fails to compile a switch expression catching an exception while a long is on the stack
            String pair = param == 'L' && j.type() == 'O' && !(a instanceof Expr.Name)
                    ? longPair(a, kinds.toString().matches("O*"), ctx) : null;
            if (pair != null) {
                pairs.add(kinds.length());
                kinds.append('l');
                values.add(pair);
                objs.add(varargSafe(j.obj()));
                continue;
            }
            String[] attr = param == 'L' ? attrPair(a, j.code(), ctx) : null;
            if (attr != null) {
                kinds.append('l');
                values.add(attr[0] + ", " + attr[1]);
                objs.add(j.code());
                continue;
            }
            Character spec = a instanceof Expr.Name n && j.code().startsWith("Peek.box(")
                    ? ctx.speculation.locals().get(n.id()) : null;
            if ((j.type() == 'L' || j.type() == 'D') && j.type() == param) {
                kinds.append(j.type());
                values.add(j.code());
            } else if (spec != null && (spec == 'L' || spec == 'D') && spec == param) {
                String local = j.code().substring("Peek.box(".length(), j.code().indexOf("$box, "));
                kinds.append(Character.toLowerCase(spec));
                values.add(local + "$box, " + local);
            } else {
                kinds.append('O');
                values.add(varargSafe(j.obj()));
            }
            objs.add(varargSafe(j.obj()));
        }
        if (!pairs.isEmpty() && values.subList(pairs.get(0) + 1, values.size()).stream()
                .anyMatch(v -> v.contains("catch (OverflowError"))) {
            // an argument catching an overflow after a long: passed boxed, as javac compiles that
            for (int k : pairs) {
                kinds.setCharAt(k, 'O');
                values.set(k, objs.get(k));
            }
        }
        String s = site("CallSite", "new", cls);
        String d = dispatch.constructor(cls, s, args.size(), methodNames, kinds.toString());
        return new J(d != null ? d + "(" + join(f, null, values) + ")" : s + ".call(" + join(f, null, objs) + ")",
                'O');
    }

    /**
     * An attribute of a local ({@code self.target}) for a typed int parameter, as the pair a dispatcher takes: its
     * int slot's value unboxed in a fresh long, with {@code Peek.UNBOXED} as its box, or the box the attribute site's
     * get reads; null for any other argument.
     *
     * @return the box's expression, which stores the long, and the long's name
     */
    private String[] attrPair(Expr a, String code, Ctx ctx) {
        String obj = a instanceof Expr.Attribute at && at.value() instanceof Expr.Name o
                && ctx.scope.kind == Scope.Kind.FUNCTION && !ctx.scope.generator
                && ctx.scope.resolve(o.id()) == Scope.Binding.LOCAL ? ctx.javaName(ctx.scope, o.id()) : null;
        if (obj == null || !code.equals(readSite((Expr.Attribute) a) + ".get(" + obj + ")")) {
            return null;
        }
        // an int slot reaches a typed int parameter without a box; anything else is read by the site's get
        String p = fresh("p");
        ctx.body().longTemps.add(p);
        return new String[] {"(" + p + " = " + readSite((Expr.Attribute) a) + ".peekLong(" + obj
                + ")) != AttrSite.NO_LONG ? Peek.UNBOXED : " + code, p};
    }

    /**
     * Whether every typed method a dispatcher of {@code name} with {@code count} arguments may call takes an int as
     * argument {@code k}, so that passing it unboxed spares a box.
     */
    private boolean intParameter(String name, int k, int count) {
        boolean any = false;
        for (Stmt.FunctionDef f : dispatch.definitions(name)) {
            TypeInference.Sig sig = inference.methodSignature(f);
            if (ScopeBuilder.allArgs(f.args()).size() != count + 1) {
                continue;
            }
            if (sig == null || sig.params().get(k + 1) != 'L') {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * An argument computed on hinted ints ({@code self.state % 1000}, {@code self.ident}) for a typed int parameter,
     * as the pair {@code box, long} a dispatcher takes: the long computed on primitives with {@code Peek.UNBOXED} while
     * the values peeked at have their hinted classes and the result fits 64 bits, the dynamic value otherwise; null
     * when splitting gains nothing, or when the computation may overflow and {@code mayCatch} is false (an argument
     * before it is a long).
     */
    private String longPair(Expr a, boolean mayCatch, Ctx ctx) {
        String[] split = speculating(ctx) ? splitParts(a, ctx) : null;
        if (split == null || split[3] == null || split[4] != null && !mayCatch) {
            return null;
        }
        String dynamic = split[4] != null ? split[4] : inVersion(ctx, false, () -> expr(a, ctx)).obj();
        String p = fresh("p");
        ctx.body().longTemps.add(p);
        String typed = split[4] != null
                ? "switch (0) { default -> { try { " + p + " = " + split[3] + "; yield Peek.UNBOXED; } "
                        + "catch (OverflowError " + fresh("overflow") + ") { yield " + dynamic + "; } } }"
                : "switch (0) { default -> { " + p + " = " + split[3] + "; yield Peek.UNBOXED; } }";
        return "(" + split[0] + " ? " + typed + " : " + dynamic + "), " + p;
    }

    /** A method call on a str (see {@link StrMethods}): direct when the arguments' types allow. */
    private J strMethod(Expr.Attribute a, Expr.Call c, Ctx ctx) {
        J recv = expr(a.value(), ctx);
        List<String> codes = new ArrayList<>();
        List<String> objs = new ArrayList<>();
        List<Character> types = new ArrayList<>();
        for (Expr x : c.args()) {
            // str.join takes all the items before it looks at them: a generator can be a list at once
            J j = a.attr().equals("join") && recv.type() == 'S' && c.args().size() == 1
                    && x instanceof Expr.GeneratorExp g && g.generators().stream().allMatch(q -> q.isAsync() == 0)
                    ? comprehension(g, g.generators(), "list", List.of(g.elt()), ctx) : expr(x, ctx);
            codes.add(j.code());
            objs.add(varargSafe(j.obj()));
            types.add(j.type());
        }
        String d = StrMethods.direct(a.attr(), recv.code(), recv.type(), codes, types);
        if (d != null) {
            return new J(d, StrMethods.resultType(a.attr(), recv.type(), types));
        }
        // a str's methods cannot be rebound, so there is nothing to find before the arguments run
        String m = site("MethodSite", "call", a.attr());
        if (objs.size() > 3) {
            return new J(m + ".callN(" + recv.obj() + ", new Object[] {" + String.join(", ", objs) + "})", 'O');
        }
        return new J(recv.type() == 'S' ? m + ".call(" + join(recv.obj(), null, objs) + ")"
                : m + ".callFound(" + join(m + ".find(" + recv.obj() + ")", null, objs) + ")", 'O');
    }

    /** The receiver of a method call ({@code x} in {@code x.m(...)}). */
    private static Expr receiverOf(Expr.Call c) {
        return ((Expr.Attribute) c.func()).value();
    }

    /** A method call through its call site, where a direct call of a list's method does not apply. */
    private J bySite(Expr.Call c, Ctx ctx) {
        Expr.Call outer = bySite;
        bySite = c;
        try {
            return call(c, ctx);
        } finally {
            bySite = outer;
        }
    }

    private String receiver(Expr value, Ctx ctx) {
        if (value instanceof Expr.Call sc && sc.func() instanceof Expr.Name sn && sn.id().equals("super")
                && isBuiltinName("super", ctx)) {
            return superObject(sc, ctx);
        }
        return expr(value, ctx).obj();
    }

    private String superObject(Expr.Call sc, Ctx ctx) {
        if (!sc.args().isEmpty()) {
            if (sc.args().size() == 2) {
                return "new Super(" + expr(sc.args().get(0), ctx).obj() + ", " + expr(sc.args().get(1), ctx).obj()
                        + ")";
            }
            unsupported(sc, "super() with one argument");
            return "null";
        }
        Scope s = ctx.scope;
        if (s.parent == null || s.parent.kind != Scope.Kind.CLASS || ctx.self == null) {
            unsupported(sc, "super() outside a method");
            return "null";
        }
        Expr.Name cls = new Expr.Name(s.parent.name, io.portalis.python.ast.ExprContext.LOAD, sc.lineno(),
                sc.colOffset(), sc.endLineno(), sc.endColOffset());
        return "new Super(" + load(cls, ctx).obj() + ", " + ctx.self + ")";
    }

    private static String join(String first, String second, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        if (second != null) {
            all.add(second);
        }
        all.addAll(rest);
        return String.join(", ", all);
    }

    /**
     * The keyword names of a call, as a constant of the module shared by every call naming the same keywords: no
     * callee writes into the names it is given.
     */
    private String kwNames(Args args) {
        StringBuilder field = new StringBuilder("KW");
        List<String> q = new ArrayList<>();
        for (String k : args.kwnames()) {
            field.append('$').append(Names.java(k));
            q.add(Names.literal(k));
        }
        String values = " = {" + String.join(", ", q) + "};";
        String f = field.toString();
        for (int k = 2; sites.containsKey(f) && !sites.get(f).equals("static final String[] " + f + values); k++) {
            f = field + "$" + k;
        }
        sites.put(f, "static final String[] " + f + values);
        return f;
    }

    private record Args(List<String> values, List<String> kwnames) {
        String array() {
            return "new Object[] {" + String.join(", ", values) + "}";
        }
    }

    /** Built-ins that consume a whole iterable and observe nothing but its items. */
    private static final Set<String> CONSUMERS = Set.of("sum", "list", "tuple", "set", "frozenset", "sorted", "min",
            "max");

    private Args args(Expr.Call c, Ctx ctx) {
        List<String> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (c.func() instanceof Expr.Name n && CONSUMERS.contains(n.id()) && isBuiltinName(n.id(), ctx)
                && c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            // consumed whole at once: building the items eagerly is indistinguishable and avoids a generator
            values.add(comprehension(g, g.generators(), "list", List.of(g.elt()), ctx).obj());
            return new Args(values, names);
        }
        for (Expr a : c.args()) {
            values.add(varargSafe(expr(a, ctx).obj()));
        }
        for (Keyword k : c.keywords()) {
            values.add(expr(k.value(), ctx).obj());
            names.add(k.arg());
        }
        return new Args(values, names);
    }

    /** A cast to Object; a negative literal is parenthesized, since (Object) -1L would parse as a subtraction. */
    private static String asObject(String code) {
        return "(Object) " + (code.startsWith("-") ? "(" + code + ")" : code);
    }

    private static String varargSafe(String code) {
        return code.equals("null") ? "(Object) null" : code;
    }

    private String unpackedCall(String f, Expr.Call c, Ctx ctx) {
        List<String> pos = new ArrayList<>();
        for (Expr a : c.args()) {
            pos.add(a instanceof Expr.Starred s ? "Rt.star(" + expr(s.value(), ctx).obj() + ")"
                    : expr(a, ctx).obj());
        }
        List<String> kw = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                kw.add("Rt.star(" + expr(k.value(), ctx).obj() + ")");
            } else {
                kw.add(Names.literal(k.arg()));
                kw.add(expr(k.value(), ctx).obj());
            }
        }
        return "Rt.callUnpacked(" + f + ", Rt.listOf(" + String.join(", ", pos) + "), Rt.dictOf("
                + String.join(", ", kw) + "))";
    }

    /** Binds a call to a module-level function at translation time; null when it must be bound at run time. */
    private J bindDirect(Stmt.FunctionDef f, Expr.Call c, Ctx ctx) {
        Arguments a = f.args();
        List<Arg> positional = new ArrayList<>(a.posonlyargs());
        positional.addAll(a.args());
        int np = positional.size();
        String[] slots = new String[np];
        List<String> extra = new ArrayList<>();
        if (c.args().size() > np && a.vararg() == null) {
            return null;
        }
        TypeInference.Sig sig = inference.signature(f.name());
        String name = Names.java(f.name());
        if (sig != null && c.keywords().isEmpty()) {
            List<J> js = new ArrayList<>();
            List<Character> types = new ArrayList<>();
            for (Expr x : c.args()) {
                J j = expr(x, ctx);
                js.add(j);
                types.add(j.type());
            }
            if (TypeInference.matches(sig, f, types)) {
                List<String> out = new ArrayList<>();
                List<String> boxed = new ArrayList<>();
                int firstDefault = np - a.defaults().size();
                for (int i = 0; i < np; i++) {
                    J v = i < js.size() ? js.get(i) : constant((Expr.Constant) a.defaults().get(i - firstDefault));
                    out.add(sig.params().get(i) == 'O' ? v.obj() : v.code());
                    boxed.add(varargSafe(v.obj()));
                }
                String target = ctx.visible(name) ? className + "." + name : name;
                String call = target + "(" + String.join(", ", out) + ")";
                if (sig.returns() == 'V') {
                    // a call of a void method is a statement; where its value (None) is used, the twin returns it
                    String twin = ctx.visible(name + "$dyn") ? className + "." + name + "$dyn" : name + "$dyn";
                    return new J(call, 'V', twin + "(" + String.join(", ", boxed) + ")");
                }
                if (sig.returns() == 'L' && inference.isPure(f.name())) {
                    // where the int goes to a dynamic place, the twin computes it past 64 bits too
                    String twin = ctx.visible(name + "$dyn") ? className + "." + name + "$dyn" : name + "$dyn";
                    return new J(call, 'L', twin + "(" + String.join(", ", boxed) + ")");
                }
                return new J(call, sig.returns());
            }
            for (int i = 0; i < js.size(); i++) {
                slots[i] = varargSafe(js.get(i).obj());
            }
        }
        for (int i = 0; i < c.args().size(); i++) {
            if (sig != null && c.keywords().isEmpty()) {
                break;
            }
            String v = expr(c.args().get(i), ctx).obj();
            if (i < np) {
                slots[i] = v;
            } else {
                extra.add(v);
            }
        }
        String[] kwSlots = new String[a.kwonlyargs().size()];
        List<String> extraKw = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            int idx = -1;
            for (int i = a.posonlyargs().size(); i < np; i++) {
                if (positional.get(i).arg().equals(k.arg())) {
                    idx = i;
                }
            }
            String v = expr(k.value(), ctx).obj();
            if (idx >= 0) {
                if (slots[idx] != null) {
                    return null;
                }
                slots[idx] = v;
                continue;
            }
            for (int i = 0; i < kwSlots.length; i++) {
                if (a.kwonlyargs().get(i).arg().equals(k.arg())) {
                    idx = i;
                }
            }
            if (idx >= 0) {
                kwSlots[idx] = v;
            } else if (a.kwarg() != null) {
                extraKw.add(Names.literal(k.arg()));
                extraKw.add(v);
            } else {
                return null;
            }
        }
        int firstDefault = np - a.defaults().size();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < np; i++) {
            if (slots[i] == null) {
                if (i < firstDefault) {
                    return null;
                }
                Expr d = a.defaults().get(i - firstDefault);
                slots[i] = d instanceof Expr.Constant k && !(k.value() instanceof ConstantValue.BytesValue)
                        ? constant(k).obj() : name + "$defaults[" + (i - firstDefault) + "]";
            }
            out.add(slots[i]);
        }
        if (a.vararg() != null) {
            out.add(extra.isEmpty() ? "PyTuple.of()" : "PyTuple.of(" + String.join(", ", extra) + ")");
        }
        for (int i = 0; i < kwSlots.length; i++) {
            if (kwSlots[i] == null) {
                Expr d = a.kwDefaults().get(i);
                if (d == null) {
                    return null;
                }
                kwSlots[i] = d instanceof Expr.Constant k && !(k.value() instanceof ConstantValue.BytesValue)
                        ? constant(k).obj() : name + "$kwdefaults[" + i + "]";
            }
            out.add(kwSlots[i]);
        }
        if (a.kwarg() != null) {
            out.add("PyDict.of(" + String.join(", ", extraKw) + ")");
        }
        String dynamic = sig != null ? name + "$dyn" : name;
        String target = ctx.visible(dynamic) ? className + "." + dynamic : dynamic;
        return new J(target + "(" + String.join(", ", out) + ")", 'O');
    }

    /**
     * {@code dir()} or {@code globals()} without arguments: the module's globals bound where the call runs, read
     * from their fields. {@code globals()} returns the module's {@code ModuleGlobals}, whose writes assign the
     * fields. Both leave out the module's own attributes ({@code __name__}, {@code __doc__}...). {@code dir()} in
     * a function lists the function's bound locals instead.
     */
    private J scopeNames(String py, Expr.Call c, Ctx ctx) {
        if (py.equals("dir") && ctx.ns == null && ctx.scope.kind == Scope.Kind.FUNCTION) {
            return localNames(c, ctx);
        }
        if (py.equals("dir") && (ctx.scope != module || ctx.ns != null)) {
            unsupported(c, "dir() inside a class body, lambda or comprehension");
            return NONE;
        }
        if (py.equals("globals")) {
            return new J(GLOBALS + ".sync()", 'O');
        }
        if (globalsUse.called) {
            // names bound only through globals() are globals too
            return new J(GLOBALS + ".names()", 'O');
        }
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String g : moduleFields) {
            names.add(Names.literal(g));
            values.add(globalRef(g, ctx));
        }
        return new J("Rt.boundNames(new String[] {" + String.join(", ", names) + "}, new Object[] {"
                + String.join(", ", values) + "})", 'O');
    }

    /**
     * {@code dir()} in a function: its parameters, locals and free variables bound where the call runs, sorted.
     * Such a function's locals and cells are untyped and carry the unbound marker ({@link DirCall}); only its
     * parameters may be typed, and they are always bound.
     */
    private J localNames(Expr.Call c, Ctx ctx) {
        Scope fs = ctx.scope;
        Set<String> candidates = new TreeSet<>(fs.params);
        candidates.addAll(fs.assigned);
        candidates.addAll(fs.used);
        candidates.addAll(fs.nonlocals);
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String py : candidates) {
            Scope.Binding b = fs.resolve(py);
            String value;
            if (b == Scope.Binding.LOCAL && !fs.params.contains(py)
                    && (ctx.types.containsKey(py) || ctx.confined.contains(py))) {
                throw new IllegalStateException("typed local '" + py + "' in a function that calls dir()");
            } else if (b == Scope.Binding.LOCAL) {
                value = ctx.javaName(fs, py);
            } else if (b == Scope.Binding.CELL) {
                value = ctx.javaName(fs, py) + ".v";
            } else if (b == Scope.Binding.FREE) {
                value = ctx.javaName(fs.owner(py), py) + ".v";
            } else {
                continue;
            }
            names.add(Names.literal(py));
            values.add(value);
        }
        return new J("Rt.boundNames(new String[] {" + String.join(", ", names) + "}, new Object[] {"
                + String.join(", ", values) + "})", 'O');
    }

    /** Calls of built-in functions with a direct translation; null to fall back to a dynamic call. */
    private J builtinCall(String py, Expr.Call c, boolean star, Ctx ctx) {
        if (py.equals("super") && c.args().isEmpty()) {
            return new J(superObject(c, ctx), 'O');
        }
        if ((py.equals("dir") || py.equals("globals")) && c.args().isEmpty() && c.keywords().isEmpty()) {
            return scopeNames(py, c, ctx);
        }
        if (UNSUPPORTED_BUILTINS.contains(py) && !py.equals("super") && !py.equals("object")) {
            unsupported(c, "built-in '" + py + "'");
            return NONE;
        }
        if (star) {
            return null;
        }
        int n = c.args().size();
        boolean noKw = c.keywords().isEmpty();
        if (py.equals("sum") && n == 1 && noKw && c.args().get(0) instanceof Expr.Subscript s
                && s.slice() instanceof Expr.Slice sl && sl.step() == null) {
            // sum(xs[a:b]): a plain list's ints and floats are added where they are (SliceWalk)
            return new J("SliceWalk.sum(" + expr(s.value(), ctx).obj() + ", "
                    + (sl.lower() == null ? "null" : expr(sl.lower(), ctx).obj()) + ", "
                    + (sl.upper() == null ? "null" : expr(sl.upper(), ctx).obj()) + ")", 'O');
        }
        if (py.equals("sum") && n == 1 && noKw && intItems(c.args().get(0), ctx)) {
            // sum(i * i for i in ...): the items are ints, added in a long while the sum fits
            Expr g = c.args().get(0);
            List<Comprehension> gens = g instanceof Expr.GeneratorExp ge ? ge.generators()
                    : ((Expr.ListComp) g).generators();
            Expr elt = g instanceof Expr.GeneratorExp ge ? ge.elt() : ((Expr.ListComp) g).elt();
            return comprehension(g, gens, "sum", List.of(elt), ctx);
        }
        if (n == 1 && c.args().get(0) instanceof Expr.Name ch && ctx.codePoints.containsKey(ch.id())
                && StrLoops.ordOf(c, ch.id())) {
            return new J("((long) " + ctx.codePoints.get(ch.id()) + ")", 'L');
        }
        Args args;
        if (noKw && TYPED_BUILTINS.contains(py) && c.args().stream().noneMatch(x -> x instanceof Expr.GeneratorExp)) {
            List<J> js = new ArrayList<>();
            List<Character> types = new ArrayList<>();
            for (Expr x : c.args()) {
                J j = expr(x, ctx);
                js.add(j);
                types.add(j.type());
            }
            J typed = typedBuiltin(py, js, TypeInference.builtinType(py, types));
            if (typed != null) {
                return typed;
            }
            List<String> values = new ArrayList<>();
            js.forEach(j -> values.add(varargSafe(j.obj())));
            args = new Args(values, List.of());
        } else {
            args = args(c, ctx);
        }
        switch (py) {
            case "print":
                if (noKw) {
                    return new J("Builtins.print(" + String.join(", ", args.values) + ")", 'O');
                }
                break;
            case "len":
                if (noKw && n == 1) {
                    return new J("Rt.len(" + args.values.get(0) + ")", 'L');
                }
                break;
            case "sum":
                if (noKw && n == 1) {
                    // a list of unboxed ints or floats is added where it is
                    return new J("Builtins.sum(Rt.iterable(" + args.values.get(0) + "), 0L, Rt::add)", 'O');
                }
                break;
            case "bool":
                if (noKw && n <= 1) {
                    return new J(n == 0 ? "false" : "Rt.truthy(" + args.values.get(0) + ")", 'B');
                }
                break;
            case "isinstance":
                if (noKw && n == 2) {
                    return new J("Rt.isinstance(" + args.values.get(0) + ", " + args.values.get(1) + ")", 'B');
                }
                break;
            case "repr":
                if (noKw && n == 1) {
                    return new J("Py.repr(" + args.values.get(0) + ")", 'S');
                }
                break;
            case "str":
                if (noKw && n == 1) {
                    return new J("Py.str(" + args.values.get(0) + ")", 'S');
                }
                break;
            case "range":
                if (noKw && n >= 1 && n <= 3) {
                    return new J("Rt.range(" + String.join(", ", args.values) + ")", 'O');
                }
                break;
            case "abs":
                if (noKw && n == 1) {
                    return new J("Rt.abs(" + args.values.get(0) + ")", 'O');
                }
                break;
            default:
                break;
        }
        if (Builtin.NAMES.contains(py)) {
            return new J("Builtin.call(" + Names.literal(py) + ", " + args.array() + ", " + kwNames(args) + ")", 'O');
        }
        return null;
    }

    /** Built-ins with a typed translation for typed arguments. */
    private static final Set<String> TYPED_BUILTINS = Set.of("abs", "float", "int", "min", "max", "str", "repr",
            "ord");

    /** A built-in call on typed arguments as typed Java, or null when {@code type} is not a typed result. */
    private static J typedBuiltin(String py, List<J> js, char type) {
        if (type == 'O') {
            return null;
        }
        J a = js.get(0);
        return switch (py) {
            case "abs" -> type == 'L' ? new J(a.type() == 'B' ? asLong(a) : "Ints.abs(" + a.code() + ")", 'L',
                    "Rt.abs(" + a.obj() + ")")
                    : new J("Math.abs(" + a.code() + ")", 'D');
            case "float" -> new J(asDouble(a), 'D');
            case "int" -> new J(asLong(a), 'L');
            case "min", "max" -> new J((type == 'L' ? "Math." : "Floats.") + py + "(" + a.code() + ", "
                    + js.get(1).code() + ")", type);
            case "ord" -> new J("Strs.ord(" + a.obj() + ")", 'L');
            case "str", "repr" -> switch (a.type()) {
                case 'L' -> new J("Long.toString(" + a.code() + ")", 'S');
                case 'D' -> new J("Floats.repr(" + a.code() + ")", 'S');
                case 'S' -> py.equals("str") ? a : new J("Py.repr(" + a.code() + ")", 'S');
                default -> new J("Py." + py + "(" + a.obj() + ")", 'S');
            };
            default -> null;
        };
    }

    /** Shorthand for the names of pylib's built-in functions. */
    private static final class Builtin {
        static final Set<String> NAMES = io.portalis.pylib.dyn.Builtin.NAMES;
    }
}
