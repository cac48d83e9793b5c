package io.portalis.translator;

import io.portalis.python.ast.Alias;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Stmt;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Finds the reads of module attributes that CPython's module has and pylib's lacks ({@code abc.abstractproperty}
 * after {@code import abc}), through a module-level name that one import statement binds and nothing rebinds. Such
 * a program is refused at translation, as {@code from abc import abstractproperty} is, rather than failing at run
 * time with an AttributeError CPython would not raise.
 */
final class ModuleAttributes {
    private ModuleAttributes() {
    }

    /**
     * Reports each read of a lacking module attribute.
     *
     * @param m the module
     * @param stable whether a module-level name keeps the value of its one binding
     * @param report takes the attribute expression and its dotted name ({@code abc.abstractproperty})
     */
    static void lacking(Mod.Module m, Predicate<String> stable, BiConsumer<Expr.Attribute, String> report) {
        Map<String, String> modules = imported(m, stable);
        if (!modules.isEmpty()) {
            scan(m.body(), modules, report);
        }
    }

    /**
     * The module-level names that an {@code import M [as N]} statement of the module's body binds to a module pylib
     * provides, and that nothing rebinds.
     *
     * @param m the module
     * @param stable whether a module-level name keeps the value of its one binding
     * @return each name's module
     */
    static Map<String, String> imported(Mod.Module m, Predicate<String> stable) {
        Map<String, String> modules = new HashMap<>();
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.Import i) {
                for (Alias a : i.names()) {
                    if (io.portalis.pylib.dyn.Modules.NAMES.contains(a.name())) {
                        modules.put(a.asname() != null ? a.asname() : a.name(), a.name());
                    }
                }
            }
        }
        modules.keySet().removeIf(stable.negate());
        return modules;
    }

    private static void scan(Object node, Map<String, String> modules, BiConsumer<Expr.Attribute, String> report) {
        if (node instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && modules.containsKey(n.id())
                && io.portalis.pylib.dyn.Modules.lacks(modules.get(n.id()), a.attr())) {
            report.accept(a, modules.get(n.id()) + "." + a.attr());
        }
        Definite.walk(node, x -> scan(x, modules, report));
    }
}
