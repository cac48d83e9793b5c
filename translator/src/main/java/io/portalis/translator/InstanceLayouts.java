package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.ExprContext;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instance layouts a module's classes can be expected to have, and the attributes read and written at a fixed
 * slot of one (pylib's {@code InstanceLayout}). A class of the module whose {@code __init__} begins by setting
 * {@code self.NAME = ...} adds those names in that order, so its instances' first slots are known; when the
 * module hints a name to hold floats (or ints) everywhere and no other class of the module stores that name, a
 * typed read {@code a.x} on the typed version of a statement tests {@code Body$layout.holds(a)} and reads slot
 * {@code k} directly, where an {@code AttrSite} would search its cache at each access.
 *
 * <p>The prediction only chooses what to test: the layout checks at run time that an instance has those names in
 * those slots, of those kinds, in a class that does not intercept them, and anything else (a subclass, another
 * order, a deleted or retyped attribute, a property added later) takes the statement's dynamic version.
 */
final class InstanceLayouts {
    /**
     * Where an attribute is read and written.
     *
     * @param field the static field of the layout
     * @param slot the attribute's slot
     * @param kind {@code D} or {@code L}
     */
    record Slot(String field, int slot, char kind) {
    }

    /** Usable attribute names and their slots. */
    private final Map<String, Slot> slots = new HashMap<>();
    /** The declarations of the layouts, by field name. */
    private final Map<String, String> declarations = new LinkedHashMap<>();

    /**
     * Finds the layouts of a module's classes.
     *
     * @param m the module
     * @param hints the attributes hinted to hold floats ({@code D}) or ints ({@code L}) in the whole module
     * @param taken whether a Java name is already used in the module class
     */
    InstanceLayouts(Mod.Module m, Map<String, Character> hints, java.util.function.Predicate<String> taken) {
        Map<String, Integer> storers = new HashMap<>();
        List<Stmt.ClassDef> classes = new ArrayList<>();
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.ClassDef c) {
                classes.add(c);
                stored(c.body()).forEach(n -> storers.merge(n, 1, Integer::sum));
            }
        }
        for (Stmt.ClassDef c : classes) {
            List<String> names = c.bases().isEmpty() && c.keywords().isEmpty() && c.decoratorList().isEmpty()
                    ? leadingNames(c) : List.of();
            StringBuilder kinds = new StringBuilder();
            boolean any = false;
            for (String n : names) {
                char k = hints.getOrDefault(n, 'O');
                kinds.append(k);
                any |= k != 'O' && storers.get(n) == 1;
            }
            if (!any) {
                continue;
            }
            String field = Names.java(c.name()) + "$layout";
            while (taken.test(field) || declarations.containsKey(field)) {
                field = field + "_";
            }
            StringBuilder decl = new StringBuilder("static final InstanceLayout " + field + " = new InstanceLayout(\""
                    + kinds + "\"");
            for (String n : names) {
                decl.append(", ").append(Names.literal(n));
            }
            declarations.put(field, decl.append(");").toString());
            for (int k = 0; k < names.size(); k++) {
                char kind = kinds.charAt(k);
                if (kind != 'O' && storers.get(names.get(k)) == 1) {
                    slots.put(names.get(k), new Slot(field, k, kind));
                }
            }
        }
    }

    /**
     * @param attr an attribute name
     * @param kind the type the typed version reads it as
     * @return its slot in the one layout that holds it with that kind, or null
     */
    Slot slot(String attr, char kind) {
        Slot s = slots.get(attr);
        return s != null && s.kind() == kind ? s : null;
    }

    /**
     * @param field a layout's field
     * @return its declaration
     */
    String declaration(String field) {
        return declarations.get(field);
    }

    /**
     * The names {@code __init__} sets first, in order: the leading {@code self.NAME = value} statements (after a
     * docstring), up to the first statement of any other form.
     */
    private static List<String> leadingNames(Stmt.ClassDef c) {
        List<String> names = new ArrayList<>();
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.FunctionDef f && f.name().equals("__init__") && f.decoratorList().isEmpty()
                    && !f.args().args().isEmpty()) {
                String self = f.args().args().get(0).arg();
                names.clear();
                for (Stmt b : f.body()) {
                    if (b instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant && names.isEmpty()) {
                        continue;
                    }
                    Expr target = b instanceof Stmt.Assign a && a.targets().size() == 1 ? a.targets().get(0)
                            : b instanceof Stmt.AnnAssign a && a.value() != null ? a.target() : null;
                    if (!(target instanceof Expr.Attribute at && at.value() instanceof Expr.Name o
                            && o.id().equals(self))) {
                        break;
                    }
                    if (!names.contains(at.attr())) {
                        names.add(at.attr());
                    }
                }
            }
        }
        return names;
    }

    /** The attribute names a class body stores or deletes anywhere ({@code o.NAME = ...}, {@code del o.NAME}). */
    private static List<String> stored(Object node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out.stream().distinct().toList();
    }

    private static void collect(Object node, List<String> out) {
        if (node instanceof Expr.Attribute a && a.ctx() != ExprContext.LOAD && !out.contains(a.attr())) {
            out.add(a.attr());
        }
        Definite.walk(node, x -> collect(x, out));
    }
}
