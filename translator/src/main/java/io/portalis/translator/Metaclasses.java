package io.portalis.translator;

import io.portalis.python.ast.Alias;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Stmt;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The metaclasses a class statement's {@code metaclass=} keyword may name, those pylib provides: {@code type}, and
 * {@code abc.ABCMeta} reached through a module-level name that one import statement binds and nothing rebinds
 * ({@code from abc import ABCMeta}, or {@code import abc} then {@code abc.ABCMeta}, aliases included). Any other
 * metaclass is refused at translation; the runtime checks again that the value is one of the two.
 */
final class Metaclasses {
    /** Module-level names bound to {@code abc.ABCMeta}. */
    private final Set<String> abcMeta = new HashSet<>();
    /** Module-level names bound to the module {@code abc}. */
    private final Set<String> abcModule = new HashSet<>();

    /**
     * @param m the module
     * @param stable whether a module-level name keeps the value of its one binding
     */
    Metaclasses(Mod.Module m, Predicate<String> stable) {
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.ImportFrom i && "abc".equals(i.module()) && (i.level() == null || i.level() == 0)) {
                for (Alias a : i.names()) {
                    if (a.name().equals("ABCMeta")) {
                        abcMeta.add(a.asname() != null ? a.asname() : a.name());
                    }
                }
            }
        }
        abcMeta.removeIf(stable.negate());
        ModuleAttributes.imported(m, stable).forEach((name, module) -> {
            if (module.equals("abc")) {
                abcModule.add(name);
            }
        });
    }

    /**
     * Whether a {@code metaclass=} value is one pylib provides.
     *
     * @param e the keyword's value
     * @param global whether a name, read where the class statement is, is the module-level one
     * @param builtin whether a name, read there, is the built-in one
     * @return true for {@code type} (when not rebound) and for {@code abc.ABCMeta}
     */
    boolean supported(Expr e, Predicate<String> global, Predicate<String> builtin) {
        return e instanceof Expr.Name n && n.id().equals("type") && builtin.test("type") || abcMeta(e, global);
    }

    /**
     * Whether an expression reads {@code abc.ABCMeta} through the names the imports bound.
     *
     * @param e the expression
     * @param global whether a name, read where the expression is, is the module-level one
     * @return true for a read of {@code abc.ABCMeta}
     */
    boolean abcMeta(Expr e, Predicate<String> global) {
        return switch (e) {
            case Expr.Name n -> abcMeta.contains(n.id()) && global.test(n.id());
            case Expr.Attribute a -> a.attr().equals("ABCMeta") && a.value() instanceof Expr.Name n
                    && abcModule.contains(n.id()) && global.test(n.id());
            default -> false;
        };
    }
}
