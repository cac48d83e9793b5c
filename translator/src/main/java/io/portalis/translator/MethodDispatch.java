package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Stmt;
import java.util.ArrayList;
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
     */
    private record Site(String dispatcher, String site, String name, int args) {
    }

    private final String className;
    /** Method names that classes outside functions define and that some site calls with positional arguments. */
    private final Set<String> wanted = new HashSet<>();
    private final Map<String, List<Target>> targets = new LinkedHashMap<>();
    private final List<Site> sites = new ArrayList<>();

    /**
     * Finds the method names worth dispatching in a module.
     *
     * @param className the module's Java class
     * @param body the module's statements
     */
    MethodDispatch(String className, List<Stmt> body) {
        this.className = className;
        Set<String> defined = new HashSet<>();
        Set<String> called = new HashSet<>();
        scan(body, false, false, defined, called);
        for (String n : defined) {
            if (called.contains(n) && !(n.startsWith("__") && n.endsWith("__"))) {
                wanted.add(n);
            }
        }
    }

    private static void scan(Object node, boolean inClass, boolean inFunction, Set<String> defined,
            Set<String> called) {
        if (node instanceof Stmt.FunctionDef f) {
            if (inClass && !inFunction) {
                defined.add(f.name());
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
        if (node instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && c.keywords().isEmpty()
                && c.args().size() <= 3 && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            called.add(a.attr());
        }
        Definite.walk(node, x -> scan(x, inClass, inFunction, defined, called));
    }

    /**
     * The direct code to give a method's function value, registering the static method as a target of the sites
     * calling its name.
     *
     * @param name the method's Python name
     * @param method the static method holding its body
     * @param arity its parameter count, {@code self} included
     * @return a method reference, or the field holding one when sites may call the method directly
     */
    String code(String name, String method, int arity) {
        String ref = className + "::" + method;
        if (!wanted.contains(name) || arity < 1) {
            return ref;
        }
        String field = method + "$code";
        targets.computeIfAbsent(name, k -> new ArrayList<>()).add(new Target(method, arity, field));
        return field;
    }

    /**
     * The dispatcher of a method-call site, when the module defines methods of that name.
     *
     * @param name the method name
     * @param site the site's field
     * @param args the positional argument count, receiver excluded
     * @param methodNames the static method names taken so far, to which the dispatcher's is added
     * @return the dispatcher's name, or null when the site is called as it is
     */
    String dispatcher(String name, String site, int args, Set<String> methodNames) {
        if (!wanted.contains(name) || args > 3) {
            return null;
        }
        String d = site;
        while (methodNames.contains(d)) {
            d = d + "_";
        }
        methodNames.add(d);
        sites.add(new Site(d, site, name, args));
        return d;
    }

    /**
     * Writes the fields holding the direct codes.
     *
     * @param w the class body
     */
    void fields(JavaWriter w) {
        for (List<Target> ts : targets.values()) {
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
            List<String> params = new ArrayList<>(List.of("Object self"));
            List<String> args = new ArrayList<>(List.of("self"));
            for (int k = 0; k < s.args; k++) {
                params.add("Object a" + k);
                args.add("a" + k);
            }
            String call = "(" + String.join(", ", args) + ")";
            List<Target> ts = new ArrayList<>();
            for (Target t : targets.getOrDefault(s.name, List.of())) {
                if (t.arity == s.args + 1) {
                    ts.add(t);
                }
            }
            w.blank();
            w.open("static Object " + s.dispatcher + "(" + String.join(", ", params) + ")");
            if (!ts.isEmpty() && ts.size() <= MAX_TARGETS) {
                w.line("Object code = " + s.site + ".code(self);");
                for (Target t : ts) {
                    w.open("if (code == " + t.field + ")");
                    w.line("return " + t.method + call + ";");
                    w.close();
                }
            }
            w.line("return " + s.site + ".call" + call + ";");
            w.close();
        }
    }
}
