package io.portalis.translator;

import io.portalis.python.ast.Alias;
import io.portalis.python.ast.Arg;
import io.portalis.python.ast.Arguments;
import io.portalis.python.ast.CmpOperator;
import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.ExceptHandler;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.MatchCase;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Node;
import io.portalis.python.ast.Operator;
import io.portalis.python.ast.Stmt;
import io.portalis.python.ast.UnaryOperator;
import io.portalis.python.ast.WithItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Static types for the translator: which function locals hold a Python int that fits in 64 bits ({@code L}, a Java
 * {@code long}), a float ({@code D}), a bool ({@code B}) or a str ({@code S}) at every point of the function, and
 * which module-level functions get a typed Java method ({@link Sig}). Everything else is {@code O}, a dynamic value.
 *
 * <p>A local is typed only if every assignment to it has the same type, it is a plain local (not global or
 * nonlocal, never deleted, never bound by except, with, match, import, def, class, unpacking or a walrus), and it is
 * definitely assigned before every read, so typed code never needs Python's unbound-local check. A local that inner
 * scopes read (a cell) may be typed too when no inner scope assigns it: the definite-assignment check counts the
 * creation of an inner scope as a read of every name it mentions, so an inner scope only ever finds a value of the
 * local's type in the cell. An int local whose
 * value grows through itself by {@code *}, {@code **} or {@code <<} (a factorial, a power), or by adding anything but
 * a literal step or a call's result (a sum, a doubling), stays dynamic, so it becomes a big int as in Python rather
 * than overflowing 64 bits (speculated where it can be, see {@link #overflowFallsBack(Operator, Expr)}).
 *
 * <p>Expression types follow Python's rules: int op int is int for {@code + - * // %} (and {@code **} with a
 * non-negative literal exponent), {@code /} gives a float, an int or bool mixed with a float gives a float, bool
 * is an int in arithmetic, comparisons and {@code not} give a bool. The emitter types the code it writes with the
 * same rules ({@link #binOp}, {@link #unaryOp}), so a typed local always receives a value of its own type.
 */
final class TypeInference {
    /** The type of an expression not known yet while the fixpoint runs. */
    static final char UNKNOWN = '?';

    /** Python annotations the typed path understands, and their static types. */
    private static final Map<String, Character> ANNOTATIONS = Map.of("int", 'L', "float", 'D', "bool", 'B', "str", 'S');

    /** The functions of {@code math} with a typed translation: float arguments, a float result. */
    static final Set<String> MATH_FUNCTIONS = Set.of("sqrt", "exp", "sin", "cos", "tan", "asin", "acos", "atan",
            "sinh", "cosh", "tanh", "atan2", "erf", "erfc", "exp2", "gamma", "lgamma", "asinh", "acosh", "atanh",
            "ulp", "nextafter");

    /**
     * How many arguments a typed {@code math} function takes.
     *
     * @param name one of {@link #MATH_FUNCTIONS}
     * @return 2 for {@code atan2} and {@code nextafter}, else 1
     */
    static int mathArity(String name) {
        return name.equals("atan2") || name.equals("nextafter") ? 2 : 1;
    }

    /** The constants of {@code math}, all floats. */
    static final Set<String> MATH_CONSTANTS = Set.of("pi", "e", "tau", "inf", "nan");

    /** The names of {@code math} whose replacement by the program turns the typed path off. */
    private static final Set<String> MATH_PATCHABLE = java.util.stream.Stream.concat(MATH_FUNCTIONS.stream(),
            MATH_CONSTANTS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The typed signature of a module-level function.
     *
     * @param params each parameter's static type, in order
     * @param returns the static type of every value it returns, {@code V} when it only ever returns None
     */
    record Sig(List<Character> params, char returns) {
        /** Whether a typed method is worth having: some parameter or the result is typed. */
        boolean typed() {
            return returns != 'O' && returns != 'V' || params.stream().anyMatch(p -> p != 'O');
        }
    }

    private final Map<Node, Scope> scopes;
    private final Set<String> moduleFields;
    private final Map<String, Stmt.FunctionDef> direct;
    private final NestedFunctions nested;
    private final boolean mathIsStdlib;
    private final Map<String, Sig> signatures = new LinkedHashMap<>();
    /** The signatures of the direct nested functions (see {@link NestedFunctions}), typed or not. */
    private final Map<Stmt.FunctionDef, Sig> nestedSignatures = new java.util.IdentityHashMap<>();
    /** The frozen free variables of each direct nested function (see {@link #frozen}). */
    private final Map<Stmt.FunctionDef, Map<String, Character>> frozen = new java.util.IdentityHashMap<>();
    /** Whether {@code <<} of ints counts as an int whatever its count, for guesses checked at run time. */
    private boolean looseShifts;
    private final Map<String, Map<Node, Map<String, Character>>> cache = new HashMap<>();
    /** Argument types seen at direct call sites while the signatures are being computed, or null afterwards. */
    private Map<String, List<Character>> callSites;
    /** The hints of the function being typed speculatively ({@link #speculation}), or null when typing exactly. */
    private Map<String, Hint> activeHints;
    /** The module functions that compute on their typed arguments only, with no effect but their result. */
    private final Set<String> pure = new HashSet<>();
    /** Attributes hinted to hold numbers of one type (see {@link #inferAttributeHints}). */
    private final Map<String, Character> attributeHints = new HashMap<>();
    /** Whether the program may define a comparison method, whose result need not be a bool. */
    private final boolean comparisonMethods;
    /** Which powers of floats are floats whatever the values. */
    final RealPowers realPowers = new RealPowers(this::isBuiltin);
    /** The types of the module's constants while attribute hints are inferred, else null. */
    private Map<String, Character> activeGlobals;

    /**
     * Infers the types of a module.
     *
     * @param m the module
     * @param scopes the scopes {@link ScopeBuilder} found
     * @param moduleFields the module's global variables
     * @param direct the module-level functions called directly (bound once, never reassigned)
     * @param nested the nested functions called directly
     */
    TypeInference(Mod.Module m, Map<Node, Scope> scopes, Set<String> moduleFields,
            Map<String, Stmt.FunctionDef> direct, NestedFunctions nested) {
        this.scopes = scopes;
        this.moduleFields = moduleFields;
        this.direct = direct;
        this.nested = nested;
        this.mathIsStdlib = mathIsStdlib(m);
        this.comparisonMethods = ComparisonMethods.found(m);
        inferFrozen();
        inferSignatures(m);
        inferPurity();
        inferAttributeHints(m);
    }

    /** Whether {@code math} is the standard module: bound once, by an {@code import math} among the leading imports. */
    private boolean mathIsStdlib(Mod.Module m) {
        boolean imported = false;
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.Import i) {
                for (Alias a : i.names()) {
                    imported |= a.name().equals("math") && a.asname() == null;
                }
            } else if (!(s instanceof Stmt.ImportFrom) && !(s instanceof Stmt.ExprStmt e
                    && e.value() instanceof Expr.Constant)) {
                break;
            }
        }
        if (!imported || MathPatches.found(m, MATH_PATCHABLE)) {
            return false;
        }
        return scopes.get(m).boundOnce("math");
    }

    // =================================================================== signatures

    /**
     * The typed signature of a module-level function, or null when it has none (a dynamic function only).
     *
     * @param name the function's Python name
     * @return its signature
     */
    Sig signature(String name) {
        Sig s = signatures.get(name);
        return s != null && s.typed() ? s : null;
    }

    /**
     * The typed signature of a direct nested function (see {@link NestedFunctions}), or null when it has none. Its
     * parameters are typed from their annotations only; a function returning only None returns {@code O}.
     *
     * @param f the function's definition
     * @return its signature
     */
    Sig signature(Stmt.FunctionDef f) {
        Sig s = nestedSignatures.get(f);
        return s != null && (s.typed() || !frozen(f).isEmpty()) ? s : null;
    }

    /**
     * The frozen free variables of a direct nested function, in a fixed order, and the type each one usually has.
     *
     * <p>A free variable is frozen when it keeps one value for as long as the nested function exists: it is a
     * parameter of the enclosing function that nothing rebinds, or a local the enclosing function assigns once, by a
     * plain assignment among its own statements before the {@code def}, with nothing else binding it and no inner
     * scope declaring it nonlocal. Its type is a guess (the parameter's annotation, or the type of the assigned value
     * when hinted values have their hinted types), so the function's typed method receives the value as a
     * parameter, from the dynamic entry once it has checked its class, or from the typed method itself when it
     * recurses.
     *
     * @param f the function's definition
     * @return the frozen variables and their types (L, D, B or S)
     */
    Map<String, Character> frozen(Stmt.FunctionDef f) {
        return frozen.getOrDefault(f, Map.of());
    }

    private void inferFrozen() {
        for (NestedFunctions.Nested n : nested.all()) {
            Stmt.FunctionDef d = n.def();
            Scope ds = scopes.get(d);
            Scope o = n.owner();
            if (!(o.node instanceof Stmt.FunctionDef of)) {
                continue;
            }
            int index = 0;
            while (of.body().get(index) != d) {
                index++;
            }
            Map<String, Character> out = new java.util.TreeMap<>();
            for (String name : ds.used) {
                if (ds.resolve(name) != Scope.Binding.FREE || ds.owner(name) != o || o.globals.contains(name)
                        || o.nonlocals.contains(name) || assignedInside(o, name)) {
                    continue;
                }
                char t = frozenType(of, o, name, index);
                if (t == 'L' || t == 'D' || t == 'B' || t == 'S') {
                    out.put(name, t);
                }
            }
            if (!out.isEmpty()) {
                frozen.put(d, out);
            }
        }
    }

    /** The guessed type of a free variable of {@code o} that keeps one value, {@code O} when it may change. */
    private char frozenType(Stmt.FunctionDef of, Scope o, String name, int before) {
        if (o.params.contains(name)) {
            if (o.defCount.getOrDefault(name, 0) != 0) {
                return 'O';
            }
            for (Arg a : ScopeBuilder.allArgs(of.args())) {
                if (a.arg().equals(name) && a.annotation() != null && of.args().vararg() != a
                        && of.args().kwarg() != a) {
                    return annotationType(a.annotation());
                }
            }
            return 'O';
        }
        if (!o.boundOnce(name)) {
            return 'O';
        }
        for (int i = 0; i < before; i++) {
            Expr value = null;
            if (of.body().get(i) instanceof Stmt.Assign a && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name t && t.id().equals(name)) {
                value = a.value();
            } else if (of.body().get(i) instanceof Stmt.AnnAssign a && a.value() != null
                    && a.target() instanceof Expr.Name t && t.id().equals(name)) {
                value = a.value();
            }
            if (value != null) {
                // a guess: the loose types of the locals, the annotations of the parameters
                Map<String, Character> env = new HashMap<>(looseLocals(of.body(), o));
                for (Arg a : positional(of.args())) {
                    if (a.annotation() != null) {
                        env.putIfAbsent(a.arg(), annotationType(a.annotation()));
                    }
                }
                activeHints = hints(of);
                looseShifts = true;
                try {
                    return type(value, o, env);
                } finally {
                    activeHints = null;
                    looseShifts = false;
                }
            }
        }
        return 'O';
    }

    /** Adds a nested function's frozen variables to the types of its parameters. */
    private Map<String, Character> withFrozen(Stmt.FunctionDef f, Map<String, Character> params) {
        Map<String, Character> fr = frozen(f);
        if (fr.isEmpty()) {
            return params;
        }
        Map<String, Character> all = new HashMap<>(params);
        all.putAll(fr);
        return all;
    }

    /**
     * The types a nested function's typed method gives its parameters and frozen variables.
     *
     * @param f the function's definition
     * @param sig its signature
     * @return the types by name
     */
    Map<String, Character> typedNames(Stmt.FunctionDef f, Sig sig) {
        return withFrozen(f, paramMap(positional(f.args()), sig.params()));
    }

    /**
     * The typed signature of a method of a class (its parameters typed from their annotations, its result dynamic),
     * or null when no parameter is typed. Methods are called through their class's method sites, which reach the
     * guarded dynamic twin.
     *
     * @param f the method's definition
     * @return its signature
     */
    Sig methodSignature(Stmt.FunctionDef f) {
        Scope fs = scopes.get(f);
        if (fs.generator || !plainParameters(f)) {
            return null;
        }
        List<Arg> params = positional(f.args());
        List<Character> ps = new ArrayList<>(annotatedParams(f));
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, Character> locals = locals(f, fs, f.body(), paramMap(params, ps));
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i) != 'O' && locals.getOrDefault(params.get(i).arg(), 'O') != ps.get(i)) {
                    ps.set(i, 'O');
                    changed = true;
                }
            }
        }
        Sig sig = new Sig(ps, 'O');
        return sig.typed() ? sig : null;
    }

    /** The parameter types a nested function's annotations promise ({@code O} for a cell or anything else). */
    private List<Character> annotatedParams(Stmt.FunctionDef f) {
        Scope fs = scopes.get(f);
        List<Character> ps = new ArrayList<>();
        for (Arg p : positional(f.args())) {
            ps.add(fs.cells.contains(p.arg()) || p.annotation() == null ? 'O' : annotationType(p.annotation()));
        }
        return ps;
    }

    /** The next guess at a nested function's signature: its typed parameters that stay typed, its returns. */
    private Sig nextNested(Stmt.FunctionDef f, Sig cur, Map<Object, Character> returns) {
        List<Arg> params = positional(f.args());
        List<Character> ps = new ArrayList<>(cur.params());
        Map<String, Character> locals = locals(f, scopes.get(f), f.body(), withFrozen(f, paramMap(params, ps)));
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i) != 'O' && locals.getOrDefault(params.get(i).arg(), 'O') != ps.get(i)) {
                ps.set(i, 'O');
            }
        }
        return new Sig(ps, returns.getOrDefault(f, UNKNOWN));
    }

    private static boolean plainParameters(Stmt.FunctionDef f) {
        Arguments a = f.args();
        return a.vararg() == null && a.kwarg() == null && a.kwonlyargs().isEmpty();
    }

    /** Parameter types from annotations and call sites, return types from returns: a fixpoint over the module. */
    private void inferSignatures(Mod.Module m) {
        Map<String, Sig> current = new LinkedHashMap<>();
        for (Stmt.FunctionDef f : direct.values()) {
            Scope fs = scopes.get(f);
            if (!fs.generator && plainParameters(f)) {
                List<Character> ps = new ArrayList<>();
                for (Arg a : positional(f.args())) {
                    ps.add(UNKNOWN);
                }
                current.put(f.name(), new Sig(ps, UNKNOWN));
            }
        }
        for (NestedFunctions.Nested n : nested.all()) {
            nestedSignatures.put(n.def(), new Sig(annotatedParams(n.def()), UNKNOWN));
        }
        for (int round = 0; round < 12; round++) {
            Map<Object, Character> returns = rescan(m, current);
            boolean nestedChanged = false;
            for (Map.Entry<Stmt.FunctionDef, Sig> e : nestedSignatures.entrySet()) {
                Sig next = nextNested(e.getKey(), e.getValue(), returns);
                nestedChanged |= !next.equals(e.getValue());
                e.setValue(next);
            }
            Map<String, Sig> next = new LinkedHashMap<>();
            for (Map.Entry<String, Sig> e : current.entrySet()) {
                Stmt.FunctionDef f = direct.get(e.getKey());
                Scope fs = scopes.get(f);
                List<Arg> params = positional(f.args());
                List<Character> seen = callSites.get(e.getKey());
                List<Character> ps = new ArrayList<>();
                for (int i = 0; i < params.size(); i++) {
                    Arg p = params.get(i);
                    char t;
                    if (fs.cells.contains(p.arg())) {
                        t = 'O';
                    } else if (p.annotation() != null) {
                        t = annotationType(p.annotation());
                    } else {
                        t = seen == null ? 'O' : seen.get(i);
                    }
                    ps.add(t);
                }
                // a parameter later assigned another type cannot be typed
                Map<String, Character> locals = locals(f, fs, f.body(), paramMap(params, ps));
                for (int i = 0; i < params.size(); i++) {
                    if (locals.getOrDefault(params.get(i).arg(), 'O') != ps.get(i)) {
                        ps.set(i, 'O');
                    }
                }
                char r = returns.getOrDefault(e.getKey(), UNKNOWN);
                next.put(e.getKey(), new Sig(ps, r));
            }
            if (next.equals(current) && !nestedChanged) {
                break;
            }
            current = next;
            if (round == 11) {
                current.replaceAll((k, v) -> new Sig(v.params().stream().map(x -> 'O').toList(), 'O'));
                nestedSignatures.replaceAll((k, v) -> new Sig(v.params().stream().map(x -> 'O').toList(), 'O'));
            }
        }
        nestedSignatures.replaceAll((k, v) -> new Sig(v.params(),
                v.returns() == UNKNOWN || v.returns() == 'N' ? 'O' : v.returns()));
        for (Map.Entry<String, Sig> e : current.entrySet()) {
            List<Character> ps = new ArrayList<>();
            for (char c : e.getValue().params()) {
                ps.add(c == UNKNOWN ? 'O' : c);
            }
            char r = e.getValue().returns();
            e.setValue(new Sig(ps, r == UNKNOWN ? 'O' : r == 'N' ? 'V' : r));
        }
        settle(m, current);
        cache.clear();
        callSites = null;
    }

    /** Installs {@code current} as the signatures and rescans every call; returns each function's return type. */
    private Map<Object, Character> rescan(Mod.Module m, Map<String, Sig> current) {
        signatures.clear();
        signatures.putAll(current);
        cache.clear();
        callSites = new HashMap<>();
        Map<Object, Character> returns = new HashMap<>();
        scanCalls(m, returns);
        return returns;
    }

    /**
     * Makes the signatures agree with the bodies typed under them: a parameter whose local type differs, or a
     * result whose returns differ, becomes dynamic, until nothing changes (each round only removes types).
     */
    private void settle(Mod.Module m, Map<String, Sig> current) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<Object, Character> returns = rescan(m, current);
            for (Map.Entry<Stmt.FunctionDef, Sig> e : nestedSignatures.entrySet()) {
                Sig cur = e.getValue();
                Sig next = nextNested(e.getKey(), cur, returns);
                char r = cur.returns();
                if (r != 'O' && next.returns() != r) {
                    r = 'O';
                }
                next = new Sig(next.params(), r);
                changed |= !next.equals(cur);
                e.setValue(next);
            }
            for (Map.Entry<String, Sig> e : current.entrySet()) {
                Stmt.FunctionDef f = direct.get(e.getKey());
                List<Arg> params = positional(f.args());
                List<Character> ps = new ArrayList<>(e.getValue().params());
                Map<String, Character> locals = locals(f, scopes.get(f), f.body(), paramMap(params, ps));
                for (int i = 0; i < ps.size(); i++) {
                    if (ps.get(i) != 'O' && locals.getOrDefault(params.get(i).arg(), 'O') != ps.get(i)) {
                        ps.set(i, 'O');
                        changed = true;
                    }
                }
                char r = e.getValue().returns();
                if (r != 'O' && returns.getOrDefault(e.getKey(), UNKNOWN) != (r == 'V' ? 'N' : r)) {
                    r = 'O';
                    changed = true;
                }
                e.setValue(new Sig(ps, r));
            }
        }
        signatures.clear();
        signatures.putAll(current);
    }

    /** Whether control can reach the end of a block (conservatively true when unsure). */
    static boolean canFallOff(List<Stmt> body) {
        for (Stmt s : body) {
            if (!completes(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean completes(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> false;
            case Stmt.Raise r -> false;
            case Stmt.If i -> canFallOff(i.body()) || canFallOff(i.orelse());
            case Stmt.While w -> !(w.test() instanceof Expr.Constant c && c.value() instanceof ConstantValue.BoolValue b
                    && b.value()) || breaks(w.body());
            case Stmt.Try t -> ((canFallOff(t.body()) && canFallOff(t.orelse()))
                    || t.handlers().stream().anyMatch(h -> canFallOff(h.body()))) && canFallOff(t.finalbody());
            default -> true;
        };
    }

    /** Whether a loop body contains a break of that loop. */
    private static boolean breaks(Object node) {
        if (node instanceof Stmt.Break) {
            return true;
        }
        if (node instanceof Stmt.While || node instanceof Stmt.For || node instanceof Stmt.FunctionDef
                || node instanceof Stmt.ClassDef || node instanceof Expr) {
            return false;
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= breaks(x));
        return found[0];
    }

    private static List<Arg> positional(Arguments a) {
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        return all;
    }

    private static Map<String, Character> paramMap(List<Arg> params, List<Character> types) {
        Map<String, Character> m = new HashMap<>();
        for (int i = 0; i < params.size(); i++) {
            m.put(params.get(i).arg(), types.get(i));
        }
        return m;
    }

    /** The static type a parameter annotation promises, {@code O} for anything but int, float, bool and str. */
    private char annotationType(Expr annotation) {
        if (annotation instanceof Expr.Name n && ANNOTATIONS.containsKey(n.id()) && !moduleFields.contains(n.id())) {
            return ANNOTATIONS.get(n.id());
        }
        return 'O';
    }

    /** Visits every function body of the module, recording call-site argument types and return types. */
    private void scanCalls(Mod.Module m, Map<Object, Character> returns) {
        Scope module = scopes.get(m);
        Map<String, Character> none = Map.of();
        for (Stmt s : m.body()) {
            scanStmt(s, module, none, returns, null);
        }
    }

    private void scanStmt(Object node, Scope s, Map<String, Character> env, Map<Object, Character> returns,
            Object function) {
        if (node instanceof Stmt.FunctionDef f) {
            for (Expr d : f.decoratorList()) {
                scanExpr(d, s, env);
            }
            scanDefaults(f.args(), s, env);
            Scope fs = scopes.get(f);
            Map<String, Character> params = new HashMap<>();
            Object own = null;
            if (s.kind == Scope.Kind.MODULE && signatures.containsKey(f.name()) && direct.get(f.name()) == f) {
                List<Arg> ps = positional(f.args());
                params = paramMap(ps, signatures.get(f.name()).params());
                own = f.name();
            } else if (nestedSignatures.containsKey(f)) {
                params = withFrozen(f, paramMap(positional(f.args()), nestedSignatures.get(f).params()));
                own = f;
            }
            Map<String, Character> fenv = locals(f, fs, f.body(), params);
            if (own != null && canFallOff(f.body())) {
                returns.merge(own, 'N', TypeInference::join);
            }
            for (Stmt b : f.body()) {
                scanStmt(b, fs, fenv, returns, own);
            }
            return;
        }
        if (node instanceof Stmt.AsyncFunctionDef) {
            return;
        }
        if (node instanceof Stmt.ClassDef c) {
            c.bases().forEach(b -> scanExpr(b, s, env));
            Scope cs = scopes.get(c);
            for (Stmt b : c.body()) {
                scanStmt(b, cs, Map.of(), returns, null);
            }
            return;
        }
        if (node instanceof Stmt.Return r && function != null) {
            char t = r.value() == null ? 'N' : r.value() instanceof Expr.Constant k
                    && k.value() instanceof ConstantValue.NoneValue ? 'N' : type(r.value(), s, env);
            returns.merge(function, t, TypeInference::join);
        }
        if (node instanceof Expr e) {
            scanExpr(e, s, env);
            return;
        }
        Definite.walk(node, x -> scanStmt(x, s, env, returns, function));
    }

    private void scanDefaults(Arguments a, Scope s, Map<String, Character> env) {
        a.defaults().forEach(d -> scanExpr(d, s, env));
        a.kwDefaults().forEach(d -> {
            if (d != null) {
                scanExpr(d, s, env);
            }
        });
    }

    /** Types every call in an expression, so that direct calls record their argument types. */
    private void scanExpr(Expr e, Scope s, Map<String, Character> env) {
        if (e instanceof Expr.Lambda l) {
            scanDefaults(l.args(), s, env);
            scanExpr(l.body(), scopes.get(l), Map.of());
            return;
        }
        Scope inner = scopes.get(e);
        if (inner != null && inner.kind == Scope.Kind.COMPREHENSION) {
            Definite.walk(e, x -> {
                if (x instanceof Expr sub) {
                    scanExpr(sub, inner, Map.of());
                } else {
                    Definite.walk(x, y -> {
                        if (y instanceof Expr sub2) {
                            scanExpr(sub2, inner, Map.of());
                        }
                    });
                }
            });
            return;
        }
        if (e instanceof Expr.Call) {
            type(e, s, env);
        }
        Definite.walk(e, x -> {
            if (x instanceof Expr sub) {
                scanExpr(sub, s, env);
            } else if (x instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof Expr sub) {
                        scanExpr(sub, s, env);
                    } else if (o instanceof io.portalis.python.ast.Keyword k) {
                        scanExpr(k.value(), s, env);
                    }
                }
            }
        });
    }

    private static char join(char a, char b) {
        if (a == UNKNOWN) {
            return b;
        }
        if (b == UNKNOWN) {
            return a;
        }
        return a == b ? a : 'O';
    }

    // =================================================================== locals

    /**
     * The static types of a function's typed locals (parameters included); names not in the map are dynamic.
     *
     * @param node the function (cache key)
     * @param fs its scope
     * @param body its statements
     * @param params the types of its parameters ({@code O} if absent)
     * @return the typed locals and their types (never {@code O})
     */
    Map<String, Character> locals(Node node, Scope fs, List<Stmt> body, Map<String, Character> params) {
        String key = params.toString();
        Map<Node, Map<String, Character>> byParams = cache.computeIfAbsent(key, k -> new HashMap<>());
        Map<String, Character> known = byParams.get(node);
        if (known != null) {
            return known;
        }
        Map<String, Character> result = inferLocals(fs, body, params);
        byParams.put(node, result);
        return result;
    }

    private Map<String, Character> inferLocals(Scope fs, List<Stmt> body, Map<String, Character> params) {
        Set<String> candidates = new HashSet<>();
        for (String n : fs.assigned) {
            if (fs.isLocal(n) && (!fs.cells.contains(n) || !assignedInside(fs, n))) {
                candidates.add(n);
            }
        }
        // parameters are candidates only with a typed signature, below
        candidates.removeAll(fs.params);
        if (DirCall.in(body)) {
            // dir() lists the locals bound where it runs, which only untyped locals record
            candidates.clear();
        }
        Set<String> excluded = new HashSet<>();
        List<Assignment> assignments = new ArrayList<>();
        collect(body, fs, assignments, excluded);
        assignments = sumCycles(assignments);
        candidates.removeAll(excluded);
        // parameters typed by the signature join in as assignments on entry
        Map<String, Character> env = new HashMap<>();
        for (String p : fs.params) {
            char t = params.getOrDefault(p, 'O');
            if (t != 'O' && !excluded.contains(p) && !fs.cells.contains(p)) {
                candidates.add(p);
                env.put(p, t);
            }
        }
        Set<String> unsafe = new HashSet<>();
        Set<String> entry = new HashSet<>(fs.params);
        flow(body, entry, candidates, unsafe);
        candidates.removeAll(unsafe);
        for (String c : candidates) {
            env.putIfAbsent(c, UNKNOWN);
        }
        env.keySet().retainAll(candidates);
        params.forEach((k, v) -> {
            // the frozen free variables of a nested function's typed method
            if (v != 'O' && v != UNKNOWN && fs.resolve(k) == Scope.Binding.FREE) {
                env.put(k, v);
            }
        });
        boolean changed = true;
        for (int round = 0; changed && round < 50; round++) {
            changed = false;
            for (Assignment a : assignments) {
                if (!env.containsKey(a.name)) {
                    continue;
                }
                char t = assignedType(a, fs, env);
                if (t == UNKNOWN) {
                    continue;
                }
                char j = join(env.get(a.name), t);
                if (a.grows && j == 'L' && (activeHints == null || a.value == null
                        || !overflowFallsBack(a.op, a.value))) {
                    // a speculated int may grow: past 64 bits its statement runs the dynamic version
                    j = 'O';
                }
                if (j != env.get(a.name)) {
                    env.put(a.name, j);
                    changed = true;
                }
            }
        }
        Map<String, Character> out = new HashMap<>();
        env.forEach((k, v) -> {
            // a parameter whose type the signature fixpoint has not found yet stays unknown, not dynamic
            if (v != 'O' && (v != UNKNOWN || params.get(k) != null && params.get(k) == UNKNOWN)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * The locals of a function that may be read before they are assigned, by following its control flow: a name
     * assigned on every path before every read is safe. Names ever deleted are never safe.
     *
     * @param fs the function's scope
     * @param body its statements
     * @return the locals that may be read unbound
     */
    static Set<String> maybeUnbound(Scope fs, List<Stmt> body) {
        Set<String> locals = new HashSet<>();
        for (String n : fs.assigned) {
            if (fs.isLocal(n) && !fs.params.contains(n) && !fs.cells.contains(n)) {
                locals.add(n);
            }
        }
        Set<String> unsafe = new HashSet<>();
        flow(body, new HashSet<>(fs.params), locals, unsafe);
        Set<String> deleted = new HashSet<>();
        deletions(body, deleted);
        unsafe.addAll(deleted);
        unsafe.retainAll(locals);
        return unsafe;
    }

    private static void deletions(Object node, Set<String> out) {
        if (node instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                Definite.names(t, out);
            }
        }
        Definite.walk(node, x -> deletions(x, out));
    }

    /**
     * The typed int locals used only as the counter of {@code for x in range(...)} loops: mentioned nowhere else,
     * not assigned in the loop body, not read by the range's arguments or the loop's else. Each loop can declare
     * such a variable itself ({@code for (long i = 0; i < n; i++)}), since no code observes it after the loop.
     *
     * @param fs the function's scope
     * @param body its statements
     * @param types its typed locals
     * @return the loop-confined names
     */
    Set<String> loopConfined(Scope fs, List<Stmt> body, Map<String, Character> types) {
        Map<String, Integer> all = new HashMap<>();
        mentions(body, all);
        Map<String, Integer> inLoops = new HashMap<>();
        Set<String> bad = new HashSet<>();
        rangeLoops(body, fs, types, inLoops, bad);
        Set<String> confined = new HashSet<>();
        inLoops.forEach((name, n) -> {
            if (!bad.contains(name) && n.equals(all.get(name)) && !fs.params.contains(name)
                    && !fs.cells.contains(name)) {
                confined.add(name);
            }
        });
        return confined;
    }

    private void rangeLoops(Object node, Scope fs, Map<String, Character> types, Map<String, Integer> inLoops,
            Set<String> bad) {
        if (node instanceof Stmt.FunctionDef || node instanceof Stmt.ClassDef || node instanceof Expr) {
            return;
        }
        if (node instanceof Stmt.For f && f.target() instanceof Expr.Name t && types.get(t.id()) != null
                && types.get(t.id()) == 'L' && isRangeCall(f.iter(), fs)) {
            Map<String, Integer> here = new HashMap<>();
            mentions(f, here);
            inLoops.merge(t.id(), here.getOrDefault(t.id(), 0), Integer::sum);
            Map<String, Integer> outside = new HashMap<>();
            mentions(f.iter(), outside);
            mentions(f.orelse(), outside);
            if (outside.containsKey(t.id()) || binds(f.body(), t.id())) {
                bad.add(t.id());
            }
        }
        Definite.walk(node, x -> rangeLoops(x, fs, types, inLoops, bad));
    }

    private static void mentions(Object node, Map<String, Integer> out) {
        if (node instanceof Expr.Name n) {
            out.merge(n.id(), 1, Integer::sum);
        }
        Definite.walk(node, x -> mentions(x, out));
    }

    private static boolean binds(Object node, String name) {
        if (node instanceof Expr.Name n && n.id().equals(name) && n.ctx() != io.portalis.python.ast.ExprContext.LOAD) {
            return true;
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= binds(x, name));
        return found[0];
    }

    /** Whether a scope nested in {@code s} rebinds a name with {@code nonlocal} (or a walrus in a comprehension). */
    static boolean assignedInside(Scope s, String name) {
        for (Scope c : s.children) {
            if (c.nonlocals.contains(name) || assignedInside(c, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One assignment to a name: {@code x = value}, {@code x op= value} (op set), a range loop (range set) or a loop
     * over the items of {@code value} ({@code items} set, see {@link StrLoops}).
     */
    private record Assignment(String name, Expr value, Operator op, boolean range, boolean grows, boolean items) {
        Assignment(String name, Expr value, Operator op, boolean range, boolean grows) {
            this(name, value, op, range, grows, false);
        }
    }

    private char assignedType(Assignment a, Scope fs, Map<String, Character> env) {
        if (a.range) {
            return 'L';
        }
        if (a.items) {
            char t = StrLoops.itemType(a.value, e -> type(e, fs, env));
            return t == 'O' && activeHints != null ? ListEmission.hintedItems(a.value, activeHints) : t;
        }
        char v = type(a.value, fs, env);
        if (a.op == null) {
            return v;
        }
        char cur = env.get(a.name);
        if (cur == UNKNOWN || v == UNKNOWN) {
            return UNKNOWN;
        }
        return binOp(cur, a.op, v, a.value);
    }

    /** Collects the assignments of a function body and the names bound in ways the typed path does not support. */
    private void collect(Object node, Scope fs, List<Assignment> out, Set<String> excluded) {
        switch (node) {
            case Stmt.FunctionDef f -> {
                excluded.add(f.name());
                return;
            }
            case Stmt.AsyncFunctionDef f -> {
                excluded.add(f.name());
                return;
            }
            case Stmt.ClassDef c -> {
                excluded.add(c.name());
                return;
            }
            case Expr.Lambda l -> {
                return;
            }
            case Stmt.Assign a -> {
                for (Expr t : a.targets()) {
                    if (t instanceof Expr.Name n && a.targets().size() == 1) {
                        out.add(new Assignment(n.id(), a.value(), null, false, grows(a.value(), n.id())));
                    } else {
                        excludeTargets(t, excluded);
                    }
                }
            }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    if (a.value() != null) {
                        out.add(new Assignment(n.id(), a.value(), null, false, grows(a.value(), n.id())));
                    }
                }
            }
            case Stmt.AugAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    boolean g = a.op() == Operator.MULT || a.op() == Operator.POW || a.op() == Operator.L_SHIFT
                            || a.op() == Operator.ADD && accumulates(a.value())
                            || grows(a.value(), n.id());
                    out.add(new Assignment(n.id(), a.value(), a.op(), false, g));
                }
            }
            case Stmt.For f -> {
                if (f.target() instanceof Expr.Name n && isRangeCall(f.iter(), fs)) {
                    out.add(new Assignment(n.id(), null, null, true, false));
                } else if (f.target() instanceof Expr.Name n && StrLoops.candidate(f.iter())) {
                    out.add(new Assignment(n.id(), f.iter(), null, false, false, true));
                } else {
                    excludeTargets(f.target(), excluded);
                }
            }
            case Stmt.Delete d -> d.targets().forEach(t -> excludeTargets(t, excluded));
            case Stmt.Import i -> i.names().forEach(a -> excluded.add(
                    a.asname() != null ? a.asname() : a.name().split("\\.")[0]));
            case Stmt.ImportFrom i -> i.names().forEach(a -> excluded.add(a.asname() != null ? a.asname() : a.name()));
            case ExceptHandler h -> {
                if (h.name() != null) {
                    excluded.add(h.name());
                }
            }
            case WithItem w -> {
                if (w.optionalVars() != null) {
                    excludeTargets(w.optionalVars(), excluded);
                }
            }
            case MatchCase c -> patternCaptures(c.pattern(), excluded);
            case Expr.NamedExpr n -> excludeTargets(n.target(), excluded);
            default -> {
            }
        }
        if (node instanceof Node && scopes.containsKey((Node) node) && scopes.get((Node) node).kind
                == Scope.Kind.COMPREHENSION) {
            // a comprehension's own variables are its own; only walruses inside bind ours
            Definite.walk(node, x -> collectWalrus(x, excluded));
            return;
        }
        Definite.walk(node, x -> collect(x, fs, out, excluded));
    }

    private static void collectWalrus(Object node, Set<String> excluded) {
        if (node instanceof Expr.NamedExpr n && n.target() instanceof Expr.Name t) {
            excluded.add(t.id());
        }
        Definite.walk(node, x -> collectWalrus(x, excluded));
    }

    private static void patternCaptures(Object node, Set<String> excluded) {
        if (node instanceof io.portalis.python.ast.Pattern.MatchAs a && a.name() != null) {
            excluded.add(a.name());
        }
        if (node instanceof io.portalis.python.ast.Pattern.MatchStar a && a.name() != null) {
            excluded.add(a.name());
        }
        if (node instanceof io.portalis.python.ast.Pattern.MatchMapping m && m.rest() != null) {
            excluded.add(m.rest());
        }
        Definite.walk(node, x -> patternCaptures(x, excluded));
    }

    private static void excludeTargets(Expr t, Set<String> excluded) {
        switch (t) {
            case Expr.Name n -> excluded.add(n.id());
            case Expr.Tuple tu -> tu.elts().forEach(e -> excludeTargets(e, excluded));
            case Expr.List l -> l.elts().forEach(e -> excludeTargets(e, excluded));
            case Expr.Starred s -> excludeTargets(s.value(), excluded);
            default -> {
            }
        }
    }

    /**
     * Whether an int expression assigned to {@code name} multiplies, powers or shifts {@code name} itself, or adds to
     * it anything but a literal step ({@code total = total + v}, {@code x = x + x}): either may carry it past 64 bits
     * within a few iterations. A sum of calls ({@code total += f(i)}) stays typed, since its statement could not fall
     * back to its dynamic version without calling again, and so does a subtraction ({@code free -= bit}: in practice a
     * mask or a countdown shrinking), whose checked arithmetic still raises past 64 bits.
     */
    static boolean grows(Expr e, String name) {
        if (e instanceof Expr.BinOp b && (b.op() == Operator.ADD || b.op() == Operator.SUB)) {
            List<Expr> terms = new ArrayList<>();
            terms(b, terms);
            long own = terms.stream().filter(t -> t instanceof Expr.Name n && n.id().equals(name)).count();
            if (!contains(e, Expr.Call.class) && (own > 1 || own == 1 && terms.stream().anyMatch(
                    t -> !(t instanceof Expr.Name n && n.id().equals(name)) && !step(t)))) {
                return true;
            }
        }
        return switch (e) {
            case Expr.BinOp b when b.op() == Operator.MULT || b.op() == Operator.POW || b.op() == Operator.L_SHIFT ->
                mentions(b.left(), name) || mentions(b.right(), name);
            case Expr.BinOp b when b.op() == Operator.ADD || b.op() == Operator.SUB || b.op() == Operator.BIT_OR
                    || b.op() == Operator.BIT_XOR -> grows(b.left(), name) || grows(b.right(), name);
            case Expr.UnaryOp u -> grows(u.operand(), name);
            case Expr.IfExp i -> grows(i.body(), name) || grows(i.orelse(), name);
            default -> false;
        };
    }

    /**
     * The assignments with those that add two locals one of which is computed from the target marked as growing:
     * {@code c = a + b; a = b; b = c} (a Fibonacci number) passes 64 bits as fast as {@code x = x + x}.
     */
    private static List<Assignment> sumCycles(List<Assignment> assignments) {
        Map<String, Set<String>> reads = new HashMap<>();
        for (Assignment a : assignments) {
            if (a.value != null && !a.range && !a.items) {
                Definite.names(a.value, reads.computeIfAbsent(a.name, k -> new HashSet<>()));
            }
        }
        List<Assignment> out = new ArrayList<>(assignments.size());
        for (Assignment a : assignments) {
            List<Expr> terms = new ArrayList<>();
            if (!a.grows && a.op == null && a.value instanceof Expr.BinOp b && b.op() == Operator.ADD
                    && !contains(a.value, Expr.Call.class)) {
                terms(b, terms);
            }
            List<String> added = terms.stream().filter(t -> !step(t))
                    .map(t -> t instanceof Expr.Name n ? n.id() : null).toList();
            String target = a.name;
            boolean cycle = added.size() > 1 && added.stream().anyMatch(n -> n != null && reaches(n, target, reads));
            out.add(cycle ? new Assignment(a.name, a.value, a.op, a.range, true, a.items) : a);
        }
        return out;
    }

    /** Whether the value of local {@code from} is computed, through assignments, from local {@code to}. */
    private static boolean reaches(String from, String to, Map<String, Set<String>> reads) {
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (n.equals(to)) {
                return true;
            }
            if (seen.add(n)) {
                todo.addAll(reads.getOrDefault(n, Set.of()));
            }
        }
        return false;
    }

    /** Whether {@code x += value} grows {@code x} as {@link #grows} describes. */
    private static boolean accumulates(Expr value) {
        return !step(value) && !contains(value, Expr.Call.class);
    }

    /** The terms a sum adds ({@code a}, {@code c} of {@code a - b + c}), not those it subtracts. */
    private static void terms(Expr e, List<Expr> out) {
        if (e instanceof Expr.BinOp b && (b.op() == Operator.ADD || b.op() == Operator.SUB)) {
            terms(b.left(), out);
            if (b.op() == Operator.ADD) {
                terms(b.right(), out);
            }
        } else {
            out.add(e);
        }
    }

    /**
     * Whether a value added to an int is a literal step below 2**32 in size: a counter stepped so stays typed
     * (checked), since from a start below 2**62 it needs more than 2**30 steps to pass 64 bits.
     */
    private static boolean step(Expr e) {
        java.math.BigInteger k = foldInt(e);
        return k != null && k.bitLength() < 32;
    }

    /**
     * Whether a speculated int statement assigning this value falls back to its dynamic version when its checked
     * arithmetic overflows (it computes and calls nothing else), so that the dynamic version computes the big int.
     */
    static boolean overflowFallsBack(Expr value) {
        return overflowFallsBack(value, Set.of());
    }

    /** {@link #overflowFallsBack(Expr)} for {@code x op= value} ({@code op} null for {@code x = value}). */
    static boolean overflowFallsBack(Operator op, Expr value) {
        // an in-place operator is arithmetic of its own, which may overflow even on a plain name or item
        return op == null ? overflowFallsBack(value) : !contains(value, Expr.Call.class);
    }

    /**
     * {@link #overflowFallsBack(Expr)} for a typed version that reads the values in {@code whole} as peeked at: a
     * list item's index is then computed unchecked in the guard (a wrapped index is out of range), so its arithmetic
     * cannot overflow in the statement.
     */
    static boolean overflowFallsBack(Expr value, Set<Expr> whole) {
        return !contains(value, Expr.Call.class) && arithmetic(value, whole);
    }

    private static boolean arithmetic(Object node, Set<Expr> whole) {
        if (whole.contains(node)) {
            return false;
        }
        if (node instanceof Expr.BinOp || node instanceof Expr.UnaryOp) {
            return true;
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= arithmetic(x, whole));
        return found[0];
    }

    private static boolean contains(Object node, Class<?> kind) {
        if (kind.isInstance(node)) {
            return true;
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= contains(x, kind));
        return found[0];
    }

    private static boolean mentions(Expr e, String name) {
        Set<String> names = new HashSet<>();
        Definite.names(e, names);
        return names.contains(name);
    }

    /** Whether an expression is a call of the name {@code range} with 1 to 3 plain arguments. */
    boolean isRangeCall(Expr e, Scope s) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
                && isBuiltin("range", s) && c.keywords().isEmpty() && !c.args().isEmpty()
                && c.args().size() <= 3 && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)
                // a bound written past 64 bits makes values a 64-bit loop variable cannot hold
                && c.args().stream().noneMatch(x -> foldInt(x) != null && foldInt(x).bitLength() >= 64);
    }

    // =================================================================== definite assignment

    /**
     * Follows a block in execution order, recording in {@code unsafe} the candidates read where they may be
     * unassigned.
     *
     * @return the names surely assigned after the block, or null if it cannot complete normally
     */
    private static Set<String> flow(List<Stmt> body, Set<String> in, Set<String> candidates, Set<String> unsafe) {
        Set<String> cur = in;
        for (Stmt s : body) {
            if (cur == null) {
                // unreachable code: its reads cannot happen, but Java still compiles them
                cur = new HashSet<>(candidates);
            }
            cur = flowStmt(s, cur, candidates, unsafe);
        }
        return cur;
    }

    private static Set<String> flowStmt(Stmt st, Set<String> in, Set<String> candidates, Set<String> unsafe) {
        Set<String> cur = new HashSet<>(in);
        switch (st) {
            case Stmt.Assign a -> {
                reads(a.value(), cur, candidates, unsafe);
                for (Expr t : a.targets()) {
                    targetReads(t, cur, candidates, unsafe);
                    bind(t, cur);
                }
                return cur;
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    reads(a.value(), cur, candidates, unsafe);
                    targetReads(a.target(), cur, candidates, unsafe);
                    bind(a.target(), cur);
                }
                return cur;
            }
            case Stmt.AugAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    read(n.id(), cur, candidates, unsafe);
                } else {
                    targetReads(a.target(), cur, candidates, unsafe);
                }
                reads(a.value(), cur, candidates, unsafe);
                return cur;
            }
            case Stmt.If i -> {
                reads(i.test(), cur, candidates, unsafe);
                return meet(flow(i.body(), cur, candidates, unsafe), flow(i.orelse(), cur, candidates, unsafe));
            }
            case Stmt.While w -> {
                reads(w.test(), cur, candidates, unsafe);
                flow(w.body(), cur, candidates, unsafe);
                flow(w.orelse(), cur, candidates, unsafe);
                return cur;
            }
            case Stmt.For f -> {
                reads(f.iter(), cur, candidates, unsafe);
                Set<String> inBody = new HashSet<>(cur);
                bind(f.target(), inBody);
                flow(f.body(), inBody, candidates, unsafe);
                flow(f.orelse(), cur, candidates, unsafe);
                return cur;
            }
            case Stmt.Try t -> {
                Set<String> body = flow(t.body(), cur, candidates, unsafe);
                Set<String> out = body == null ? null : flow(t.orelse(), body, candidates, unsafe);
                for (ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        reads(h.type(), cur, candidates, unsafe);
                    }
                    out = meet(out, flow(h.body(), cur, candidates, unsafe));
                }
                flow(t.finalbody(), cur, candidates, unsafe);
                if (out == null) {
                    return null;
                }
                return flow(t.finalbody(), out, candidates, unsafe);
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    reads(item.contextExpr(), cur, candidates, unsafe);
                }
                flow(w.body(), cur, candidates, unsafe);
                return cur;
            }
            case Stmt.Match m -> {
                reads(m.subject(), cur, candidates, unsafe);
                for (MatchCase c : m.cases()) {
                    Set<String> all = new HashSet<>();
                    Definite.names(c, all);
                    all.retainAll(candidates);
                    // patterns and guards: conservatively, any candidate they mention must already be assigned
                    for (String n : all) {
                        if (!cur.contains(n)) {
                            unsafe.add(n);
                        }
                    }
                    flow(c.body(), cur, candidates, unsafe);
                }
                return cur;
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    reads(r.value(), cur, candidates, unsafe);
                }
                return null;
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    reads(r.exc(), cur, candidates, unsafe);
                }
                if (r.cause() != null) {
                    reads(r.cause(), cur, candidates, unsafe);
                }
                return null;
            }
            case Stmt.Break b -> {
                return null;
            }
            case Stmt.Continue c -> {
                return null;
            }
            default -> {
                // everything else: any candidate mentioned must already be assigned
                Set<String> all = new HashSet<>();
                readNames(st, all);
                for (String n : all) {
                    if (candidates.contains(n) && !cur.contains(n)) {
                        unsafe.add(n);
                    }
                }
                return cur;
            }
        }
    }

    private static Set<String> meet(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Set<String> r = new HashSet<>(a);
        r.retainAll(b);
        return r;
    }

    private static void bind(Expr target, Set<String> cur) {
        Set<String> names = new HashSet<>();
        Definite.names(target, names);
        cur.addAll(names);
    }

    private static void targetReads(Expr t, Set<String> cur, Set<String> candidates, Set<String> unsafe) {
        if (t instanceof Expr.Name) {
            return;
        }
        if (t instanceof Expr.Tuple || t instanceof Expr.List || t instanceof Expr.Starred) {
            Definite.walk(t, x -> {
                if (x instanceof Expr e) {
                    targetReads(e, cur, candidates, unsafe);
                } else if (x instanceof List<?> l) {
                    l.forEach(y -> targetReads((Expr) y, cur, candidates, unsafe));
                }
            });
            return;
        }
        reads(t, cur, candidates, unsafe);
    }

    private static void read(String n, Set<String> cur, Set<String> candidates, Set<String> unsafe) {
        if (candidates.contains(n) && !cur.contains(n)) {
            unsafe.add(n);
        }
    }

    /** Records the candidate reads of an expression; a short-circuit or conditional part binds nothing for later. */
    private static void reads(Expr e, Set<String> cur, Set<String> candidates, Set<String> unsafe) {
        Set<String> all = new HashSet<>();
        readNames(e, all);
        for (String n : all) {
            read(n, cur, candidates, unsafe);
        }
    }

    /** The names an expression mentions, but for a comprehension's own variables, which are not the body's. */
    private static void readNames(Object node, Set<String> out) {
        List<io.portalis.python.ast.Comprehension> gens = switch (node) {
            case Expr.ListComp c -> c.generators();
            case Expr.SetComp c -> c.generators();
            case Expr.DictComp c -> c.generators();
            case Expr.GeneratorExp c -> c.generators();
            default -> null;
        };
        if (gens == null) {
            if (node instanceof Expr.Name n) {
                out.add(n.id());
            }
            if (node instanceof Stmt.FunctionDef || node instanceof Stmt.ClassDef || node instanceof ExceptHandler) {
                Definite.names(node, out);
            } else {
                Definite.walk(node, x -> readNames(x, out));
            }
            return;
        }
        // the first iterable is evaluated where the comprehension stands; the rest sees the comprehension's names
        readNames(gens.get(0).iter(), out);
        Set<String> inner = new HashSet<>();
        Set<String> bound = new HashSet<>();
        Definite.walk(node, x -> {
            if (x != gens) {
                readNames(x, inner);
            }
        });
        for (int i = 0; i < gens.size(); i++) {
            Definite.names(gens.get(i).target(), bound);
            if (i > 0) {
                readNames(gens.get(i).iter(), inner);
            }
            gens.get(i).ifs().forEach(x -> readNames(x, inner));
        }
        inner.removeAll(bound);
        out.addAll(inner);
    }

    // =================================================================== speculation

    /**
     * What an annotation says a value usually is: an int ({@code leaf} L) or a float (D) inside {@code depth} nested
     * lists ({@code list[list[int]]} is depth 2, L). Python does not enforce annotations, so code that relies on a
     * hint checks it at run time.
     *
     * @param depth how many lists wrap the number
     * @param leaf the number's static type
     */
    record Hint(int depth, char leaf) {
    }

    /**
     * What a function body may speculate on.
     *
     * @param hints the hinted locals and parameters of the function
     * @param locals the speculated locals: dynamic, but of this type (L or D) whenever the hinted values they are
     *     computed from have their hinted types
     */
    record Speculation(Map<String, Hint> hints, Map<String, Character> locals) {
        /** Nothing to speculate on. */
        static final Speculation NONE = new Speculation(Map.of(), Map.of());
    }

    /** Built-ins with no effect when called with numbers. */
    private static final Set<String> PURE_BUILTINS = Set.of("abs", "min", "max", "float", "int");

    /**
     * The speculated locals of a module-level function: locals that are dynamic for {@link #locals} but whose every
     * assignment would have one numeric type if the hinted list items ({@code v[j]} with {@code v: list[float]})
     * had their hinted types.
     *
     * @param f the function
     * @param fs its scope
     * @param params the static types of its parameters, as for {@link #locals}
     * @param typed its typed locals
     * @return what the body may speculate on
     */
    Speculation speculation(Stmt.FunctionDef f, Scope fs, Map<String, Character> params,
            Map<String, Character> typed) {
        if (fs.generator) {
            return Speculation.NONE;
        }
        Map<String, Hint> hints = new HashMap<>(hints(f));
        for (String n : fs.used) {
            // a free variable the enclosing function hints, peeked at through its cell
            Scope owner = fs.resolve(n) == Scope.Binding.FREE ? fs.owner(n) : null;
            if (owner != null && owner.node instanceof Stmt.FunctionDef of && !hints.containsKey(n)) {
                Hint h = hints(of).get(n);
                if (h != null) {
                    hints.put(n, h);
                }
            }
        }
        activeHints = hints;
        Map<String, Character> all;
        try {
            all = inferLocals(fs, f.body(), params);
        } finally {
            activeHints = null;
        }
        Map<String, Character> spec = new HashMap<>();
        all.forEach((n, t) -> {
            if ((t == 'L' || t == 'D') && !typed.containsKey(n) && !fs.cells.contains(n) && !fs.params.contains(n)) {
                spec.put(n, t);
            }
        });
        return hints.isEmpty() && spec.isEmpty() && attributeHints.isEmpty() ? Speculation.NONE
                : new Speculation(hints, spec);
    }

    /**
     * What a comprehension may speculate on: the hints of the enclosing body's names that it reads as free
     * variables, and its own loop variables over hinted lists ({@code for p in primes}, {@code primes: list[int]}).
     * It speculates on values only (no speculated locals): a computation on hinted items splits.
     *
     * @param cs the comprehension's scope
     * @param gens its clauses
     * @param outer the scope of the body it stands in
     * @param outerHints that body's hints
     * @return what it may speculate on
     */
    Speculation comprehensionSpeculation(Scope cs, List<io.portalis.python.ast.Comprehension> gens, Scope outer,
            Map<String, Hint> outerHints) {
        if (outerHints.isEmpty()) {
            return Speculation.NONE;
        }
        Map<String, Hint> hints = new HashMap<>();
        outerHints.forEach((n, h) -> {
            Scope.Binding b = outer.resolve(n);
            Scope owner = b == Scope.Binding.LOCAL || b == Scope.Binding.CELL ? outer
                    : b == Scope.Binding.FREE ? outer.owner(n) : null;
            if (owner != null && cs.resolve(n) == Scope.Binding.FREE && cs.owner(n) == owner && uses(cs, n)) {
                hints.put(n, h);
            }
        });
        Map<String, Integer> bound = new HashMap<>();
        for (io.portalis.python.ast.Comprehension g : gens) {
            Set<String> names = new HashSet<>();
            Definite.names(g.target(), names);
            names.forEach(n -> bound.merge(n, 1, Integer::sum));
        }
        for (int i = 0; i < gens.size(); i++) {
            io.portalis.python.ast.Comprehension g = gens.get(i);
            if (g.target() instanceof Expr.Name t && g.iter() instanceof Expr.Name it && bound.get(t.id()) == 1) {
                // the first iterable is the enclosing body's name; the others are read in the comprehension
                Hint h = i == 0 && outer.resolve(it.id()) == Scope.Binding.LOCAL ? outerHints.get(it.id())
                        : i > 0 ? hints.get(it.id()) : null;
                if (h != null && h.depth() > 0) {
                    hints.put(t.id(), new Hint(h.depth() - 1, h.leaf()));
                }
            }
        }
        return hints.isEmpty() ? Speculation.NONE : new Speculation(hints, Map.of());
    }

    /** Whether a scope or one nested in it uses a name. */
    private static boolean uses(Scope s, String n) {
        return s.used.contains(n) || s.children.stream().anyMatch(c -> uses(c, n));
    }

    /** The hint of an annotation ({@code float}, {@code list[int]}...), or null. */
    private Hint hint(Expr annotation) {
        if (annotation instanceof Expr.Name n && (n.id().equals("int") || n.id().equals("float"))
                && !moduleFields.contains(n.id())) {
            return new Hint(0, n.id().equals("int") ? 'L' : 'D');
        }
        if (annotation instanceof Expr.Subscript s && s.value() instanceof Expr.Name n
                && (n.id().equals("list") || n.id().equals("List")) && !moduleFields.contains(n.id())) {
            Hint inner = hint(s.slice());
            return inner == null ? null : new Hint(inner.depth() + 1, inner.leaf());
        }
        return null;
    }

    /**
     * The hints of a function's names: annotated parameters and locals, and locals every assignment of which takes
     * an item of a hinted list of lists ({@code up = grid[r - 1]}) or a hinted name.
     */
    private Map<String, Hint> hints(Stmt.FunctionDef f) {
        Map<String, Hint> annotated = new HashMap<>();
        for (Arg a : ScopeBuilder.allArgs(f.args())) {
            Hint h = a.annotation() == null ? null : hint(a.annotation());
            if (h != null) {
                annotated.put(a.arg(), h);
            }
        }
        List<Stmt> assigns = new ArrayList<>();
        hintSources(f.body(), annotated, assigns);
        Map<String, Hint> hints = new HashMap<>(annotated);
        for (int round = 0; round < 8; round++) {
            Map<String, Hint> derived = new HashMap<>();
            Set<String> conflicting = new HashSet<>();
            for (Stmt a : assigns) {
                String n;
                Hint h;
                if (a instanceof Stmt.For loop) {
                    // for x in v, with v: list[float]
                    n = ((Expr.Name) loop.target()).id();
                    Hint iter = valueHint(loop.iter(), hints);
                    h = iter == null || iter.depth() == 0 ? null : new Hint(iter.depth() - 1, iter.leaf());
                } else {
                    Stmt.Assign assign = (Stmt.Assign) a;
                    n = ((Expr.Name) assign.targets().get(0)).id();
                    h = valueHint(assign.value(), hints);
                }
                if (annotated.containsKey(n)) {
                    continue;
                }
                if (h == null || derived.containsKey(n) && !h.equals(derived.get(n))) {
                    conflicting.add(n);
                }
                derived.putIfAbsent(n, h);
            }
            derived.keySet().removeAll(conflicting);
            Map<String, Hint> next = new HashMap<>(annotated);
            next.putAll(derived);
            if (next.equals(hints)) {
                break;
            }
            hints = next;
        }
        return hints;
    }

    private void hintSources(Object node, Map<String, Hint> annotated, List<Stmt> assigns) {
        if (node instanceof Stmt.FunctionDef || node instanceof Stmt.ClassDef || node instanceof Expr) {
            return;
        }
        if (node instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n) {
            Hint h = hint(a.annotation());
            if (h != null) {
                annotated.put(n.id(), h);
            }
        }
        if (node instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name
                || node instanceof Stmt.For f && f.target() instanceof Expr.Name) {
            assigns.add((Stmt) node);
        }
        Definite.walk(node, x -> hintSources(x, annotated, assigns));
    }

    private Hint valueHint(Expr value, Map<String, Hint> hints) {
        if (value instanceof Expr.Name n) {
            return hints.get(n.id());
        }
        if (value instanceof Expr.Call c && c.func() instanceof Expr.Name n && direct.containsKey(n.id())
                && direct.get(n.id()).returns() != null) {
            // the result of a module function annotated -> list[float]
            return hint(direct.get(n.id()).returns());
        }
        if (value instanceof Expr.Subscript s && s.value() instanceof Expr.Name n && s.slice() instanceof Expr.Slice) {
            // a copy or part of a hinted list
            return hints.get(n.id());
        }
        if (value instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("list")
                && c.args().size() == 1 && c.args().get(0) instanceof Expr.Call r && r.func() instanceof Expr.Name rn
                && rn.id().equals("range") && !moduleFields.contains("list") && !moduleFields.contains("range")) {
            return new Hint(1, 'L');
        }
        if (value instanceof Expr.BinOp b && b.op() == Operator.MULT && b.left() instanceof Expr.List l
                && l.elts().size() == 1 && l.elts().get(0) instanceof Expr.Constant k) {
            // [0.0] * n
            char t = constantType(k.value());
            return t == 'L' || t == 'D' ? new Hint(1, t) : null;
        }
        if (value instanceof Expr.Subscript s && s.value() instanceof Expr.Name n && !(s.slice() instanceof Expr.Slice)
                && hints.get(n.id()) != null && hints.get(n.id()).depth() > 1) {
            Hint h = hints.get(n.id());
            return new Hint(h.depth() - 1, h.leaf());
        }
        return null;
    }

    /**
     * The hinted type of a value the typed path can peek at without running any Python code: an item of a hinted
     * list local at an int local or literal index. {@code O} for anything else.
     */
    private char leaf(Expr e, Scope s, Map<String, Character> env) {
        Expr holder = e instanceof Expr.Subscript sub ? sub.value() : e instanceof Expr.Attribute a ? a.value() : null;
        if (holder instanceof Expr.Name h && env.get(h.id()) != null && env.get(h.id()) == UNKNOWN) {
            return UNKNOWN;
        }
        if (e instanceof Expr.Subscript sub && sub.value() instanceof Expr.Name c && hintedName(c.id(), s, env)) {
            Hint h = activeHints.get(c.id());
            Expr i = sub.slice();
            if (h == null || h.depth() != 1 || !simpleIndex(i)) {
                return 'O';
            }
            char t = type(i, s, env);
            return t == UNKNOWN ? UNKNOWN : t == 'L' ? h.leaf() : 'O';
        }
        if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name o && dynamicLocal(o.id(), s, env)) {
            char t = attributeHints.getOrDefault(a.attr(), 'O');
            return t == 'L' || t == 'D' || t == UNKNOWN ? t : 'O';
        }
        if (e instanceof Expr.Name n && hintedName(n.id(), s, env)) {
            // for x in v, with v: list[float]; a parameter x: float of a function called with other types
            Hint h = activeHints.get(n.id());
            return h != null && h.depth() == 0 ? h.leaf() : 'O';
        }
        return 'O';
    }

    /**
     * Whether an index can be computed before the statement at no cost and without effect: a name or an int literal,
     * or a name plus or minus an int literal (the peek computes it without overflow check: a wrapped index is out of
     * range, and the dynamic version computes the exact one).
     *
     * @param i the index
     * @return whether it is simple
     */
    static boolean simpleIndex(Expr i) {
        if (i instanceof Expr.BinOp b && (b.op() == Operator.ADD || b.op() == Operator.SUB)
                && b.left() instanceof Expr.Name) {
            return smallInt(b.right());
        }
        return i instanceof Expr.Name || smallInt(i);
    }

    private static boolean smallInt(Expr e) {
        java.math.BigInteger k = e instanceof Expr.Constant || e instanceof Expr.UnaryOp ? foldInt(e) : null;
        return k != null && k.bitLength() < 32;
    }

    private static boolean dynamicLocal(String n, Scope s, Map<String, Character> env) {
        return s.resolve(n) == Scope.Binding.LOCAL && env.getOrDefault(n, 'O') == 'O';
    }

    /** A dynamic local, or a hinted free variable (whose cell a peek reads). */
    private boolean hintedName(String n, Scope s, Map<String, Character> env) {
        return dynamicLocal(n, s, env) || s.resolve(n) == Scope.Binding.FREE && activeHints.containsKey(n)
                && env.getOrDefault(n, 'O') == 'O';
    }

    /**
     * The type of an expression in a function body when its hinted values have their hinted types.
     *
     * @param e the expression
     * @param s the function's scope
     * @param env the typed and speculated locals
     * @param sp the function's speculation
     * @return its type
     */
    char speculativeType(Expr e, Scope s, Map<String, Character> env, Speculation sp) {
        activeHints = sp.hints();
        try {
            return type(e, s, env);
        } finally {
            activeHints = null;
        }
    }

    /**
     * The hinted type of a value the typed path of a speculating statement peeks at, {@code O} if it is not one.
     *
     * @param e the expression
     * @param s the function's scope
     * @param env the typed and speculated locals
     * @param sp the function's speculation
     * @return L, D or O
     */
    char leafType(Expr e, Scope s, Map<String, Character> env, Speculation sp) {
        activeHints = sp.hints();
        try {
            char t = leaf(e, s, env);
            return t == 'L' || t == 'D' ? t : 'O';
        } finally {
            activeHints = null;
        }
    }

    /**
     * Whether a statement's value may read its hinted values first, before anything else it evaluates: only calls
     * of pure functions and arithmetic on typed values may come before a hinted value in Python's evaluation order,
     * and nothing in it may be emitted twice with a different meaning (lambdas, comprehensions, walruses, yields).
     *
     * @param e the value
     * @param s the function's scope
     * @param env the typed and speculated locals
     * @param sp the function's speculation
     * @return whether peeking first is exact
     */
    boolean peeksFirst(Expr e, Scope s, Map<String, Character> env, Speculation sp) {
        activeHints = sp.hints();
        try {
            List<Boolean> events = new ArrayList<>();
            if (!order(e, s, env, events)) {
                return false;
            }
            int firstEffect = events.indexOf(false);
            return firstEffect < 0 || firstEffect > events.lastIndexOf(true);
        } finally {
            activeHints = null;
        }
    }

    /**
     * Lists in evaluation order the reads of hinted values (true) and the operations that may run Python code or
     * have an effect (false); returns false when the expression cannot be emitted twice.
     */
    private boolean order(Expr e, Scope s, Map<String, Character> env, List<Boolean> events) {
        if (!emittableTwice(e)) {
            return false;
        }
        char lt = leaf(e, s, env);
        if (lt == 'L' || lt == 'D') {
            events.add(true);
            return true;
        }
        switch (e) {
            case Expr.Constant c -> {
                return true;
            }
            case Expr.Name n -> {
                return true;
            }
            case Expr.Call c -> {
                boolean pureCall = pureCall(c, s, env);
                if (!pureCall && !(c.func() instanceof Expr.Name)) {
                    // o.m(...) looks o.m up before evaluating the arguments, which may run a property
                    events.add(false);
                }
                for (Expr a : c.args()) {
                    if (!order(a, s, env, events)) {
                        return false;
                    }
                }
                for (io.portalis.python.ast.Keyword k : c.keywords()) {
                    if (!order(k.value(), s, env, events)) {
                        return false;
                    }
                }
                if (!pureCall) {
                    events.add(false);
                }
                return true;
            }
            default -> {
                boolean[] ok = {true};
                Definite.walk(e, x -> {
                    if (x instanceof Expr sub) {
                        ok[0] &= order(sub, s, env, events);
                    } else if (x instanceof List<?> l) {
                        for (Object o : l) {
                            if (o instanceof Expr sub) {
                                ok[0] &= order(sub, s, env, events);
                            }
                        }
                    }
                });
                if (!quiet(e, s, env)) {
                    events.add(false);
                }
                return ok[0];
            }
        }
    }

    /**
     * Whether an expression may be emitted twice (a typed and a dynamic version, one of which runs): it holds no
     * lambda, comprehension, walrus, yield or await, whose emission is not a plain Java expression.
     *
     * @param e the expression
     * @return whether it may be emitted twice
     */
    static boolean emittableTwice(Object e) {
        if (e instanceof Expr.Lambda || e instanceof Expr.NamedExpr || e instanceof Expr.Yield
                || e instanceof Expr.YieldFrom || e instanceof Expr.Await || e instanceof Expr.ListComp
                || e instanceof Expr.SetComp || e instanceof Expr.DictComp || e instanceof Expr.GeneratorExp) {
            return false;
        }
        boolean[] ok = {true};
        Definite.walk(e, x -> ok[0] &= emittableTwice(x));
        return ok[0];
    }

    /** Whether an operation on its already evaluated operands can neither run Python code nor have an effect. */
    private boolean quiet(Expr e, Scope s, Map<String, Character> env) {
        return switch (e) {
            case Expr.BinOp b -> typed(b.left(), s, env) && typed(b.right(), s, env) && typed(b, s, env);
            case Expr.UnaryOp u -> typed(u.operand(), s, env);
            case Expr.BoolOp b -> b.values().stream().allMatch(v -> typed(v, s, env));
            case Expr.IfExp i -> typed(i.test(), s, env);
            case Expr.Compare c -> typed(c.left(), s, env) && c.comparators().stream().allMatch(v -> typed(v, s, env))
                    && c.ops().stream().noneMatch(op -> op == CmpOperator.IN || op == CmpOperator.NOT_IN);
            case Expr.Attribute a -> isMath(a.value(), s) && MATH_CONSTANTS.contains(a.attr());
            default -> false;
        };
    }

    private boolean typed(Expr e, Scope s, Map<String, Character> env) {
        char t = type(e, s, env);
        return t == 'L' || t == 'D' || t == 'B' || t == 'S';
    }

    /** Whether a call is of a pure module function, a pure built-in or a function of {@code math}, on numbers. */
    private boolean pureCall(Expr.Call c, Scope s, Map<String, Character> env) {
        boolean plain = c.keywords().isEmpty() && c.args().stream().noneMatch(x -> x instanceof Expr.Starred);
        boolean numbers = c.args().stream().allMatch(a -> {
            char t = type(a, s, env);
            return t == 'L' || t == 'D' || t == 'B';
        });
        if (!plain || !numbers) {
            return false;
        }
        if (c.func() instanceof Expr.Name n && pure.contains(n.id()) && direct.containsKey(n.id())
                && s.resolve(n.id()) == Scope.Binding.GLOBAL) {
            char t = type(c, s, env);
            return t != 'O' && t != UNKNOWN;
        }
        if (c.func() instanceof Expr.Name n && PURE_BUILTINS.contains(n.id()) && isBuiltin(n.id(), s)) {
            return true;
        }
        return c.func() instanceof Expr.Attribute a && isMath(a.value(), s) && MATH_FUNCTIONS.contains(a.attr());
    }

    /**
     * Whether a module function is pure: called with its typed parameters' types, it only computes on its typed
     * locals and calls pure functions, so calling it earlier or later than Python would is unobservable (but for
     * the exception it may raise, which is the same either way).
     *
     * @param name the function's name
     * @return whether it is pure
     */
    boolean isPure(String name) {
        return pure.contains(name);
    }

    /** The pure module functions: all typed ones, then removing those whose body is not pure until none changes. */
    private void inferPurity() {
        for (String name : signatures.keySet()) {
            if (signature(name) != null) {
                pure.add(name);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String name : new ArrayList<>(pure)) {
                Stmt.FunctionDef f = direct.get(name);
                Scope fs = scopes.get(f);
                Map<String, Character> env = locals(f, fs, f.body(),
                        paramMap(positional(f.args()), signature(name).params()));
                if (!fs.children.isEmpty() || !pureBlock(f.body(), fs, env)) {
                    pure.remove(name);
                    changed = true;
                }
            }
        }
    }

    private boolean pureBlock(List<Stmt> body, Scope fs, Map<String, Character> env) {
        for (Stmt st : body) {
            boolean ok = switch (st) {
                case Stmt.Assign a -> a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                        && env.containsKey(n.id()) && pureExpr(a.value(), fs, env);
                case Stmt.AugAssign a -> a.target() instanceof Expr.Name n && env.containsKey(n.id())
                        && pureExpr(a.value(), fs, env);
                case Stmt.AnnAssign a -> a.target() instanceof Expr.Name n && a.value() != null
                        && env.containsKey(n.id()) && pureExpr(a.value(), fs, env);
                case Stmt.Return r -> r.value() == null || pureExpr(r.value(), fs, env);
                case Stmt.If i -> pureExpr(i.test(), fs, env) && pureBlock(i.body(), fs, env)
                        && pureBlock(i.orelse(), fs, env);
                case Stmt.While w -> pureExpr(w.test(), fs, env) && pureBlock(w.body(), fs, env)
                        && pureBlock(w.orelse(), fs, env);
                case Stmt.For f -> f.target() instanceof Expr.Name n && env.containsKey(n.id())
                        && isRangeCall(f.iter(), fs) && ((Expr.Call) f.iter()).args().stream()
                        .allMatch(x -> pureExpr(x, fs, env)) && pureBlock(f.body(), fs, env)
                        && pureBlock(f.orelse(), fs, env);
                case Stmt.Pass p -> true;
                case Stmt.Break b -> true;
                case Stmt.Continue c -> true;
                case Stmt.ExprStmt x -> x.value() instanceof Expr.Constant;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private boolean pureExpr(Expr e, Scope fs, Map<String, Character> env) {
        return switch (e) {
            case Expr.Constant c -> true;
            case Expr.Name n -> fs.resolve(n.id()) == Scope.Binding.LOCAL && env.containsKey(n.id())
                    || nameType(n.id(), fs, env) != 'O';
            case Expr.BinOp b -> pureExpr(b.left(), fs, env) && pureExpr(b.right(), fs, env) && typed(b, fs, env);
            case Expr.UnaryOp u -> pureExpr(u.operand(), fs, env) && typed(u, fs, env);
            case Expr.BoolOp b -> b.values().stream().allMatch(v -> pureExpr(v, fs, env)) && typed(b, fs, env);
            case Expr.IfExp i -> pureExpr(i.test(), fs, env) && pureExpr(i.body(), fs, env)
                    && pureExpr(i.orelse(), fs, env) && typed(i, fs, env);
            case Expr.Compare c -> pureExpr(c.left(), fs, env)
                    && c.comparators().stream().allMatch(x -> pureExpr(x, fs, env)) && quiet(c, fs, env);
            case Expr.Call c -> c.args().stream().allMatch(x -> pureExpr(x, fs, env)) && pureCall(c, fs, env);
            case Expr.Attribute a -> quiet(a, fs, env);
            default -> false;
        };
    }

    // =================================================================== attribute hints

    /** One assignment to an attribute, {@code o.attr = value} or {@code o.attr op= value}, in a function body. */
    private record AttributeStore(String attr, Expr value, Operator op, Stmt.FunctionDef function) {
    }

    /**
     * Finds the attributes assigned only numbers of one type anywhere in the module: every {@code o.x = value} and
     * {@code o.x op= value} has a float (or every one an int) value when hinted values have their hinted types, the
     * attributes themselves included (a fixpoint from the optimistic start). Module constants assigned once count
     * with their type ({@code SOLAR_MASS = 4 * PI * PI}).
     */
    private void inferAttributeHints(Mod.Module m) {
        List<AttributeStore> stores = new ArrayList<>();
        attributeStores(m.body(), null, stores);
        if (stores.isEmpty()) {
            return;
        }
        Scope module = scopes.get(m);
        Map<String, Character> hints = new HashMap<>();
        stores.forEach(a -> hints.put(a.attr(), UNKNOWN));
        Map<String, Map<String, Hint>> functionHints = new HashMap<>();
        for (int round = 0; round < 12; round++) {
            attributeHints.clear();
            attributeHints.putAll(hints);
            activeGlobals = moduleConstants(m, module);
            Map<String, Character> next = new HashMap<>();
            Map<Stmt.FunctionDef, Map<String, Character>> envs = new HashMap<>();
            try {
                for (AttributeStore a : stores) {
                    Scope s = a.function() == null ? module : scopes.get(a.function());
                    activeHints = a.function() == null ? Map.of()
                            : functionHints.computeIfAbsent(a.function().name() + "@" + a.function().lineno(),
                                    k -> hints(a.function()));
                    Map<String, Character> env = a.function() == null ? Map.of()
                            : envs.computeIfAbsent(a.function(), f -> looseLocals(f.body(), s));
                    char t = type(a.value(), s, env);
                    if (a.op() != null && t != UNKNOWN) {
                        char cur = hints.get(a.attr());
                        t = cur == UNKNOWN ? UNKNOWN : binOp(cur, a.op(), t, a.value());
                    }
                    next.merge(a.attr(), t, TypeInference::join);
                }
            } finally {
                activeHints = null;
                activeGlobals = null;
            }
            next.replaceAll((k, v) -> v == 'L' || v == 'D' || v == UNKNOWN ? v : 'O');
            if (next.equals(hints)) {
                break;
            }
            hints.clear();
            hints.putAll(next);
            if (round == 11) {
                hints.clear();
            }
        }
        attributeHints.clear();
        hints.forEach((k, v) -> {
            if (v == 'L' || v == 'D') {
                attributeHints.put(k, v);
            }
        });
    }

    private void attributeStores(Object node, Stmt.FunctionDef function, List<AttributeStore> out) {
        if (node instanceof Stmt.FunctionDef f) {
            Definite.walk(f.body(), x -> attributeStores(x, f, out));
            return;
        }
        if (node instanceof Expr) {
            return;
        }
        if (node instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) {
                if (t instanceof Expr.Attribute at) {
                    out.add(new AttributeStore(at.attr(), a.value(), null, function));
                }
            }
        }
        if (node instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Attribute at && a.value() != null) {
            out.add(new AttributeStore(at.attr(), a.value(), null, function));
        }
        if (node instanceof Stmt.AugAssign a && a.target() instanceof Expr.Attribute at) {
            out.add(new AttributeStore(at.attr(), a.value(), a.op(), function));
        }
        Definite.walk(node, x -> attributeStores(x, function, out));
    }

    /** The types of the module's constants: names bound once, by a module-level assignment, and never elsewhere. */
    private Map<String, Character> moduleConstants(Mod.Module m, Scope module) {
        Map<String, Expr> values = new LinkedHashMap<>();
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.Assign a && a.targets().stream().allMatch(t -> t instanceof Expr.Name)) {
                for (Expr t : a.targets()) {
                    values.put(((Expr.Name) t).id(), a.value());
                }
            }
        }
        values.keySet().removeIf(n -> !module.boundOnce(n));
        Map<String, Character> types = new HashMap<>();
        activeGlobals = types;
        for (int round = 0; round < values.size() + 1; round++) {
            values.forEach((n, v) -> {
                char t = type(v, module, Map.of());
                if (t == 'L' || t == 'D') {
                    types.put(n, t);
                }
            });
        }
        return types;
    }

    /**
     * Rough types of a function's locals for attribute hints only (nothing typed relies on them): the join of the
     * types of every value a name is assigned, in any order, including chained assignments ({@code px = py = 0.0}).
     */
    private Map<String, Character> looseLocals(List<Stmt> body, Scope s) {
        List<Object[]> assigns = new ArrayList<>();
        looseAssignments(body, assigns);
        Map<String, Character> env = new HashMap<>();
        for (Object[] a : assigns) {
            env.put((String) a[0], UNKNOWN);
        }
        for (int round = 0; round < 20; round++) {
            Map<String, Character> next = new HashMap<>();
            for (Object[] a : assigns) {
                char t = type((Expr) a[1], s, env);
                if (a[2] != null && t != UNKNOWN) {
                    char cur = env.get((String) a[0]);
                    t = cur == UNKNOWN ? UNKNOWN : binOp(cur, (Operator) a[2], t, (Expr) a[1]);
                }
                next.merge((String) a[0], t, TypeInference::join);
            }
            if (next.equals(env)) {
                break;
            }
            env = next;
        }
        env.replaceAll((k, v) -> v == UNKNOWN ? 'O' : v);
        return env;
    }

    private static void looseAssignments(Object node, List<Object[]> out) {
        if (node instanceof Stmt.FunctionDef || node instanceof Stmt.ClassDef || node instanceof Expr) {
            return;
        }
        if (node instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) {
                if (t instanceof Expr.Name n) {
                    out.add(new Object[] {n.id(), a.value(), null});
                }
            }
        }
        if (node instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && a.value() != null) {
            out.add(new Object[] {n.id(), a.value(), null});
        }
        if (node instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name n) {
            out.add(new Object[] {n.id(), a.value(), a.op()});
        }
        if (node instanceof Stmt.For f && f.target() instanceof Expr.Name n && f.iter() instanceof Expr.Call c
                && c.func() instanceof Expr.Name r && r.id().equals("range")) {
            // a hint only, checked where it is used: counts as an int even if range were rebound
            out.add(new Object[] {n.id(), new Expr.Constant(new ConstantValue.IntValue(java.math.BigInteger.ZERO),
                    null, f.lineno(), f.colOffset(), f.lineno(), f.colOffset()), null});
        }
        Definite.walk(node, x -> looseAssignments(x, out));
    }

    /**
     * The attributes hinted to hold numbers of one type (see {@link #inferAttributeHints}), and that type.
     *
     * @return attribute names and their types, L or D
     */
    Map<String, Character> attributeHints() {
        return Map.copyOf(attributeHints);
    }

    // =================================================================== expressions

    /**
     * The static type of an expression in a scope where the typed locals have the types of {@code env}.
     *
     * @param e the expression
     * @param s the scope it is in
     * @param env the types of the scope's typed locals
     * @return {@code L}, {@code D}, {@code B}, {@code S}, {@code O}, or {@link #UNKNOWN} while a local's type is
     *     still unknown
     */
    char type(Expr e, Scope s, Map<String, Character> env) {
        switch (e) {
            case Expr.Constant c -> {
                return constantType(c.value());
            }
            case Expr.Name n -> {
                char t = nameType(n.id(), s, env);
                return t == 'O' && activeHints != null ? leaf(n, s, env) : t;
            }
            case Expr.BinOp b -> {
                java.math.BigInteger folded = foldInt(b);
                if (folded != null) {
                    return folded.bitLength() < 64 ? 'L' : 'O';
                }
                char l = type(b.left(), s, env);
                char r = type(b.right(), s, env);
                if (l == UNKNOWN || r == UNKNOWN) {
                    return UNKNOWN;
                }
                if (looseShifts && b.op() == Operator.L_SHIFT && intLike(l) && intLike(r)) {
                    return 'L';
                }
                char t = binOp(l, b.op(), r, b.right());
                boolean real = t == 'O' && realPowers.isFloat(b, l, r, s,
                        n -> activeHints == null && env.getOrDefault(n, 'O') != 'O');
                return real ? 'D' : t;
            }
            case Expr.UnaryOp u -> {
                if (u.op() == UnaryOperator.NOT) {
                    type(u.operand(), s, env);
                    return 'B';
                }
                if (u.op() == UnaryOperator.U_SUB && u.operand() instanceof Expr.Constant c) {
                    if (c.value() instanceof ConstantValue.IntValue i) {
                        return i.value().negate().bitLength() < 64 ? 'L' : 'O';
                    }
                    if (c.value() instanceof ConstantValue.FloatValue f) {
                        return Double.isFinite(f.value()) ? 'D' : 'O';
                    }
                }
                char t = type(u.operand(), s, env);
                return t == UNKNOWN ? UNKNOWN : unaryOp(u.op(), t);
            }
            case Expr.BoolOp b -> {
                List<Character> types = new ArrayList<>();
                for (Expr v : b.values()) {
                    types.add(type(v, s, env));
                }
                return types.contains(UNKNOWN) ? UNKNOWN : boolOp(b, types);
            }
            case Expr.Compare c -> {
                List<Character> types = new ArrayList<>();
                types.add(type(c.left(), s, env));
                c.comparators().forEach(x -> types.add(type(x, s, env)));
                return compareType(c.ops(), types);
            }
            case Expr.IfExp i -> {
                type(i.test(), s, env);
                char a = type(i.body(), s, env);
                char b = type(i.orelse(), s, env);
                if (a == UNKNOWN || b == UNKNOWN) {
                    return UNKNOWN;
                }
                return a == b ? a : 'O';
            }
            case Expr.Call c -> {
                return callType(c, s, env);
            }
            case Expr.Attribute a -> {
                if (isMath(a.value(), s) && MATH_CONSTANTS.contains(a.attr())) {
                    return 'D';
                }
                return activeHints == null ? 'O' : leaf(a, s, env);
            }
            case Expr.Subscript sub -> {
                return activeHints == null ? 'O' : leaf(sub, s, env);
            }
            case Expr.JoinedStr j -> {
                return 'S';
            }
            case Expr.FormattedValue f -> {
                return 'S';
            }
            default -> {
                return 'O';
            }
        }
    }

    /**
     * The value of an int expression made of int literals only (as CPython folds them at compile time), or null
     * when it is not one, raises, or would be unreasonably large.
     *
     * @param e the expression
     * @return its value
     */
    static java.math.BigInteger foldInt(Expr e) {
        switch (e) {
            case Expr.Constant c -> {
                return c.value() instanceof ConstantValue.IntValue i ? i.value() : null;
            }
            case Expr.UnaryOp u -> {
                java.math.BigInteger v = foldInt(u.operand());
                if (v == null) {
                    return null;
                }
                return switch (u.op()) {
                    case U_SUB -> v.negate();
                    case U_ADD -> v;
                    case INVERT -> v.not();
                    case NOT -> null;
                };
            }
            case Expr.BinOp b -> {
                java.math.BigInteger l = foldInt(b.left());
                java.math.BigInteger r = l == null ? null : foldInt(b.right());
                if (r == null) {
                    return null;
                }
                boolean zero = r.signum() == 0;
                boolean smallShift = r.signum() >= 0 && r.bitLength() < 14;
                return switch (b.op()) {
                    case ADD -> l.add(r);
                    case SUB -> l.subtract(r);
                    case MULT -> l.multiply(r);
                    case FLOOR_DIV -> zero ? null : floorDiv(l, r);
                    case MOD -> zero ? null : l.subtract(floorDiv(l, r).multiply(r));
                    case POW -> smallShift && (long) l.bitLength() * r.intValue() < 100_000 ? l.pow(r.intValue()) : null;
                    case L_SHIFT -> smallShift ? l.shiftLeft(r.intValue()) : null;
                    case R_SHIFT -> smallShift ? l.shiftRight(r.intValue()) : null;
                    case BIT_AND -> l.and(r);
                    case BIT_OR -> l.or(r);
                    case BIT_XOR -> l.xor(r);
                    default -> null;
                };
            }
            default -> {
                return null;
            }
        }
    }

    private static java.math.BigInteger floorDiv(java.math.BigInteger a, java.math.BigInteger b) {
        java.math.BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(java.math.BigInteger.ONE);
        }
        return qr[0];
    }

    /** The static type of a literal: {@code O} for None, bytes and ints of more than 64 bits. */
    static char constantType(ConstantValue v) {
        return switch (v) {
            case ConstantValue.BoolValue b -> 'B';
            case ConstantValue.IntValue i -> i.value().bitLength() < 64 ? 'L' : 'O';
            case ConstantValue.FloatValue f -> 'D';
            case ConstantValue.StrValue str -> 'S';
            default -> 'O';
        };
    }

    private char nameType(String py, Scope s, Map<String, Character> env) {
        Scope.Binding b = s.resolve(py);
        if (b == Scope.Binding.LOCAL || b == Scope.Binding.CELL || b == Scope.Binding.FREE) {
            // a free variable is typed only as a nested function's frozen variable
            return env.getOrDefault(py, 'O');
        }
        if (b == Scope.Binding.GLOBAL && activeGlobals != null && activeGlobals.containsKey(py)) {
            return activeGlobals.get(py);
        }
        if (b != Scope.Binding.GLOBAL || moduleFields.contains(py)) {
            return 'O';
        }
        return switch (py) {
            case "True", "False" -> 'B';
            case "__name__" -> 'S';
            default -> 'O';
        };
    }

    /** Whether a name in a scope is the built-in of that name (not shadowed by a module global or a local). */
    boolean isBuiltin(String py, Scope s) {
        return s.resolve(py) == Scope.Binding.GLOBAL && !moduleFields.contains(py);
    }

    /** Whether an expression is the standard module {@code math}. */
    boolean isMath(Expr e, Scope s) {
        return mathIsStdlib && e instanceof Expr.Name n && n.id().equals("math")
                && s.resolve("math") == Scope.Binding.GLOBAL;
    }

    private char callType(Expr.Call c, Scope s, Map<String, Character> env) {
        List<Character> args = new ArrayList<>();
        boolean unknown = false;
        for (Expr a : c.args()) {
            char t = a instanceof Expr.Starred st ? type(st.value(), s, env) : type(a, s, env);
            unknown |= t == UNKNOWN;
            args.add(t);
        }
        c.keywords().forEach(k -> type(k.value(), s, env));
        if (!(c.func() instanceof Expr.Name)) {
            type(c.func(), s, env);
        }
        boolean plain = c.keywords().isEmpty() && c.args().stream().noneMatch(x -> x instanceof Expr.Starred);
        Stmt.FunctionDef inner = nested.target(c);
        if (inner != null) {
            if (unknown) {
                return UNKNOWN;
            }
            Sig sig = nestedSignatures.get(inner);
            char r = sig != null && matches(sig, inner, args) && frozenHere(inner, s, env) ? sig.returns() : 'O';
            return r == 'N' || r == 'V' ? 'O' : r;
        }
        if (c.func() instanceof Expr.Name n && direct.containsKey(n.id())
                && s.resolve(n.id()) == Scope.Binding.GLOBAL) {
            {
                // a module function: record what this call passes
                if (callSites != null && signatures.containsKey(n.id())) {
                    recordCall(n.id(), c, args, plain);
                }
                if (!plain || unknown) {
                    return unknown ? UNKNOWN : 'O';
                }
                Sig sig = signatures.get(n.id());
                char r = sig != null && matches(sig, direct.get(n.id()), args) ? sig.returns() : 'O';
                return r == 'N' || r == 'V' ? 'O' : r;
            }
        }
        if (c.func() instanceof Expr.Name n && isBuiltin(n.id(), s)) {
            if (!plain) {
                return 'O';
            }
            if (unknown) {
                return UNKNOWN;
            }
            return builtinType(n.id(), args);
        }
        if (c.func() instanceof Expr.Attribute a && isMath(a.value(), s) && MATH_FUNCTIONS.contains(a.attr())
                && plain && args.size() == mathArity(a.attr())) {
            if (unknown) {
                return UNKNOWN;
            }
            return args.stream().allMatch(t -> t == 'L' || t == 'D' || t == 'B') ? 'D' : 'O';
        }
        if (c.func() instanceof Expr.Attribute a && plain) {
            return StrMethods.resultType(a.attr(), type(a.value(), s, env), args);
        }
        return 'O';
    }

    /**
     * Whether code of scope {@code s} with typed names {@code env} may call a nested function's typed method: the
     * function has no frozen variables, or the code holds them typed: the typed method itself, or the enclosing
     * function where they are typed locals (a typed cell keeps a typed copy).
     *
     * @param f the function's definition
     * @param s the scope of the call
     * @param env the typed names there
     * @return whether the typed method is callable
     */
    boolean frozenHere(Stmt.FunctionDef f, Scope s, Map<String, Character> env) {
        Map<String, Character> fr = frozen(f);
        if (fr.isEmpty()) {
            return true;
        }
        if (s != scopes.get(f) && s != nested.nested(f).owner()) {
            return false;
        }
        for (Map.Entry<String, Character> e : fr.entrySet()) {
            if (env.get(e.getKey()) == null || env.get(e.getKey()) != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void recordCall(String name, Expr.Call c, List<Character> args, boolean plain) {
        Stmt.FunctionDef f = direct.get(name);
        List<Arg> params = positional(f.args());
        List<Character> seen = callSites.computeIfAbsent(name, k -> {
            List<Character> l = new ArrayList<>();
            params.forEach(p -> l.add(UNKNOWN));
            return l;
        });
        if (!plain || args.size() > params.size()) {
            seen.replaceAll(x -> 'O');
            return;
        }
        int firstDefault = params.size() - f.args().defaults().size();
        for (int i = 0; i < params.size(); i++) {
            char t;
            if (i < args.size()) {
                t = args.get(i);
            } else if (i >= firstDefault && f.args().defaults().get(i - firstDefault) instanceof Expr.Constant k) {
                t = constantType(k.value());
            } else {
                t = 'O';
            }
            seen.set(i, join(seen.get(i), t));
        }
    }

    /** Whether a call passes exactly the typed parameters' types, defaults included. */
    static boolean matches(Sig sig, Stmt.FunctionDef f, List<Character> args) {
        List<Character> ps = sig.params();
        if (args.size() > ps.size()) {
            return false;
        }
        int firstDefault = ps.size() - f.args().defaults().size();
        for (int i = 0; i < ps.size(); i++) {
            char t;
            if (i < args.size()) {
                t = args.get(i);
            } else if (i >= firstDefault && f.args().defaults().get(i - firstDefault) instanceof Expr.Constant k
                    && !(k.value() instanceof ConstantValue.BytesValue)) {
                t = constantType(k.value());
            } else {
                return false;
            }
            if (ps.get(i) != 'O' && t != ps.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The result type of a built-in function called with plain positional arguments of these types. */
    static char builtinType(String py, List<Character> args) {
        int n = args.size();
        char a = n > 0 ? args.get(0) : 'O';
        switch (py) {
            case "len":
                return n == 1 ? 'L' : 'O';
            case "isinstance":
                return n == 2 ? 'B' : 'O';
            case "bool":
                return n <= 1 ? 'B' : 'O';
            case "repr", "str":
                return n == 1 ? 'S' : 'O';
            case "abs":
                return n == 1 ? (a == 'L' || a == 'B' ? 'L' : a == 'D' ? 'D' : 'O') : 'O';
            case "float":
                return n == 1 && (a == 'L' || a == 'B' || a == 'D') ? 'D' : 'O';
            case "int":
                return n == 1 && (a == 'L' || a == 'B') ? 'L' : 'O';
            case "ord":
                // whatever its argument, ord returns an int or raises
                return n == 1 ? 'L' : 'O';
            case "min", "max":
                // of an int and a float, the result's type depends on which is smaller
                return n == 2 && (a == 'L' || a == 'D') && args.get(1) == a ? a : 'O';
            default:
                return 'O';
        }
    }

    private static boolean intLike(char t) {
        return t == 'L' || t == 'B';
    }

    /**
     * The static type of {@code l op r}, by Python's rules.
     *
     * @param l the left operand's type
     * @param op the operator
     * @param r the right operand's type
     * @param right the right operand (an int {@code **} is typed only with a non-negative literal exponent)
     * @return the result's type, {@code O} when it depends on values or is not a number or str
     */
    static char binOp(char l, Operator op, char r, Expr right) {
        if (intLike(l) && intLike(r)) {
            return switch (op) {
                case ADD, SUB, MULT, FLOOR_DIV, MOD -> 'L';
                case DIV -> 'D';
                case POW -> right instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue ? 'L' : 'O';
                case BIT_AND, BIT_OR, BIT_XOR -> l == 'B' && r == 'B' ? 'B' : 'L';
                // a shift by a literal count is typed like a power with a literal exponent
                case L_SHIFT -> shiftCount(right) ? 'L' : 'O';
                case R_SHIFT -> 'L';
                default -> 'O';
            };
        }
        if ((l == 'D' || intLike(l)) && (r == 'D' || intLike(r))) {
            return switch (op) {
                case ADD, SUB, MULT, DIV, FLOOR_DIV, MOD -> 'D';
                // a negative float to a fractional power is a complex number: only whole literal exponents are typed
                case POW -> wholeLiteral(right) ? 'D' : 'O';
                default -> 'O';
            };
        }
        if (l == 'S' && r == 'S' && op == Operator.ADD) {
            return 'S';
        }
        return 'O';
    }

    /** Whether an expression is an int or float literal of a whole value, possibly negated ({@code 2}, {@code -1.0}). */
    static boolean wholeLiteral(Expr e) {
        Expr v = e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.U_SUB ? u.operand() : e;
        return v instanceof Expr.Constant c && (c.value() instanceof ConstantValue.IntValue
                || c.value() instanceof ConstantValue.FloatValue f && Double.isFinite(f.value())
                && f.value() == Math.rint(f.value()));
    }

    /** Whether an expression is an int literal from 0 to 63. */
    static boolean shiftCount(Expr e) {
        java.math.BigInteger k = foldInt(e);
        return k != null && k.signum() >= 0 && k.bitLength() < 7 && k.intValue() < 64;
    }

    /**
     * The static type of a unary {@code -}, {@code +} or {@code ~} (not {@code not}, always a bool).
     *
     * @param op the operator
     * @param t the operand's type
     * @return the result's type
     */
    static char unaryOp(UnaryOperator op, char t) {
        return switch (op) {
            case NOT -> 'B';
            case U_SUB, U_ADD -> intLike(t) ? 'L' : t == 'D' ? 'D' : 'O';
            case INVERT -> intLike(t) ? 'L' : 'O';
        };
    }

    /**
     * The static type of {@code a and b} / {@code a or b}, which returns one of its operands: a bool for bools, and
     * the operands' type when they all have the same int, float or str type and all but the last are names or
     * literals (the typed code reads the deciding operand twice).
     *
     * @param b the expression
     * @param types its operands' types
     * @return its type
     */
    static char boolOp(Expr.BoolOp b, List<Character> types) {
        char first = types.get(0);
        if (types.stream().anyMatch(t -> t != first)) {
            return 'O';
        }
        if (first == 'B') {
            return 'B';
        }
        boolean simple = true;
        for (int i = 0; i < b.values().size() - 1; i++) {
            simple &= b.values().get(i) instanceof Expr.Name || b.values().get(i) instanceof Expr.Constant;
        }
        return simple && (first == 'L' || first == 'D' || first == 'S') ? first : 'O';
    }

    /**
     * The type of a comparison's value: a bool, unless the program may define a comparison method and a pair of
     * operands other than {@code is} and {@code in} may hold an instance, whose method may return anything.
     */
    private char compareType(List<CmpOperator> ops, List<Character> types) {
        char t = 'B';
        for (int i = 0; comparisonMethods && i < ops.size(); i++) {
            if (!boolCompare(types.get(i), ops.get(i), types.get(i + 1))) {
                t = types.get(i) == UNKNOWN || types.get(i + 1) == UNKNOWN ? UNKNOWN : t == 'B' ? 'O' : t;
            }
        }
        return t;
    }

    /** Whether a comparison of these operand types is a bool whatever the program's classes define. */
    static boolean boolCompare(char l, CmpOperator op, char r) {
        return op == CmpOperator.IS || op == CmpOperator.IS_NOT || op == CmpOperator.IN || op == CmpOperator.NOT_IN
                || "LDBS".indexOf(l) >= 0 && "LDBS".indexOf(r) >= 0;
    }

    /** Whether a comparison of these types is done on Java primitives or strings rather than dynamically. */
    static boolean primitiveCompare(char l, CmpOperator op, char r) {
        if (op == CmpOperator.IS || op == CmpOperator.IS_NOT || op == CmpOperator.IN || op == CmpOperator.NOT_IN) {
            return false;
        }
        if (intLike(l) && intLike(r) || l == 'D' && r == 'D') {
            return true;
        }
        return l == 'S' && r == 'S' && (op == CmpOperator.EQ || op == CmpOperator.NOT_EQ);
    }
}
