package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Node;
import io.portalis.python.ast.Stmt;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which locals of a function may be read before they are assigned: those whose first mention is not a plain
 * assignment at the function's top level, or that are ever deleted. Reads of the others need no
 * {@code UnboundLocalError} check, since that assignment runs before any code that mentions them.
 */
final class Definite {
    private Definite() {
    }

    static Set<String> maybeUnbound(List<Stmt> body, Set<String> locals) {
        Set<String> unsafe = new HashSet<>();
        Set<String> decided = new HashSet<>();
        for (Stmt s : body) {
            Set<String> mentioned = new HashSet<>();
            names(s, mentioned);
            for (String n : mentioned) {
                if (!locals.contains(n) || !decided.add(n)) {
                    continue;
                }
                if (!assignsFirst(s, n)) {
                    unsafe.add(n);
                }
            }
        }
        Set<String> deleted = new HashSet<>();
        for (Stmt s : body) {
            deletions(s, deleted);
        }
        for (String n : locals) {
            if (deleted.contains(n)) {
                unsafe.add(n);
            }
        }
        return unsafe;
    }

    private static boolean assignsFirst(Stmt s, String n) {
        Set<String> inValue = new HashSet<>();
        if (s instanceof Stmt.Assign a && a.targets().stream().allMatch(t -> t instanceof Expr.Name)
                && a.targets().stream().anyMatch(t -> ((Expr.Name) t).id().equals(n))) {
            names(a.value(), inValue);
            return !inValue.contains(n);
        }
        if (s instanceof Stmt.AnnAssign a && a.value() != null && a.target() instanceof Expr.Name t
                && t.id().equals(n)) {
            names(a.value(), inValue);
            return !inValue.contains(n);
        }
        return false;
    }

    private static void deletions(Object node, Set<String> out) {
        if (node instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                names(t, out);
            }
        }
        walk(node, x -> deletions(x, out));
    }

    /** Every name mentioned in a node, nested functions included. */
    static void names(Object node, Set<String> out) {
        if (node instanceof Expr.Name n) {
            out.add(n.id());
        }
        if (node instanceof Stmt.FunctionDef f) {
            out.add(f.name());
        }
        if (node instanceof Stmt.ClassDef c) {
            out.add(c.name());
        }
        if (node instanceof io.portalis.python.ast.ExceptHandler h && h.name() != null) {
            out.add(h.name());
        }
        walk(node, x -> names(x, out));
    }

    /** Visits the direct children of an AST node (each element, for a list); shared by the translator's scans. */
    static void walk(Object node, java.util.function.Consumer<Object> visit) {
        if (node instanceof List<?> l) {
            l.forEach(visit);
            return;
        }
        if (!(node instanceof Node) || !node.getClass().isRecord()) {
            return;
        }
        for (MethodHandle child : CHILDREN.get(node.getClass())) {
            Object v;
            try {
                v = (Object) child.invokeExact(node);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (v instanceof Node || v instanceof List<?>) {
                visit.accept(v);
            }
        }
    }

    /**
     * The accessors of a node class's components, looked up once per class: each call of getRecordComponents()
     * makes fresh accessor Methods, and invoking a fresh Method builds a new method handle, which made these walks
     * most of a translation's time.
     */
    private static final ClassValue<MethodHandle[]> CHILDREN = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = MethodHandles.publicLookup().unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return accessors;
        }
    };
}
