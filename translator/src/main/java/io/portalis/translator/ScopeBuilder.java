package io.portalis.translator;

import io.portalis.python.ast.Arg;
import io.portalis.python.ast.Arguments;
import io.portalis.python.ast.Comprehension;
import io.portalis.python.ast.ExceptHandler;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Keyword;
import io.portalis.python.ast.MatchCase;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Node;
import io.portalis.python.ast.Pattern;
import io.portalis.python.ast.Stmt;
import io.portalis.python.ast.WithItem;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link Scope} tree of a module: Python's symbol-table pass. */
final class ScopeBuilder {
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    /** Generator expressions passed to a built-in that consumes them on the spot (see {@link ByValue}). */
    private final Map<Node, String> consumed = new IdentityHashMap<>();
    private Scope module;

    static Map<Node, Scope> build(Mod.Module module) {
        ScopeBuilder b = new ScopeBuilder();
        Scope top = new Scope(Scope.Kind.MODULE, null, module, "<module>");
        b.scopes.put(module, top);
        b.module = top;
        b.stmts(module.body(), top);
        b.markCells(top);
        return b.scopes;
    }

    private void markCells(Scope s) {
        for (Scope c : s.children) {
            markCells(c);
        }
        if (s.kind == Scope.Kind.MODULE) {
            return;
        }
        for (String n : s.used) {
            if (!ByValue.reads(s, n, consumed, module)) {
                capture(s, n);
            }
        }
        for (String n : s.nonlocals) {
            capture(s, n);
        }
        if (s.kind == Scope.Kind.CLASS) {
            for (String n : s.assigned) {
                capture(s, n);
            }
        }
    }

    private static void capture(Scope s, String n) {
        Scope.Binding b = s.resolve(n);
        if (b == Scope.Binding.FREE || s.kind == Scope.Kind.CLASS && b != Scope.Binding.GLOBAL) {
            Scope owner = s.owner(n);
            if (owner != null && owner != s) {
                owner.cells.add(n);
            }
        }
    }

    private void stmts(List<Stmt> body, Scope s) {
        for (Stmt st : body) {
            stmt(st, s);
        }
    }

    /** Records a statement binding {@code name} in {@code s}: each one counts in {@link Scope#defCount}. */
    private static void bind(Scope s, String name) {
        s.assigned.add(name);
        s.defCount.merge(name, 1, Integer::sum);
    }

    private void bindTarget(Expr t, Scope s) {
        switch (t) {
            case Expr.Name n -> bind(s, n.id());
            case Expr.Tuple tu -> tu.elts().forEach(e -> bindTarget(e, s));
            case Expr.List l -> l.elts().forEach(e -> bindTarget(e, s));
            case Expr.Starred st -> bindTarget(st.value(), s);
            default -> expr(t, s);
        }
    }

    private void function(Node node, String name, Arguments args, List<Stmt> body, Expr lambdaBody, Scope s,
            Scope.Kind kind) {
        defaults(args, s);
        Scope f = new Scope(kind, s, node, name);
        scopes.put(node, f);
        for (Arg a : allArgs(args)) {
            f.params.add(a.arg());
        }
        if (body != null) {
            stmts(body, f);
        } else {
            expr(lambdaBody, f);
        }
    }

    private void defaults(Arguments args, Scope s) {
        for (Expr d : args.defaults()) {
            expr(d, s);
        }
        for (Expr d : args.kwDefaults()) {
            if (d != null) {
                expr(d, s);
            }
        }
    }

    static List<Arg> allArgs(Arguments a) {
        java.util.ArrayList<Arg> out = new java.util.ArrayList<>(a.posonlyargs());
        out.addAll(a.args());
        if (a.vararg() != null) {
            out.add(a.vararg());
        }
        out.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            out.add(a.kwarg());
        }
        return out;
    }

    private void stmt(Stmt st, Scope s) {
        switch (st) {
            case Stmt.FunctionDef f -> {
                f.decoratorList().forEach(d -> expr(d, s));
                bind(s, f.name());
                function(f, f.name(), f.args(), f.body(), null, s, Scope.Kind.FUNCTION);
            }
            case Stmt.AsyncFunctionDef f -> {
                f.decoratorList().forEach(d -> expr(d, s));
                bind(s, f.name());
                function(f, f.name(), f.args(), f.body(), null, s, Scope.Kind.FUNCTION);
            }
            case Stmt.ClassDef c -> {
                c.decoratorList().forEach(d -> expr(d, s));
                c.bases().forEach(b -> expr(b, s));
                c.keywords().forEach(k -> expr(k.value(), s));
                bind(s, c.name());
                Scope cs = new Scope(Scope.Kind.CLASS, s, c, c.name());
                scopes.put(c, cs);
                stmts(c.body(), cs);
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value(), s);
                }
            }
            case Stmt.Delete d -> d.targets().forEach(t -> bindTarget(t, s));
            case Stmt.Assign a -> {
                expr(a.value(), s);
                a.targets().forEach(t -> bindTarget(t, s));
            }
            case Stmt.AugAssign a -> {
                expr(a.value(), s);
                if (a.target() instanceof Expr.Name n) {
                    s.used.add(n.id());
                }
                bindTarget(a.target(), s);
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value(), s);
                }
                if (a.target() instanceof Expr.Name n) {
                    if (a.value() != null || s.kind != Scope.Kind.CLASS) {
                        s.assigned.add(n.id());
                    }
                    s.defCount.merge(n.id(), 1, Integer::sum);
                } else {
                    expr(a.target(), s);
                }
            }
            case Stmt.For f -> {
                expr(f.iter(), s);
                bindTarget(f.target(), s);
                stmts(f.body(), s);
                stmts(f.orelse(), s);
            }
            case Stmt.AsyncFor f -> {
                expr(f.iter(), s);
                bindTarget(f.target(), s);
                stmts(f.body(), s);
                stmts(f.orelse(), s);
            }
            case Stmt.While w -> {
                expr(w.test(), s);
                stmts(w.body(), s);
                stmts(w.orelse(), s);
            }
            case Stmt.If i -> {
                expr(i.test(), s);
                stmts(i.body(), s);
                stmts(i.orelse(), s);
            }
            case Stmt.With w -> {
                withItems(w.items(), s);
                stmts(w.body(), s);
            }
            case Stmt.AsyncWith w -> {
                withItems(w.items(), s);
                stmts(w.body(), s);
            }
            case Stmt.Match m -> {
                expr(m.subject(), s);
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern(), s);
                    if (c.guard() != null) {
                        expr(c.guard(), s);
                    }
                    stmts(c.body(), s);
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc(), s);
                }
                if (r.cause() != null) {
                    expr(r.cause(), s);
                }
            }
            case Stmt.Try t -> tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody(), s);
            case Stmt.TryStar t -> tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody(), s);
            case Stmt.Assert a -> {
                expr(a.test(), s);
                if (a.msg() != null) {
                    expr(a.msg(), s);
                }
            }
            case Stmt.Import i -> i.names().forEach(a -> {
                String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                bind(s, bound);
            });
            case Stmt.ImportFrom i -> i.names().forEach(a -> {
                String bound = a.asname() != null ? a.asname() : a.name();
                bind(s, bound);
            });
            case Stmt.TypeAlias t -> {
            }
            case Stmt.Global g -> s.globals.addAll(g.names());
            case Stmt.Nonlocal n -> s.nonlocals.addAll(n.names());
            case Stmt.ExprStmt e -> expr(e.value(), s);
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
        }
    }

    private void withItems(List<WithItem> items, Scope s) {
        for (WithItem w : items) {
            expr(w.contextExpr(), s);
            if (w.optionalVars() != null) {
                bindTarget(w.optionalVars(), s);
            }
        }
    }

    private void tryParts(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> fin, Scope s) {
        stmts(body, s);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                expr(h.type(), s);
            }
            if (h.name() != null) {
                bind(s, h.name());
            }
            stmts(h.body(), s);
        }
        stmts(orelse, s);
        stmts(fin, s);
    }

    private void pattern(Pattern p, Scope s) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value(), s);
            case Pattern.MatchSingleton v -> {
            }
            case Pattern.MatchSequence q -> q.patterns().forEach(x -> pattern(x, s));
            case Pattern.MatchMapping m -> {
                m.keys().forEach(k -> expr(k, s));
                m.patterns().forEach(x -> pattern(x, s));
                if (m.rest() != null) {
                    bind(s, m.rest());
                }
            }
            case Pattern.MatchClass c -> {
                expr(c.cls(), s);
                c.patterns().forEach(x -> pattern(x, s));
                c.kwdPatterns().forEach(x -> pattern(x, s));
            }
            case Pattern.MatchStar st -> {
                if (st.name() != null) {
                    bind(s, st.name());
                }
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern(), s);
                }
                if (a.name() != null) {
                    bind(s, a.name());
                }
            }
            case Pattern.MatchOr o -> o.patterns().forEach(x -> pattern(x, s));
        }
    }

    private void comprehension(Expr node, List<Comprehension> gens, List<Expr> elts, Scope s) {
        expr(gens.get(0).iter(), s);
        Scope c = new Scope(Scope.Kind.COMPREHENSION, s, node, "<comprehension>");
        scopes.put(node, c);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter(), c);
            }
            bindTarget(g.target(), c);
            g.ifs().forEach(x -> expr(x, c));
        }
        elts.forEach(x -> expr(x, c));
    }

    private void expr(Expr e, Scope s) {
        switch (e) {
            case Expr.BoolOp b -> b.values().forEach(x -> expr(x, s));
            case Expr.NamedExpr n -> {
                expr(n.value(), s);
                Scope target = s;
                while (target.kind == Scope.Kind.COMPREHENSION) {
                    target = target.parent;
                }
                String id = ((Expr.Name) n.target()).id();
                bind(target, id);
                if (target != s) {
                    s.nonlocals.add(id);
                    if (target.kind == Scope.Kind.MODULE) {
                        s.nonlocals.remove(id);
                        s.globals.add(id);
                    }
                }
            }
            case Expr.BinOp b -> {
                expr(b.left(), s);
                expr(b.right(), s);
            }
            case Expr.UnaryOp u -> expr(u.operand(), s);
            case Expr.Lambda l -> function(l, "<lambda>", l.args(), null, l.body(), s, Scope.Kind.LAMBDA);
            case Expr.IfExp i -> {
                expr(i.test(), s);
                expr(i.body(), s);
                expr(i.orelse(), s);
            }
            case Expr.Dict d -> {
                d.keys().forEach(k -> {
                    if (k != null) {
                        expr(k, s);
                    }
                });
                d.values().forEach(v -> expr(v, s));
            }
            case Expr.Set st -> st.elts().forEach(x -> expr(x, s));
            case Expr.ListComp c -> comprehension(c, c.generators(), List.of(c.elt()), s);
            case Expr.SetComp c -> comprehension(c, c.generators(), List.of(c.elt()), s);
            case Expr.DictComp c -> comprehension(c, c.generators(), List.of(c.key(), c.value()), s);
            case Expr.GeneratorExp c -> comprehension(c, c.generators(), List.of(c.elt()), s);
            case Expr.Await a -> expr(a.value(), s);
            case Expr.Yield y -> {
                s.generator = true;
                if (y.value() != null) {
                    expr(y.value(), s);
                }
            }
            case Expr.YieldFrom y -> {
                s.generator = true;
                expr(y.value(), s);
            }
            case Expr.Compare c -> {
                expr(c.left(), s);
                c.comparators().forEach(x -> expr(x, s));
            }
            case Expr.Call c -> {
                ByValue.noteCall(c, consumed);
                expr(c.func(), s);
                c.args().forEach(x -> expr(x, s));
                for (Keyword k : c.keywords()) {
                    expr(k.value(), s);
                }
                if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty()) {
                    Scope cls = s.parent;
                    while (cls != null && cls.kind != Scope.Kind.CLASS) {
                        cls = cls.parent;
                    }
                    if (cls != null) {
                        s.used.add(cls.name);
                    }
                }
            }
            case Expr.FormattedValue f -> {
                expr(f.value(), s);
                if (f.formatSpec() != null) {
                    expr(f.formatSpec(), s);
                }
            }
            case Expr.JoinedStr j -> j.values().forEach(x -> expr(x, s));
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> expr(a.value(), s);
            case Expr.Subscript sub -> {
                expr(sub.value(), s);
                expr(sub.slice(), s);
            }
            case Expr.Starred st -> expr(st.value(), s);
            case Expr.Name n -> s.used.add(n.id());
            case Expr.List l -> l.elts().forEach(x -> expr(x, s));
            case Expr.Tuple t -> t.elts().forEach(x -> expr(x, s));
            case Expr.Slice sl -> {
                if (sl.lower() != null) {
                    expr(sl.lower(), s);
                }
                if (sl.upper() != null) {
                    expr(sl.upper(), s);
                }
                if (sl.step() != null) {
                    expr(sl.step(), s);
                }
            }
        }
    }
}
