package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calls of the module's own methods at each method-call site, without going through a function value.
 *
 * <p>A method of a class outside functions is a static Java method; its function value holds that method as its
 * direct code. Where the module calls a name that some of its classes define ({@code task.step(self)}), the site
 * gets a dispatcher of its own that asks the site's inline cache which code the receiver's layout finds and calls
 * the matching static method by name, so that each site is a direct call the JIT can inline. Any other receiver,
 * a method replaced at run time, an instance attribute shadowing the method, takes the site's dynamic call:
 *
 * <pre>{@code
 * static Object step$call(Object self, Object a0) {
 *     Object code = step$call.code(self);
 *     if (code == Producer$step$code) {
 *         return Producer$step(self, a0);
 *     }
 *     ...
 *     return step$call.call(self, a0);
 * }
 * }</pre>
 *
 * The direct code is identified by the object the function value was created with, kept in a field
 * ({@code Producer$step$code}), so that a function of the same name from elsewhere never matches.
 *
 * <p>Where every definition of the name types a parameter as int, a site passing an int attribute there hands the
 * dispatcher its value unboxed, and the dispatcher calls the typed method when the arguments have its types.
 *
 * <p>A site whose arguments may run code passes the dispatcher what its site found before they ran
 * ({@code MethodSite.find}, see {@link CallOrder}) instead of the receiver, and the dispatcher asks that for the
 * code.
 *
 * <p>A call of a module-level class whose class statement defines {@code __init__} ({@code Packet(k, v)}) gets a
 * dispatcher too, which runs that {@code __init__} by name on the instance the site makes when the class is the
 * one it knows and constructing it is plain ({@code CallSite.instance}).
 */
final class MethodDispatch {
    /** The most methods one dispatcher tests in turn; a name defined by more classes keeps the dynamic call. */
    private static final int MAX_TARGETS = 8;

    /**
     * A static method holding a method's body.
     *
     * @param method the Java method
     * @param arity its parameter count, {@code self} included
     * @param field the field holding its direct code
     */
    private record Target(String method, int arity, String field) {
    }

    /**
     * A call site with a dispatcher.
     *
     * @param dispatcher the dispatcher's name
     * @param site the site's field
     * @param name the method name
     * @param args the positional argument count, receiver excluded
     * @param found whether the dispatcher takes the method its site found ({@code MethodSite.find}) before the
     *     arguments ran, instead of the receiver
     * @param kinds per argument: {@code O} an object, {@code l} an int attribute passed as its box (or
     *     {@code Peek.UNBOXED}) in place and its value after the other arguments, so that no long waits on the
     *     stack while they run (javac cannot compile a switch expression catching an exception there)
     */
    private record Site(String dispatcher, String site, String name, int args, boolean found, String kinds) {
    }

    /**
     * A constructor site with a dispatcher.
     *
     * @param dispatcher the dispatcher's name
     * @param site the site's field
     * @param cls the class name called
     * @param args the argument count
     * @param kinds per argument: {@code O} an object, {@code L}/{@code D} a typed long/double, {@code l}/{@code d} a
     *     speculated long/double local passed as its box and its primitive value
     */
    private record Ctor(String dispatcher, String site, String cls, int args, String kinds) {
    }

    /** The typed method of a method and its parameter types, {@code self} included. */
    private record Typed(String method, List<Character> types) {
    }

    private final String className;
    /** Method names that classes outside functions define and that some site calls with positional arguments. */
    private final Set<String> wanted = new HashSet<>();
    private final Map<String, List<Target>> targets = new LinkedHashMap<>();
    private final List<Site> sites = new ArrayList<>();
    /** Module-level class names that some site calls with positional arguments. */
    private final Set<String> constructed = new HashSet<>();
    /** The {@code __init__} methods of the classes in {@link #constructed}, by class name. */
    private final Map<String, List<Target>> inits = new LinkedHashMap<>();
    private final List<Ctor> ctors = new ArrayList<>();
    /** The {@code __init__} of each class in {@link #constructed} whose statement defines exactly one. */
    private final Map<String, Stmt.FunctionDef> initDefs = new HashMap<>();
    /** The typed methods, by the name of their dynamic twin. */
    private final Map<String, Typed> typedMethods = new HashMap<>();
    /** The definitions of each method name in classes outside functions. */
    private final Map<String, List<Stmt.FunctionDef>> definitions = new HashMap<>();

    /**
     * Finds the method names worth dispatching in a module.
     *
     * @param className the module's Java class
     * @param body the module's statements
     */
    MethodDispatch(String className, List<Stmt> body) {
        this.className = className;
        Set<String> called = new HashSet<>();
        Set<String> classes = new HashSet<>();
        scan(body, false, false, definitions, called);
        Set<String> defined = definitions.keySet();
        topClasses(body, classes, initDefs);
        for (String n : defined) {
            if (called.contains(n) && !(n.startsWith("__") && n.endsWith("__"))) {
                wanted.add(n);
            }
        }
        for (String n : classes) {
            if (called.contains(n)) {
                constructed.add(n);
            }
        }
    }

    /** The names of the class statements of the module outside functions and classes that define __init__. */
    private static void topClasses(Object node, Set<String> out, Map<String, Stmt.FunctionDef> inits) {
        if (node instanceof Stmt.ClassDef c) {
            List<Stmt.FunctionDef> defs = c.body().stream().filter(x -> x instanceof Stmt.FunctionDef f
                    && f.name().equals("__init__")).map(x -> (Stmt.FunctionDef) x).toList();
            if (!defs.isEmpty()) {
                out.add(c.name());
            }
            if (defs.size() == 1 && inits.putIfAbsent(c.name(), defs.get(0)) != null) {
                // two module-level classes of that name: neither is known at a call
                inits.put(c.name(), null);
            }
            return;
        }
        if (node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef || !(node instanceof Stmt
                || node instanceof List<?>)) {
            return;
        }
        Definite.walk(node, x -> topClasses(x, out, inits));
    }

    private static void scan(Object node, boolean inClass, boolean inFunction,
            Map<String, List<Stmt.FunctionDef>> defined, Set<String> called) {
        if (node instanceof Stmt.FunctionDef f) {
            if (inClass && !inFunction) {
                defined.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
            }
            Definite.walk(node, x -> scan(x, false, true, defined, called));
            return;
        }
        if (node instanceof Stmt.AsyncFunctionDef || node instanceof Expr.Lambda) {
            Definite.walk(node, x -> scan(x, false, true, defined, called));
            return;
        }
        if (node instanceof Stmt.ClassDef) {
            Definite.walk(node, x -> scan(x, true, inFunction, defined, called));
            return;
        }
        if (node instanceof Expr.Call c && c.keywords().isEmpty() && c.args().size() <= 3
                && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            if (c.func() instanceof Expr.Attribute a) {
                called.add(a.attr());
            } else if (c.func() instanceof Expr.Name n) {
                called.add(n.id());
            }
        }
        Definite.walk(node, x -> scan(x, inClass, inFunction, defined, called));
    }

    /**
     * The direct code to give a method's function value, registering the static method as a target of the sites
     * calling its name.
     *
     * @param qual the method's qualified name
     * @param method the static method holding its body
     * @param arity its parameter count, {@code self} included
     * @return a method reference, or the field holding one when sites may call the method directly
     */
    String code(String qual, String method, int arity) {
        String ref = className + "::" + method;
        String name = qual.substring(qual.lastIndexOf('.') + 1);
        String cls = qual.substring(0, Math.max(0, qual.lastIndexOf('.')));
        boolean init = name.equals("__init__") && constructed.contains(cls);
        if (!wanted.contains(name) && !init || arity < 1) {
            return ref;
        }
        Target t = new Target(method, arity, method + "$code");
        (init ? inits.computeIfAbsent(cls, k -> new ArrayList<>()) : targets.computeIfAbsent(name,
                k -> new ArrayList<>())).add(t);
        return t.field;
    }

    /**
     * The dispatcher of a method-call site, when the module defines methods of that name.
     *
     * @param name the method name
     * @param site the site's field
     * @param args the positional argument count, receiver excluded
     * @param methodNames the static method names taken so far, to which the dispatcher's is added
     * @param found whether the call passes the dispatcher what {@code MethodSite.find} found (the method looked up
     *     before arguments that may run code) instead of the receiver
     * @param kinds how the site passes each argument (see {@link Site#kinds})
     * @return the dispatcher's name, or null when the site is called as it is
     */
    String dispatcher(String name, String site, int args, Set<String> methodNames, boolean found, String kinds) {
        if (!dispatched(name, args)) {
            return null;
        }
        String d = unique(site, methodNames);
        sites.add(new Site(d, site, name, args, found, kinds));
        return d;
    }

    /**
     * Whether a method-call site gets a dispatcher.
     *
     * @param name the method name
     * @param args the positional argument count, receiver excluded
     * @return whether {@link #dispatcher} makes one
     */
    boolean dispatched(String name, int args) {
        return wanted.contains(name) && args <= 3;
    }

    /**
     * The definitions a dispatcher of a method name may call.
     *
     * @param name the method name
     * @return the definitions of that name in classes outside functions
     */
    List<Stmt.FunctionDef> definitions(String name) {
        return definitions.getOrDefault(name, List.of());
    }

    /**
     * The dispatcher of a call of a module-level class, when a statement of that class defines {@code __init__}.
     *
     * @param cls the class name
     * @param site the site's field
     * @param args the positional argument count
     * @param methodNames the static method names taken so far, to which the dispatcher's is added
     * @param kinds how the site passes each argument (see {@link Ctor#kinds})
     * @return the dispatcher's name, or null when the site is called as it is
     */
    String constructor(String cls, String site, int args, Set<String> methodNames, String kinds) {
        if (!constructed.contains(cls) || args > 3) {
            return null;
        }
        String d = unique(site, methodNames);
        ctors.add(new Ctor(d, site, cls, args, kinds));
        return d;
    }

    /**
     * The {@code __init__} a call of a module-level class runs when the class is still the one its statement made.
     *
     * @param cls the class name
     * @return the method's definition, or null when the class defines none or several
     */
    Stmt.FunctionDef init(String cls) {
        return constructed.contains(cls) ? initDefs.get(cls) : null;
    }

    /**
     * Records the typed method of a method, which dispatchers call without boxing when the arguments have its types.
     *
     * @param dynamic the method its function value calls, which checks the types before calling the typed one
     * @param typed the typed method
     * @param types its parameter types, {@code self} included
     */
    void typedMethod(String dynamic, String typed, List<Character> types) {
        typedMethods.put(dynamic, new Typed(typed, types));
    }

    private static String unique(String name, Set<String> methodNames) {
        String d = name;
        while (methodNames.contains(d)) {
            d = d + "_";
        }
        methodNames.add(d);
        return d;
    }

    /**
     * Writes the fields holding the direct codes.
     *
     * @param w the class body
     */
    void fields(JavaWriter w) {
        List<List<Target>> all = new ArrayList<>(targets.values());
        all.addAll(inits.values());
        for (List<Target> ts : all) {
            for (Target t : ts) {
                w.line("static final PyFunction.Direct" + t.arity + " " + t.field + " = " + className + "::"
                        + t.method + ";");
            }
        }
    }

    /**
     * Writes the dispatchers.
     *
     * @param w the class body
     */
    void methods(JavaWriter w) {
        for (Site s : sites) {
            List<String> params = new ArrayList<>(List.of(s.found ? "MethodSite.Found f" : "Object self"));
            List<String> args = new ArrayList<>(List.of(s.found ? "f.self()" : "self"));
            List<String> longs = new ArrayList<>();
            for (int k = 0; k < s.args; k++) {
                boolean pair = s.kinds.charAt(k) == 'l';
                params.add("Object a" + k + (pair ? "$box" : ""));
                args.add(pair ? "Peek.box(a" + k + "$box, a" + k + ")" : "a" + k);
                if (pair) {
                    longs.add("long a" + k);
                }
            }
            params.addAll(longs);
            String call = "(" + String.join(", ", args) + ")";
            String fallback = s.found ? ".callFound(f" + call.substring("(f.self()".length()) : ".call" + call;
            List<Target> ts = new ArrayList<>();
            for (Target t : targets.getOrDefault(s.name, List.of())) {
                if (t.arity == s.args + 1) {
                    ts.add(t);
                }
            }
            w.blank();
            w.open("static Object " + s.dispatcher + "(" + String.join(", ", params) + ")");
            if (!ts.isEmpty() && ts.size() <= MAX_TARGETS) {
                w.line("Object code = " + (s.found ? "f.code();" : s.site + ".code(self);"));
                for (Target t : ts) {
                    w.open("if (code == " + t.field + ")");
                    if (!typedCall(s.kinds, typedMethods.get(t.method), args.get(0), "return %s;", w)) {
                        w.line("return " + t.method + call + ";");
                    }
                    w.close();
                }
            }
            w.line("return " + s.site + fallback + ";");
            w.close();
        }
        for (Ctor c : ctors) {
            List<String> params = new ArrayList<>(List.of("Object cls"));
            List<String> args = new ArrayList<>();
            for (int k = 0; k < c.args; k++) {
                char kind = c.kinds.charAt(k);
                String p = Character.isLowerCase(kind) ? "Object a" + k + "$box, " : "";
                params.add(p + (kind == 'O' ? "Object " : Character.toLowerCase(kind) == 'l' ? "long " : "double ")
                        + "a" + k);
                args.add(Character.isLowerCase(kind) ? "Peek.box(a" + k + "$box, a" + k + ")" : "a" + k);
            }
            w.blank();
            w.open("static Object " + c.dispatcher + "(" + String.join(", ", params) + ")");
            for (Target t : inits.getOrDefault(c.cls, List.of())) {
                if (t.arity == c.args + 1) {
                    List<String> self = new ArrayList<>(List.of("self"));
                    self.addAll(args);
                    w.line("PyInstance self = " + c.site + ".instance(cls, " + t.field + ");");
                    w.open("if (self != null)");
                    String construct = "return CallSite.constructed(self, %s);";
                    if (!typedCall(c.kinds, typedMethods.get(t.method), "self", construct, w)) {
                        w.line("return CallSite.constructed(self, " + t.method + "(" + String.join(", ", self)
                                + "));");
                    }
                    w.close();
                    break;
                }
            }
            List<String> all = new ArrayList<>(List.of("cls"));
            all.addAll(args);
            w.line("return " + c.site + ".call(" + String.join(", ", all) + ");");
            w.close();
        }
    }

    /**
     * Writes the direct call of a typed method ({@code __init__} for a constructor) when the arguments have its
     * types, so that a typed or speculated number reaches it unboxed; anything else takes the dynamic twin, which
     * checks the types itself. Returns whether the call needs no test, so that nothing follows it.
     *
     * @param kinds how the site passes each argument
     * @param typed the typed method, or null
     * @param self the receiver
     * @param statement the statement making the call, with {@code %s} for it
     * @param w the dispatcher's body
     */
    private static boolean typedCall(String kinds, Typed typed, String self, String statement, JavaWriter w) {
        if (typed == null || kinds.chars().allMatch(k -> k == 'O')) {
            return false;
        }
        List<String> tests = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of(self));
        for (int k = 0; k < kinds.length(); k++) {
            char kind = kinds.charAt(k);
            char t = typed.types.get(k + 1);
            String a = "a" + k;
            if (kind == 'O') {
                String boxed = switch (t) {
                    case 'L' -> "Long";
                    case 'D' -> "Double";
                    case 'B' -> "Boolean";
                    case 'S' -> "String";
                    default -> null;
                };
                if (boxed != null) {
                    tests.add(a + " instanceof " + boxed + " " + a + "$");
                    a = a + "$";
                }
            } else if (t == 'O') {
                a = Character.isLowerCase(kind) ? "Peek.box(" + a + "$box, " + a + ")" : "(Object) " + a;
            } else if (t == Character.toUpperCase(kind)) {
                if (Character.isLowerCase(kind)) {
                    // a speculated local that holds a big int or a float's other type is not the typed value
                    tests.add(a + "$box == Peek.UNBOXED");
                }
            } else {
                // the typed method never takes this argument's type: the dynamic twin decides
                return false;
            }
            args.add(a);
        }
        String call = statement.formatted(typed.method + "(" + String.join(", ", args) + ")");
        if (tests.isEmpty()) {
            w.line(call);
            return true;
        }
        w.open("if (" + String.join(" && ", tests) + ")");
        w.line(call);
        w.close();
        return false;
    }
}
