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
 * module hints a name to hold floats (or ints) everywhere and no other class of the module stores it on its own
 * instances ({@code self.NAME = ...}), a typed read {@code a.x} on the typed version of a statement tests
 * {@code Body$layout.holds(a)} and reads slot {@code k} directly, where an {@code AttrSite} would search its cache
 * at each access; so does {@code a.n += 1} on an int.
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
        /** @return the Java test that the layout holds {@code obj} */
        String holds(String obj) {
            return field + ".holds(" + obj + ")";
        }

        /** @return the Java read of the attribute of {@code obj}, an instance the layout holds */
        String read(String obj) {
            return "InstanceLayout." + (kind == 'D' ? "doubleAt(" : "longAt(") + obj + ", " + slot + ")";
        }

        /** @return the start of the Java store into the attribute of {@code obj}, up to the value and its ")" */
        String storeStart(String obj) {
            return "InstanceLayout.set" + (kind == 'D' ? "Double(" : "Long(") + obj + ", " + slot + ", ";
        }
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
        Map<Stmt.ClassDef, List<String>> own = new LinkedHashMap<>();
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.ClassDef c) {
                own.put(c, stored(c.body()));
                own.get(c).forEach(n -> storers.merge(n, 1, Integer::sum));
            }
        }
        // by class name: the names its __init__ adds first, and whether they are all it adds
        Map<String, List<String>> predicted = new HashMap<>();
        Map<String, Boolean> complete = new HashMap<>();
        for (Map.Entry<Stmt.ClassDef, List<String>> e : own.entrySet()) {
            Stmt.ClassDef c = e.getKey();
            List<String> names = new ArrayList<>();
            boolean whole = c.keywords().isEmpty() && c.decoratorList().isEmpty()
                    && leadingNames(c, predicted, complete, names);
            predicted.put(c.name(), names);
            complete.put(c.name(), whole);
            StringBuilder kinds = new StringBuilder();
            boolean any = false;
            for (String n : names) {
                char k = hints.getOrDefault(n, 'O');
                kinds.append(k);
                any |= k != 'O' && storers.get(n) == 1 && e.getValue().contains(n);
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
                String n = names.get(k);
                // a base's names are read through the base's layout, which its subclasses' instances have too
                if (kinds.charAt(k) != 'O' && storers.get(n) == 1 && e.getValue().contains(n)) {
                    slots.put(n, new Slot(field, k, kinds.charAt(k)));
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
     * Puts in {@code names} the names {@code __init__} sets first, in order: the leading {@code self.NAME = value}
     * statements (after a docstring), up to the first statement of any other form; a class with one base whose
     * layout is predicted in full starts from the base's names when its {@code __init__} begins with
     * {@code super().__init__(...)}, and predicts nothing otherwise.
     *
     * @return whether those are all the names {@code __init__} sets, its whole body being such statements
     */
    private static boolean leadingNames(Stmt.ClassDef c, Map<String, List<String>> predicted,
            Map<String, Boolean> complete, List<String> names) {
        Stmt.FunctionDef init = null;
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.FunctionDef f && f.name().equals("__init__")) {
                init = f;
            }
        }
        if (init == null || !init.decoratorList().isEmpty() || init.args().args().isEmpty()) {
            return false;
        }
        List<Stmt> body = init.body();
        boolean docstring = !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt d
                && d.value() instanceof Expr.Constant;
        int at = docstring ? 1 : 0;
        if (!c.bases().isEmpty()) {
            if (c.bases().size() != 1 || !(c.bases().get(0) instanceof Expr.Name b)
                    || !complete.getOrDefault(b.id(), false) || at >= body.size() || !superInit(body.get(at))) {
                return false;
            }
            names.addAll(predicted.get(b.id()));
            at++;
        }
        String self = init.args().args().get(0).arg();
        for (; at < body.size(); at++) {
            Stmt b = body.get(at);
            Expr target = b instanceof Stmt.Assign a && a.targets().size() == 1 ? a.targets().get(0)
                    : b instanceof Stmt.AnnAssign a && a.value() != null ? a.target() : null;
            if (!(target instanceof Expr.Attribute t && t.value() instanceof Expr.Name o && o.id().equals(self))) {
                return false;
            }
            if (!names.contains(t.attr())) {
                names.add(t.attr());
            }
        }
        return true;
    }

    /** Whether a statement is {@code super().__init__(...)}. */
    private static boolean superInit(Stmt s) {
        return s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Call call
                && call.func() instanceof Expr.Attribute a && a.attr().equals("__init__")
                && a.value() instanceof Expr.Call sup && sup.func() instanceof Expr.Name n && n.id().equals("super")
                && sup.args().isEmpty();
    }

    /**
     * The attribute names a class's methods store on or delete from their first parameter ({@code self.NAME = ...},
     * {@code del self.NAME}): the names its own instances get.
     */
    private static List<String> stored(List<Stmt> classBody) {
        List<String> out = new ArrayList<>();
        for (Stmt s : classBody) {
            if (s instanceof Stmt.FunctionDef f && !f.args().args().isEmpty()) {
                collect(f.body(), f.args().args().get(0).arg(), out);
            }
        }
        return out;
    }

    private static void collect(Object node, String self, List<String> out) {
        if (node instanceof Expr.Attribute a && a.ctx() != ExprContext.LOAD && a.value() instanceof Expr.Name o
                && o.id().equals(self) && !out.contains(a.attr())) {
            out.add(a.attr());
        }
        Definite.walk(node, x -> collect(x, self, out));
    }
}
