package io.portalis.translator;

import io.portalis.python.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Python scope (module, function, lambda, comprehension or class body) and what name resolution found in it:
 * which names are local, global or free, and which locals inner scopes capture (cells).
 */
final class Scope {
    /** The kinds of Python scopes. */
    enum Kind { MODULE, FUNCTION, LAMBDA, COMPREHENSION, CLASS }

    /** How a name used in a scope is stored. */
    enum Binding { LOCAL, CELL, FREE, GLOBAL, CLASS_LOCAL }

    final Kind kind;
    final Scope parent;
    final Node node;
    final String name;
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> params = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> cells = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    /**
     * How many places in this scope bind each name: definitions, imports, assignment, loop, with, except and match
     * targets, deletions and walruses.
     */
    final Map<String, Integer> defCount = new HashMap<>();
    boolean generator;

    Scope(Kind kind, Scope parent, Node node, String name) {
        this.kind = kind;
        this.parent = parent;
        this.node = node;
        this.name = name;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.LAMBDA || kind == Kind.COMPREHENSION;
    }

    /** Whether {@code n} is a local variable of this scope (function-like scopes only). */
    boolean isLocal(String n) {
        return isFunctionLike() && !globals.contains(n) && !nonlocals.contains(n)
                && (assigned.contains(n) || params.contains(n));
    }

    /**
     * Whether one statement of this scope binds {@code name} and no scope nested in it assigns the name through a
     * {@code global} declaration: the name keeps the value of that one binding once it has run.
     */
    boolean boundOnce(String name) {
        return defCount.getOrDefault(name, 0) == 1 && !assignedThroughGlobal(name);
    }

    private boolean assignedThroughGlobal(String name) {
        for (Scope c : children) {
            if (c.globals.contains(name) && c.assigned.contains(name) || c.assignedThroughGlobal(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Resolves a name used in this scope.
     *
     * @param n the name
     * @return how it is stored
     */
    Binding resolve(String n) {
        if (kind == Kind.MODULE || globals.contains(n)) {
            return Binding.GLOBAL;
        }
        if (kind == Kind.CLASS) {
            if (assigned.contains(n) && !nonlocals.contains(n)) {
                return Binding.CLASS_LOCAL;
            }
            return enclosingBinding(n);
        }
        if (nonlocals.contains(n)) {
            return Binding.FREE;
        }
        if (isLocal(n)) {
            return cells.contains(n) ? Binding.CELL : Binding.LOCAL;
        }
        return enclosingBinding(n);
    }

    private Binding enclosingBinding(String n) {
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.kind == Kind.CLASS) {
                continue;
            }
            if (s.kind == Kind.MODULE) {
                return Binding.GLOBAL;
            }
            if (s.globals.contains(n)) {
                return Binding.GLOBAL;
            }
            if (s.isLocal(n) || s.nonlocals.contains(n)) {
                return Binding.FREE;
            }
        }
        return Binding.GLOBAL;
    }

    /** The function scope owning the cell a free name refers to, or null. */
    Scope owner(String n) {
        for (Scope s = kind == Kind.CLASS || !nonlocals.contains(n) && !isLocal(n) ? parent : this; s != null;
                s = s.parent) {
            if (s.kind == Kind.CLASS) {
                continue;
            }
            if (s.kind == Kind.MODULE || s.globals.contains(n)) {
                return null;
            }
            if (s.isLocal(n)) {
                return s;
            }
        }
        return null;
    }
}
